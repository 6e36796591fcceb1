import { randomBytes } from 'node:crypto'
import { HeistError, secretEnvName, StartOptions } from '@heist/shared'
import type { TeamConfig } from './engine/index.js'

export interface Admission {
  /** Whether an id was ever used here: held in memory or in the event log. */
  used: (id: string) => boolean
  /** Sessions running or paused now. */
  running: () => number
  /** `orchestrator.max_running_sessions` and `retry_after_s` of heist.yaml, unless overridden. */
  limit: number
  retryAfterS: number
  agentsWithSecrets: ReadonlySet<string>
  defaultProfile?: string
  teamFor: (profile: string | undefined) => TeamConfig
}

export interface Admitted {
  id: string
  options: StartOptions
  team: TeamConfig
  profile?: string
}

/**
 * What a start request must pass before a session is launched: an id never used before (409),
 * room under the running-session limit (429 with `Retry-After`), a profile that loads (400) and a
 * client secret for every agent of its turn order (400).
 */
export function admit(input: unknown, rules: Admission): Admitted {
  const options = StartOptions.parse(input)
  const id = options.session_id ?? freshId(rules.used)
  if (rules.used(id)) throw new HeistError('SESSION_EXISTS', `a session "${id}" already exists; session ids are never reused`, 409)
  const running = rules.running()
  if (running >= rules.limit) {
    throw new HeistError('SESSION_LIMIT', `${running} ${running === 1 ? 'session is' : 'sessions are'} running (orchestrator.max_running_sessions in config/heist.yaml); stop one or retry later`, 429, undefined, { 'retry-after': String(rules.retryAfterS) })
  }
  const profile = options.profile ?? rules.defaultProfile
  const team = rules.teamFor(options.profile)
  const missing = team.heist.session.turn_order.filter((a) => !rules.agentsWithSecrets.has(a))
  if (missing.length > 0) throw new HeistError('SESSION_AGENT_NO_SECRET', `no client secret for ${missing.join(', ')} (set ${missing.map(secretEnvName).join(', ')})`, 400)
  return { id, options, team, ...(profile ? { profile } : {}) }
}

/** A random id no stored session has (48 random bits: a clash is rare, but checked all the same). */
function freshId(used: (id: string) => boolean): string {
  for (;;) {
    const id = `h-${randomBytes(6).toString('hex')}`
    if (!used(id)) return id
  }
}
