// `pnpm start`: the whole fleet as local processes, in dependency order, with readable logs.
import { unlinkSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseCli, USAGE, type CliOptions } from './launch/cli.js'
import { controlPath, sendControl, serveControl, type ControlReply } from './launch/control.js'
import { launchFleet, LaunchAborted, type RunningFleet } from './launch/fleet.js'
import { cliHint, formatLine, palette } from './launch/log-format.js'
import { restartRefusal } from './launch/restart-check.js'
// Subpaths of @heist/shared, not its index: the launcher needs none of the Fastify, pino and MCP
// code the index brings, and loads (or bundles) only what it uses.
import { ConfigError } from '@heist/shared/config'
import { EXIT, signalExitCode } from '@heist/shared/exit-codes'
import { FLEET, MODEL_SEED_KEY, publicSeedKeyWarning } from '@heist/shared/fleet'
import { watchParent } from '@heist/shared/parent-watch'
import { loadTeamConfig } from '@heist/shared/team-config'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const p = palette(process.stdout.isTTY === true && !process.env.NO_COLOR)
const width = Math.max(...FLEET.map((s) => s.name.length))
const note = (text: string) => console.log(`${p.bold('launcher'.padEnd(width))} ${p.dim('|')} ${text}`)

function printTable(fleet: RunningFleet): void {
  console.log('')
  for (const s of FLEET) {
    const state = fleet.started.includes(s.name) ? p.green('up ') : p.gray('off')
    console.log(`  ${s.name.padEnd(width)}  ${state}  ${fleet.urls[s.name]}`)
  }
  const token = fleet.env.HEIST_OPERATOR_TOKEN ?? ''
  if (fleet.started.includes('dashboard')) console.log(`\n  ${p.bold('Dashboard:')} ${fleet.urls.dashboard}/?token=${token}`)
  const hint = fleet.started.includes('orchestrator') ? cliHint(fleet.urls.orchestrator) : null
  if (hint) console.log(`  ${p.bold('CLI:')}       ${hint}`)
  // Repeated under the table, where it is seen: the orchestrator's own log line scrolls past at start.
  const seedWarning = publicSeedKeyWarning(fleet.env[MODEL_SEED_KEY])
  if (seedWarning) console.log(`\n  ${p.yellow(p.bold('Warning:'))} ${seedWarning}`)
  console.log(`\n  Ctrl-C stops everything. Restart one service: pnpm start --restart <name>${dataDirFlag()}\n`)
}

let cliOptions: CliOptions | undefined
const dataDirFlag = () => (cliOptions && cliOptions.dataDir !== resolve(root, 'data') ? ` --data-dir ${cliOptions.dataDir}` : '')

/** Commands from `pnpm start --restart <name>` / `--status` of another terminal. */
function control(fleet: RunningFleet) {
  return async ([command, name]: string[]): Promise<ControlReply> => {
    // With the URL: on `--ports auto` it is the only place besides the start-up table to find the ports.
    if (command === 'status') return { ok: true, message: fleet.started.map((s) => `${s.padEnd(width)}  ${(fleet.pid(s) ? `up (pid ${fleet.pid(s)})` : 'down').padEnd(16)}  ${fleet.urls[s]}`).join('\n') }
    if (command !== 'restart' || !name) return { ok: false, message: 'commands: restart <service>, status' }
    if (!fleet.started.includes(name)) return { ok: false, message: `"${name}" is not a service of this fleet (${fleet.started.join(', ')})` }
    const refusal = restartRefusal(cliOptions?.configDir ?? resolve(root, 'config'), process.env.HEIST_PROFILE || undefined, fleet.agents)
    if (refusal !== null) {
      note(`not restarting ${name}: ${refusal}`)
      return { ok: false, message: `refusing to restart ${name}, which keeps running: ${refusal}` }
    }
    note(`restarting ${name} (asked by hand)`)
    const started = Date.now()
    await fleet.restart(name)
    return { ok: true, message: `${name} restarted, healthy after ${((Date.now() - started) / 1000).toFixed(1)} s` }
  }
}

