// `pnpm heist`: the orchestrator's CLI (services/orchestrator/src/cli/main.ts) bundled by esbuild into
// one file, rebuilt first when one of its sources changed, and run in this process, so no
// TypeScript loader runs for a command that often lives a second (tsx cost it ~3 s of CPU a run).
// If it cannot be bundled, its sources run through tsx as before. Docker images run tsc's
// dist/cli/main.js.
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureCliBundle } from './launch/bundle.mjs'
import { runEntry } from './launch/run-entry.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
await runEntry({ label: 'heist', bundle: () => ensureCliBundle(root), source: join(root, 'services', 'orchestrator', 'src', 'cli', 'main.ts') })
