import { ConfigError } from '@heist/shared/config'
import { loadTeamConfig } from '@heist/shared/team-config'
import { readAgents, type LaunchedAgent } from './fleet.js'

/**
 * Why a restart by hand (`pnpm start --restart <name>`) must not go ahead, or null. The service
 * is stopped before its new process reads the configuration: a file it would refuse left it down,
 * crash-looping, where the one running was fine. And the secrets the launcher hands out are fixed
 * at its start: an agent added or renamed since has no secret in oauth or the orchestrator, which
 * then cannot start ("HEIST_SECRET_FORGER: expected string, received undefined"). Likewise an
 * agent's scopes: oauth keeps those it read at start, so a tool given to an agent since was
 * silently never offered to it, whichever service was restarted.
 */
export function restartRefusal(configDir: string, profile: string | undefined, launched: readonly LaunchedAgent[]): string | null {
  let agents: LaunchedAgent[]
  try {
    loadTeamConfig(configDir, profile)
    // Compared with agents.yaml itself, read as at start: what oauth holds and the secrets were made for.
    agents = readAgents(configDir)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return error.message
  }
  const names = agents.map((a) => a.name)
  const launchedNames = launched.map((a) => a.name)
  const added = names.filter((a) => !launchedNames.includes(a))
  const removed = launchedNames.filter((a) => !names.includes(a))
  const sameScopes = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s) => b.includes(s))
  const rescoped = launched.filter((l) => agents.some((a) => a.name === l.name && !sameScopes(a.scopes, l.scopes))).map((a) => a.name)
  if (added.length === 0 && removed.length === 0 && rescoped.length === 0) return null
  const change = [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : '', rescoped.length ? `changed the scopes of ${rescoped.join(', ')}` : ''].filter(Boolean).join('; ')
  return `agents.yaml has another team than at start (${change}): each agent is an OAuth client whose secret and scopes the launcher gives oauth and the orchestrator when it starts; stop the fleet (Ctrl-C) and pnpm start again`
}