/**
 * Stop on Ctrl-C, SIGTERM, SIGHUP or a closed output pipe, in start-up too; and, when run by a
 * package manager, when its parent goes: `kill <pnpm's pid>` (a supervisor, `timeout pnpm start`)
 * kills only pnpm's shell and passes nothing on. Run directly (`nohup node … &`), it stays.
 * The exit code says which, as `pnpm heist run`'s does: 128 + the signal (`EXIT` in
 * shared/src/exit-codes.ts; the parent gone counts as a hang-up, a closed pipe as SIGPIPE).
 */
function stopSignals(runByPackageManager: boolean): { signal: AbortSignal; reason: () => string; exitCode: () => number } {
  const abort = new AbortController()
  let why = ''
  let exitCode: number = EXIT.ok
  const stop = (reason: string, code: number) => {
    if (abort.signal.aborted) return
    why = reason
    exitCode = code
    abort.abort()
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal, signalExitCode(signal)))
  // `pnpm start | head`: once nobody reads the logs, the fleet stops like on Ctrl-C. The notes that
  // follow go to the closed pipe: console ignores a write to a stream that failed, so none throws.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => stop(error.code ?? 'stdout error', error.code === 'EPIPE' ? signalExitCode('SIGPIPE') : EXIT.failure))
  if (runByPackageManager) watchParent(() => stop('its parent process (pnpm) exited', signalExitCode('SIGHUP')))
  return { signal: abort.signal, reason: () => why, exitCode: () => exitCode }
}

async function main(): Promise<number> {
  try {
    cliOptions = parseCli(process.argv.slice(2), root, process.env)
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`)
    return EXIT.usage
  }
  const cli = cliOptions
  if (cli.help) {
    console.log(USAGE)
    return EXIT.ok
  }
  if (cli.restart !== undefined || cli.status) {
    const reply = await sendControl(controlPath(cli.dataDir), cli.status ? 'status' : `restart ${cli.restart}`)
    ;(reply.ok ? console.log : console.error)(reply.message)
    return reply.ok ? EXIT.ok : EXIT.failure
  }
  // Every configuration file is checked before anything starts: a mistake is the user's to fix,
  // listed in full with file and line, and nothing is left half-running.
  try {
    loadTeamConfig(cli.configDir, process.env.HEIST_PROFILE || undefined)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(`${p.red('refusing to start:')} ${error.message}`)
    return EXIT.usage
  }
  const stop = stopSignals(process.env.npm_lifecycle_event !== undefined)
  let fleet: RunningFleet
  try {
    fleet = await launchFleet({
      root, configDir: cli.configDir, only: cli.only, dataDir: cli.dataDir, envFile: cli.envFile, autoPorts: cli.autoPorts, from: cli.from, outer: process.env, signal: stop.signal,
      onLine: (service, line) => console.log(formatLine(p, service, width, line)),
      onNote: note,
    })
  } catch (error) {
    if (!(error instanceof LaunchAborted)) throw error
    note(`${stop.reason()} during start-up: everything started so far is stopped`)
    return stop.exitCode()
  }
  const socket = controlPath(cli.dataDir)
  const server = await serveControl(socket, control(fleet)).catch((error: unknown) => {
    note(`no control socket (${(error as Error).message}); --restart will not reach this launcher`)
    return null
  })
  printTable(fleet)
  if (!stop.signal.aborted) await new Promise((done) => stop.signal.addEventListener('abort', done, { once: true }))
  note(`${stop.reason()}: stopping ${fleet.started.length} services`)
  await fleet.close()
  if (server) {
    server.close()
    try {
      unlinkSync(socket)
    } catch {
      // Already gone: nothing to clean.
    }
  }
  note('all stopped')
  return stop.exitCode()
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(p.red(`\nlaunch failed: ${error instanceof Error ? error.message : String(error)}`))
    process.exit(EXIT.failure)
  },
)
