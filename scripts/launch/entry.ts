import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { bundleEntry, ensureServiceBundles, serviceBundleDir } from './bundle.mjs'

/**
 * What the launcher runs: one esbuild bundle per service (`bundle`, rebuilt when a source changed),
 * tsc's compiled `dist/` when it is up to date, or the sources through tsx. `auto`: the bundles,
 * or if bundling fails, dist when up to date, else the sources.
 */
export type LaunchFrom = 'auto' | 'bundle' | 'dist' | 'source'

export interface LaunchChoice {
  from: 'bundle' | 'dist' | 'source'
  /** One line for the launcher's output: why this choice. */
  reason: string
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
}

/** The workspace packages a service may load: shared and every service (one service imports another's domain exports). */
function packages(root: string): string[] {
  const services = existsSync(join(root, 'services')) ? readdirSync(join(root, 'services')).map((name) => join(root, 'services', name)) : []
  return [join(root, 'shared'), ...services].filter((dir) => existsSync(join(dir, 'src')))
}

/**
 * Sources whose compiled file is missing or older than they are, relative to `root`. tsc emits
 * each file's JavaScript from that file alone (`isolatedModules`), so a file-by-file mtime check
 * is exact; an incremental build that leaves an unchanged file's output alone stays fresh.
 */
export function staleSources(root: string): string[] {
  const stale: string[] = []
  for (const dir of packages(root)) {
    for (const source of sourceFiles(join(dir, 'src'))) {
      const output = join(dir, 'dist', relative(join(dir, 'src'), source)).replace(/\.ts$/, '.js')
      if (!existsSync(output) || statSync(output).mtimeMs < statSync(source).mtimeMs) stale.push(relative(root, source))
    }
  }
  return stale
}

/**
 * `auto`: the compiled output when every package's `dist/` is up to date (`pnpm build`), which
 * starts in a fraction of the time tsx takes to transpile each service at start; the sources
 * otherwise, so an edit is never run stale.
 */
export function chooseLaunch(root: string, wanted: 'auto' | 'dist' | 'source'): LaunchChoice {
  if (wanted === 'source') return { from: 'source', reason: 'starting from sources (tsx), as asked' }
  const stale = staleSources(root)
  if (stale.length === 0) return { from: 'dist', reason: 'starting from compiled dist/ (up to date with the sources)' }
  const example = `${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ` and ${stale.length - 3} more` : ''}`
  if (wanted === 'dist') {
    // A fresh clone has no dist/ at all: "older than 343 files" read as a stale build, not a missing one.
    const built = packages(root).some((dir) => existsSync(join(dir, 'dist')))
    throw new Error(built ? `--from dist: dist/ is missing or older than ${example}; run pnpm build` : '--from dist: nothing is built yet (no dist/); run pnpm build first')
  }
  return { from: 'source', reason: `starting from sources (tsx): dist/ is missing or older than ${example}; \`pnpm build\` makes the next start faster` }
}

/**
 * `auto` and `bundle`: bundle the stale ones of `services` first (one esbuild run, a few seconds
 * of CPU after an edit, nothing when up to date). A bundle that cannot be built is an error for
 * `bundle`; for `auto` the start goes on from dist/ or the sources, saying why.
 */
export async function prepareLaunch(root: string, wanted: LaunchFrom, services: string[]): Promise<LaunchChoice> {
  if (wanted !== 'auto' && wanted !== 'bundle') return chooseLaunch(root, wanted)
  const started = performance.now()
  try {
    const built = await ensureServiceBundles(root, services)
    const took = ((performance.now() - started) / 1000).toFixed(1)
    return { from: 'bundle', reason: built.length ? `starting from bundles: bundled ${built.join(', ')} (new, or a source changed) in ${took} s` : 'starting from bundles (up to date with the sources)' }
  } catch (error) {
    if (wanted === 'bundle') throw error
    const fallback = chooseLaunch(root, 'auto')
    return { from: fallback.from, reason: `could not bundle (${(error as Error).message.split('\n')[0]}); ${fallback.reason}` }
  }
}

/** The entry file of a service for a choice. */
export function serviceEntry(root: string, name: string, from: 'bundle' | 'dist' | 'source'): string {
  if (from === 'bundle') return bundleEntry(serviceBundleDir(root, name))
  return from === 'dist' ? join(root, 'services', name, 'dist', 'main.js') : join(root, 'services', name, 'src', 'main.ts')
}

/**
 * Node's arguments that start `name` as the launcher does, for a process started outside a fleet
 * (a test's or a bench's): its bundle, rebuilt first if a source changed, or if it cannot be
 * bundled, dist/ when up to date, else its sources under tsx (~2 CPU s more a start).
 */
export async function serviceNodeArgs(root: string, name: string): Promise<string[]> {
  const { from } = await prepareLaunch(root, 'auto', [name])
  return [...(from === 'source' ? ['--conditions=heist-source', '--import', 'tsx'] : []), serviceEntry(root, name, from)]
}
