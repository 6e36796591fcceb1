import { ConfigError } from '@heist/shared/config'
import { loadTeamConfig } from '@heist/shared/team-config'

/**
 * Why a restart by hand (`pnpm start --restart <name>`) must not go ahead, or null. The service
 * is stopped before its new process reads the configuration: a file it would refuse left it down,
 * crash-looping, where the one running was fine. And the secrets the launcher hands out are fixed
 * at its start: an agent added or renamed since has no secret in oauth or the orchestrator, which
 * then cannot start ("HEIST_SECRET_FORGER: expected string, received undefined").
 */
export function restartRefusal(configDir: string, profile: string | undefined, launchedAgents: readonly string[]): string | null {
  let agents: string[]
  try {
    agents = loadTeamConfig(configDir, profile).agents.map((a) => a.name)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return error.message
  }
  const added = agents.filter((a) => !launchedAgents.includes(a))
  const removed = launchedAgents.filter((a) => !agents.includes(a))
  if (added.length === 0 && removed.length === 0) return null
  const change = [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean).join('; ')
  return `agents.yaml has another team than at start (${change}): each agent is an OAuth client whose secret the launcher gives oauth and the orchestrator when it starts; stop the fleet (Ctrl-C) and pnpm start again`
}
