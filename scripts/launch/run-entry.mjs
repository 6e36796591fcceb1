// What `pnpm start` (scripts/start.mjs) and `pnpm heist` (scripts/heist.mjs) share: run a program
// from its esbuild bundle in this process, rebuilt first when one of its sources changed, so no
// TypeScript loader runs at start; if it cannot be bundled, run its sources through tsx in a child
// and exit as it did.
import { spawn } from 'node:child_process'
import module from 'node:module'
import { constants } from 'node:os'
import { pathToFileURL } from 'node:url'

/**
 * @param {object} program
 * @param {string} program.label who says it could not bundle (`launcher`, `heist`)
 * @param {() => Promise<string>} program.bundle builds the bundle if stale; resolves with its entry file
 * @param {string} program.source the TypeScript entry, run through tsx when bundling fails
 */
export async function runEntry({ label, bundle, source }) {
  // Node >= 22.1 keeps V8's compiled code of the files it loads between runs; Node 20 has no such cache.
  module.enableCompileCache?.()
  const entry = await bundle().catch((error) => {
    process.stderr.write(`${label}: could not bundle it (${String(error?.message ?? error).split('\n')[0]}); running its sources through tsx\n`)
    return null
  })
  if (entry) {
    await import(pathToFileURL(entry).href)
    return
  }
  const child = spawn(process.execPath, ['--conditions=heist-source', '--import', 'tsx', source, ...process.argv.slice(2)], { stdio: 'inherit' })
  // Ctrl-C reaches both processes (one process group); a signal sent to this one alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
  // A child ended by a signal exits as a shell reports it, 128 + the signal (shared/src/exit-codes.ts).
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)))
}
