// `pnpm start`: the launcher (scripts/launch.ts) bundled by esbuild into one file, rebuilt first when
// one of its sources changed, so no TypeScript loader runs at start (tsx alone cost the launcher
// about 4 s of CPU on a loaded two-core machine). If it cannot be bundled, its sources run through
// tsx as before. Flags are the launcher's: `pnpm start --help`.
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureLauncherBundle } from './launch/bundle.mjs'
import { runEntry } from './launch/run-entry.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
await runEntry({ label: 'launcher', bundle: () => ensureLauncherBundle(root), source: join(root, 'scripts', 'launch.ts') })
