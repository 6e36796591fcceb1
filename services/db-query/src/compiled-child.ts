// A source run (tsx: tests, `pnpm dev`) starts each query process on query-child.ts compiled by
// esbuild (the compiler tsx uses) into one plain module in node_modules/.cache, not under
// `--import tsx`: the TypeScript loader was most of a query process's start, 0.8 CPU s against 0.26
// (measured, five starts each), and the unit tests start ~46 of them, one after each deadline kill.
// A build (dist/, bundle/) runs the compiled query-child.js and never comes here.
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { threadId } from 'node:worker_threads'

/** A module compiled by this process: its file, and the files it was built from with their mtimes. */
interface Compiled {
  path: string
  inputs: Array<[file: string, mtimeMs: number]>
}
const compiled = new Map<string, Compiled>()

const unchanged = (inputs: Compiled['inputs']) => inputs.every(([file, mtimeMs]) => existsSync(file) && statSync(file).mtimeMs === mtimeMs)

/**
 * Writes `contents` at `path` unless a file is there, so that no reader ever sees half of it.
 * Several writers may race: test processes, and the worker threads of one vitest process, which
 * share its pid, so the temporary name carries the thread and a random part too (a pid alone let
 * one thread truncate the file another had just renamed into place, or find its own gone: ENOENT).
 */
export function writeOnce(path: string, contents: Uint8Array): void {
  if (existsSync(path)) return
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${threadId}.${randomBytes(4).toString('hex')}.tmp`
  writeFileSync(temporary, contents)
  renameSync(temporary, path)
}

/**
 * `entry` bundled into one ES module in `cacheDir` (named by its content's hash, so a changed
 * source is a new file, never a stale one), and its path. Compiled once per process, and again
 * when one of the files it was built from has changed since (a test watcher keeps the process, and
 * this module, while the child's sources are edited).
 */
export function compiledModule(entry: string, cacheDir: string): string {
  const known = compiled.get(entry)
  if (known !== undefined && existsSync(known.path) && unchanged(known.inputs)) return known.path
  const startedAt = Date.now()
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild')
  const workingDir = dirname(entry)
  const { outputFiles, metafile } = esbuild.buildSync({
    entryPoints: [entry], absWorkingDir: workingDir, bundle: true, platform: 'node', format: 'esm',
    target: `node${process.versions.node}`, external: ['better-sqlite3'], write: false, logLevel: 'silent', metafile: true,
    // The workspace's TypeScript sources, as tsx runs them, never a package's dist/ (absent in a fresh clone, or stale).
    conditions: ['heist-source'],
  })
  const contents = outputFiles[0]?.contents
  if (contents === undefined) throw new Error(`esbuild returned no module for ${entry}`)
  const path = join(cacheDir, `${createHash('sha256').update(contents).digest('hex').slice(0, 16)}.mjs`)
  writeOnce(path, contents)
  // A file saved while esbuild read it may not be in this build: NaN compares unequal, so the next call builds again.
  const inputs = Object.keys(metafile.inputs).map((file): [string, number] => {
    const absolute = resolve(workingDir, file)
    const { mtimeMs } = statSync(absolute)
    return [absolute, mtimeMs >= startedAt ? Number.NaN : mtimeMs]
  })
  compiled.set(entry, { path, inputs })
  return path
}
