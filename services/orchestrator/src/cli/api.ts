import { ErrorBody, EXIT, TERMINAL_EVENT_TYPES, type PublicSessionEvent, type StartOptions } from '@heist/shared'
import { setTimeout as delay } from 'node:timers/promises'
import { readEvents } from './sse.js'

/** A failure the CLI reports in one line, with its exit code. */
export class CliError extends Error {
  /** `status`: the HTTP status of the orchestrator's refusal, when there was one. */
  constructor(message: string, readonly exitCode: number = EXIT.failure, readonly status?: number) {
    super(message)
  }
}

export interface Reveal { mole: string | null; strategy: string | null; seed: number }

/** The orchestrator's operator API, as the CLI uses it. */
export function operatorApi(url: string, token: string) {
  async function call(method: string, path: string, body?: unknown): Promise<unknown> {
    let response: Response
    try {
      response = await fetch(`${url}${path}`, {
        method, headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(15_000),
      })
    } catch {
      // A fleet on free ports (`pnpm start --ports auto`) is up but elsewhere: say how to find it.
      throw new CliError(`orchestrator is not reachable at ${url} — start the fleet with \`pnpm start\`, or point HEIST_ORCHESTRATOR_URL at a fleet on other ports (\`pnpm start --status\` lists them)`)
    }
    const json: unknown = await response.json().catch(() => null)
    if (response.status === 401) throw new CliError(`the orchestrator at ${url} refused the operator token (check HEIST_OPERATOR_TOKEN or .env)`)
    if (!response.ok) {
      const error = ErrorBody.safeParse(json)
      throw new CliError(error.success ? `${error.data.error.code}: ${error.data.error.message}` : `orchestrator answered HTTP ${response.status}`, EXIT.failure, response.status)
    }
    return json
  }
  return {
    url,
    async start(options: StartOptions): Promise<string> {
      try {
        return (await call('POST', '/sessions', options) as { session_id: string }).session_id
      } catch (error) {
        // Options only the orchestrator can check (`--mole bob`, `--profile nope`): a bad option, exit 2.
        if (error instanceof CliError && error.status === 400) throw new CliError(error.message, EXIT.usage, 400)
        throw error
      }
    },
    async stop(id: string): Promise<void> {
      await call('POST', `/sessions/${id}/stop`).catch(() => undefined)
    },
    async reveal(id: string): Promise<Reveal> {
      const { mole, strategy, seed } = await call('GET', `/sessions/${id}/reveal`) as Reveal
      return { mole, strategy, seed }
    },
    /**
     * Every public event from `after` on until the terminal one. A stream that breaks or ends
     * early (the orchestrator restarting: it resumes the session) is picked up again where it
     * stopped, for up to a minute without any event.
     */
    async *events(id: string, signal: AbortSignal): AsyncGenerator<PublicSessionEvent> {
      let after = 0
      let lastSeen = Date.now()
      let problem = 'the stream ended before the session did'
      for (let wait = 500; !signal.aborted; wait = Math.min(wait * 2, 5_000)) {
        try {
          for await (const event of readEvents(`${url}/sessions/${id}/events?after=${after}`, token, signal)) {
            after = event.seq
            lastSeen = Date.now()
            wait = 500
            yield event
            if (TERMINAL_EVENT_TYPES.has(event.type)) return
          }
          problem = 'the stream ended before the session did'
        } catch (error) {
          if (signal.aborted) return
          problem = (error as Error).message
        }
        if (Date.now() - lastSeen > 60_000) throw new CliError(`lost the event stream of ${id} (${problem})`)
        // Ctrl-C or the end of the model wait aborts the back-off too, not only the stream.
        await delay(wait, undefined, { signal }).catch(() => undefined)
      }
    },
  }
}
export type OperatorApi = ReturnType<typeof operatorApi>
