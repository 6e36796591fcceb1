// `pnpm heist`: the orchestrator's CLI (services/orchestrator/src/cli/main.ts) bundled by esbuild into
// one file, rebuilt first when one of its sources changed, and run in this process, so no
// TypeScript loader runs for a command that often lives a second (tsx cost it ~3 s of CPU a run).
// If it cannot be bundled, its sources run through tsx as before. Docker images run tsc's
// dist/cli/main.js.
import { spawn } from 'node:child_process'
import module from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ensureCliBundle } from './launch/bundle.mjs'

// Node >= 22.1 keeps V8's compiled code of the files it loads between runs; Node 20 has no such cache.
module.enableCompileCache?.()

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const entry = await ensureCliBundle(root).catch((error) => {
  process.stderr.write(`heist: could not bundle the CLI (${String(error?.message ?? error).split('\n')[0]}); running its sources through tsx\n`)
  return null
})
if (entry) {
  await import(pathToFileURL(entry).href)
} else {
  const args = ['--conditions=heist-source', '--import', 'tsx', join(root, 'services', 'orchestrator', 'src', 'cli', 'main.ts'), ...process.argv.slice(2)]
  const child = spawn(process.execPath, args, { stdio: 'inherit' })
  // Ctrl-C reaches both processes (one process group); a signal sent to this one alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code) => process.exit(code ?? 1))
}
