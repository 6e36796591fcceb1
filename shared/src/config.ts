import { readFileSync } from 'node:fs'
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode, type Document } from 'yaml'
import { z } from 'zod'
import { HeistError } from './errors.js'

/** One problem found while loading configuration. */
export interface ConfigProblem {
  source: string
  path: string
  message: string
  line?: number
}

/** Thrown when configuration is invalid; `problems` lists every issue at once. */
export class ConfigError extends HeistError {
  constructor(readonly problems: ConfigProblem[]) {
    super('CONFIG_INVALID', `invalid configuration:\n${problems.map(formatProblem).join('\n')}`, 500, problems)
  }
}

function formatProblem(p: ConfigProblem): string {
  const where = p.line === undefined ? p.source : `${p.source}:${p.line}`
  return `  - ${where} ${p.path || '(root)'}: ${p.message}`
}

type Env = Record<string, string | undefined>

/**
 * Parse environment variables with a zod schema. Every problem is reported at once and
 * the result is frozen. This (with {@link loadYamlFiles}) is the only place that reads config.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Env = process.env): Readonly<z.output<S>> {
  const parsed = schema.safeParse(env)
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => ({ source: 'environment', path: i.path.join('.'), message: i.message })))
  }
  return deepFreeze(parsed.data)
}

/**
 * Load a YAML file, overlay optional profile files (deep merge, arrays replaced),
 * validate with a zod schema and report every problem with its file and line.
 */
export function loadYamlFiles<S extends z.ZodType>(schema: S, files: string[]): Readonly<z.output<S>> {
  const problems: ConfigProblem[] = []
  const docs: { file: string; doc: Document; lines: LineCounter }[] = []
  let merged: unknown = {}
  for (const file of files) {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      problems.push({ source: file, path: '', message: `cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})` })
      continue
    }
    const lines = new LineCounter()
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false })
    for (const e of doc.errors) problems.push({ source: file, path: '', message: e.message.split('\n')[0] ?? e.message, line: lines.linePos(e.pos[0]).line })
    docs.push({ file, doc, lines })
    merged = deepMerge(merged, doc.toJS())
  }
  if (problems.length === 0) {
    const parsed = schema.safeParse(merged)
    if (parsed.success) return deepFreeze(parsed.data)
    for (const issue of parsed.error.issues) problems.push(...locateIssue(issue, docs))
  }
  throw new ConfigError(problems)
}

type LoadedDoc = { file: string; doc: Document; lines: LineCounter }

/**
 * An unknown key is reported at its own line, one problem per key (zod reports them together,
 * at the parent object); every other issue goes through {@link locate}.
 */
function locateIssue(issue: z.core.$ZodIssue, docs: LoadedDoc[]): ConfigProblem[] {
  if (issue.code !== 'unrecognized_keys') return [locate(issue, docs)]
  const parent = issue.path.map(String)
  return issue.keys.map((key) => {
    const path = [...parent, key].join('.')
    for (const { file, doc, lines } of [...docs].reverse()) {
      const map = nodeAt(doc.contents, parent)
      const pair = isMap(map) ? map.items.find((item) => isScalar(item.key) && String(item.key.value) === key) : undefined
      const range = isScalar(pair?.key) ? pair.key.range : undefined
      if (range) return { source: file, path, message: `unknown key "${key}"`, line: lines.linePos(range[0]).line }
    }
    return { ...locate(issue, docs), path, message: `unknown key "${key}"` }
  })
}

/** Find which file (the last overlay that sets the path) and line an issue points at. */
function locate(issue: z.core.$ZodIssue, docs: { file: string; doc: Document; lines: LineCounter }[]): ConfigProblem {
  const path = issue.path.map(String)
  for (const { file, doc, lines } of [...docs].reverse()) {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(doc.contents, path.slice(0, depth))
      if (node?.range && (depth > 0 || docs.length === 1)) {
        return { source: file, path: path.join('.'), message: issue.message, line: lines.linePos(node.range[0]).line }
      }
    }
  }
  return { source: docs.at(-1)?.file ?? 'config', path: path.join('.'), message: issue.message }
}

function nodeAt(node: unknown, path: string[]): YamlNode | undefined {
  let current = node as YamlNode | null | undefined
  for (const key of path) {
    if (isMap(current)) current = current.get(key, true) as YamlNode | undefined
    else if (isSeq(current)) current = current.get(Number(key), true) as YamlNode | undefined
    else return undefined
  }
  return current ?? undefined
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Deep merge for config overlays: objects merge, everything else (arrays too) is replaced. */
export function deepMerge(base: unknown, overlay: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(overlay)) return overlay === undefined ? base : overlay
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(overlay)) out[key] = deepMerge(base[key], value)
  return out
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/** Common env fields: `z.coerce` helpers for ports and booleans written as strings. */
export const envPort = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback)
export const envBool = (fallback: boolean) =>
  z.enum(['true', 'false', '1', '0']).default(fallback ? 'true' : 'false').transform((v) => v === 'true' || v === '1')
