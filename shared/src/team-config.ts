import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { ConfigError, loadYamlFiles, type ConfigProblem } from './config.js'
import { AgentsFile, HeistFile, StrategyName, type AgentConfig } from './contracts/config-files.js'

/** A team and its rules, validated (see {@link loadTeamConfig}). */
export interface TeamConfig {
  agents: readonly AgentConfig[]
  heist: HeistFile
}

/**
 * The agents' names from an agents.yaml that has other problems, so the turn order is still
 * checked against them and every problem is listed in one go; null when even names are unreadable.
 */
function agentNamesLeniently(configDir: string, profile: string | undefined): string[] | null {
  try {
    return loadYamlFiles(AgentNames, profileFiles(configDir, 'agents.yaml', profile)).agents.map((a) => a.name)
  } catch {
    // Safe: the strict load of the same files has already reported why they are unreadable.
    return null
  }
}
const AgentNames = z.object({ agents: z.array(z.object({ name: z.string() }).loose()) }).loose()

/** `base` in the config directory, then its overlay in `profiles/<profile>/` when the profile has one. */
export function profileFiles(configDir: string, base: string, profile: string | undefined): string[] {
  const list = [join(configDir, base)]
  if (profile) {
    const overlay = join(configDir, 'profiles', profile, base)
    if (existsSync(overlay)) list.push(overlay)
  }
  return list
}

/** The heist schema, plus checks against the team (every problem at once, with its path). */
function heistAgainst(agentNames: readonly string[] | null) {
  return HeistFile.superRefine((heist, ctx) => {
    heist.session.turn_order.forEach((name, i) => {
      if (agentNames && !agentNames.includes(name)) {
        ctx.addIssue({ code: 'custom', path: ['session', 'turn_order', i], message: `"${name}" is not an agent in agents.yaml (${agentNames.join(', ')})` })
      }
      if (heist.session.turn_order.indexOf(name) !== i) ctx.addIssue({ code: 'custom', path: ['session', 'turn_order', i], message: `"${name}" appears twice in the turn order` })
    })
    for (const strategy of StrategyName.options) {
      if (!heist.mole.strategies[strategy]) ctx.addIssue({ code: 'custom', path: ['mole', 'strategies'], message: `strategy "${strategy}" is missing (all five are needed)` })
    }
  })
}

/**
 * Load `agents.yaml` and `heist.yaml` from `configDir`, overlaid by
 * `profiles/<profile>/{agents,heist}.yaml` when present. Throws one {@link ConfigError}
 * listing every problem of both files, with file and line.
 */
export function loadTeamConfig(configDir: string, profile?: string): TeamConfig {
  if (profile !== undefined && !existsSync(join(configDir, 'profiles', profile))) {
    throw new ConfigError([{ source: join(configDir, 'profiles', profile), path: '', message: `profile "${profile}" does not exist` }])
  }
  const problems: ConfigProblem[] = []
  let agents: TeamConfig['agents'] | null = null
  try {
    agents = loadYamlFiles(AgentsFile, profileFiles(configDir, 'agents.yaml', profile)).agents
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    problems.push(...error.problems)
  }
  let heist: HeistFile | null = null
  try {
    heist = loadYamlFiles(heistAgainst(agents?.map((a) => a.name) ?? agentNamesLeniently(configDir, profile)), profileFiles(configDir, 'heist.yaml', profile))
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    problems.push(...error.problems)
  }
  if (problems.length > 0 || !agents || !heist) throw new ConfigError(problems)
  return { agents, heist }
}
