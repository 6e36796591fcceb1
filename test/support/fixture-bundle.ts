import { join, resolve } from 'node:path'
import { ensureBundle } from '../../scripts/launch/bundle.mjs'

const ROOT = resolve(import.meta.dirname, '..', '..')

/**
 * Entry files (TypeScript sources, absolute paths) bundled as the launcher bundles a service, into
 * `<packageDir>/node_modules/.cache/heist-fixtures/<name>/` (the package whose node_modules holds
 * what stays external, such as better-sqlite3; the repository root by default), rebuilt only when
 * one of their sources changed; returns each entry's bundle by its key. A test that starts a fixture
 * service as a real process runs plain `node` on it: under `--import tsx` a start cost ~0.8 CPU s
 * alone and 2+ in the suite (the TypeScript loader, then hundreds of modules resolved one by one), a
 * bundle ~0.25. The same sources run either way, and a bundle is what `pnpm start` runs.
 */
export function fixtureBundle<Key extends string>(name: string, entries: Record<Key, string>, packageDir = ROOT): Promise<Record<Key, string>> {
  return ensureBundle(ROOT, join(packageDir, 'node_modules', '.cache', 'heist-fixtures', name), entries)
}
