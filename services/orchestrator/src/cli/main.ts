import { fileURLToPath } from 'node:url'
import { EXIT, signalExitCode, TERMINAL_EVENT_TYPES, watchParent, type PublicSessionEvent } from '@heist/shared'
import { CliError, operatorApi, type OperatorApi } from './api.js'
import { connection, parseCli, UsageError, USAGE, type CliOptions } from './args.js'
import { modelWait, type ModelWait } from './model-wait.js'
import { createRenderer, revealLine } from './render.js'

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url))

/** Follow a session's events to its end, or until the model's wait ran out; returns the last event seen. */
async function follow(api: OperatorApi, id: string, options: CliOptions, signal: AbortSignal, wait: ModelWait): Promise<PublicSessionEvent | null> {
  const render = createRenderer(process.env, !options.json && process.stdout.isTTY === true)
  let last: PublicSessionEvent | null = null
  for await (const event of api.events(id, AbortSignal.any([signal, wait.signal]))) {
    last = event
    wait.see(event)
    if (options.json) {
      if (event.type !== 'token_delta' || options.deltas) process.stdout.write(`${JSON.stringify(event)}\n`)
    } else if (event.type === 'token_delta') {
      // Streamed text is shown whole with its message event unless asked for.
      if (options.deltas) process.stdout.write(event.delta)
    } else {
      const line = render(event)
      if (line !== null) process.stdout.write(`${options.deltas && event.type === 'message' ? '\n' : ''}${line}\n`)
    }
    if (TERMINAL_EVENT_TYPES.has(event.type)) return event
  }
  return last
}

async function run(options: CliOptions): Promise<number> {
  const { url, token } = connection(process.env, [process.cwd(), REPO_ROOT])
  if (!token) throw new CliError('HEIST_OPERATOR_TOKEN is not set and no .env holds it — start the fleet with `pnpm start` first')
  const api = operatorApi(url, token)
  const id = await api.start(options.start)
  const abort = new AbortController()
  // Whoever ends the CLI ends its session: Ctrl-C, SIGTERM, SIGHUP, a closed output pipe, or
  // the parent (pnpm, a shell) going away without passing a signal on.
  onInterrupt((code) => {
    abort.abort()
    // The session may have ended or the orchestrator gone away meanwhile: exit with the code either way.
    void api.stop(id).catch(() => undefined).finally(() => process.exit(code))
  })
  // A model that is down pauses the session, which waits for it; so does the CLI, up to --model-wait.
  // The notes go to stderr with --json, so that stdout stays JSON lines.
  const wait = modelWait(options.modelWaitMs, (line) => (options.json ? process.stderr : process.stdout).write(`${line}\n`))
  const end = await follow(api, id, options, abort.signal, wait).finally(() => wait.close())
  if (wait.expired()) await api.stop(id)
  const reveal = await api.reveal(id)
  process.stdout.write(options.json ? `${JSON.stringify({ type: 'reveal', ...reveal })}\n` : `${revealLine(reveal)}\n`)
  if (end?.type === 'session_completed') return EXIT.ok
  if (wait.expired()) {
    const why = (end?.type === 'session_paused' && end.message) || 'model unavailable'
    throw new CliError(`the model did not answer within ${options.modelWaitMs / 1000} s (--model-wait), session ${id} stopped: ${why}`, EXIT.modelGone)
  }
  throw new CliError(`session ${id} did not complete (${end?.type === 'session_stopped' ? `stopped: ${end.reason}` : 'event stream ended'})`)
}

async function main(argv: string[]): Promise<number> {
  try {
    const options = parseCli(argv)
    if (options.help) {
      process.stdout.write(`${USAGE}\n`)
      return EXIT.ok
    }
    return await run(options)
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`heist: ${error.message} (see pnpm heist --help)\n`)
      return EXIT.usage
    }
    process.stderr.write(`heist: ${error instanceof Error ? error.message : String(error)}\n`)
    return error instanceof CliError ? error.exitCode : EXIT.failure
  }
}

let interrupted: ((code: number) => void) | null = null
let interruptCode: number | null = null
/** Run `handler` once on the first interruption (it exits the process). */
function onInterrupt(handler: (code: number) => void): void {
  interrupted = handler
  if (interruptCode !== null) handler(interruptCode)
}
function interrupt(code: number): void {
  if (interruptCode !== null) return
  interruptCode = code
  if (interrupted) interrupted(code)
  else process.exit(code)
}
// An interrupted run exits 128 + the signal, as the launcher does (shared/src/exit-codes.ts).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => interrupt(signalExitCode(signal)))
// `pnpm heist run | head -1`: once nobody reads, the session is stopped as on Ctrl-C.
process.stdout.on('error', (error: NodeJS.ErrnoException) => interrupt(error.code === 'EPIPE' ? signalExitCode('SIGPIPE') : EXIT.failure))
// pnpm killed with SIGTERM does not pass it on: the CLI is re-parented, and notices.
watchParent(() => interrupt(signalExitCode('SIGHUP')))
process.exitCode = await main(process.argv.slice(2))
