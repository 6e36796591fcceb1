import { isAbsolute, relative } from 'node:path'
import { ConfigError, HeistError } from '@heist/shared'
import { loadTeamConfig, type TeamConfig } from './engine/index.js'

/**
 * The team a session runs with: the one loaded at start for the default profile, another
 * profile's read from the config directory when a session asks for it (400 when it is bad).
 */
export function teamProfiles(configDir: string, team: TeamConfig, defaultProfile: string | undefined): (profile: string | undefined) => TeamConfig {
  return (profile) => {
    if (profile === undefined || profile === defaultProfile) return team
    try {
      return loadTeamConfig(configDir, profile)
    } catch (error) {
      if (error instanceof ConfigError) {
        // The operator learns which file is wrong, named within the config directory, never where the server keeps it.
        const problems = error.problems.map((p) => ({ ...p, source: isAbsolute(p.source) ? relative(configDir, p.source) : p.source }))
        throw new HeistError('SESSION_BAD_PROFILE', new ConfigError(problems).message, 400, problems)
      }
      throw error
    }
  }
}
