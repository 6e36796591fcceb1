import { loadConfig, runService } from '@heist/shared'
import { buildApp } from './app.js'
import { createDeps } from './deps.js'
import { loadTeamConfig } from './engine/index.js'
import { agentSecrets, agentSecretsEnv, OrchestratorEnv } from './env.js'

await runService({
  name: 'orchestrator',
  Env: OrchestratorEnv,
  createDeps: (config, { env }) => {
    const team = loadTeamConfig(config.HEIST_CONFIG_DIR, config.HEIST_PROFILE)
    const names = team.agents.map((a) => a.name)
    return createDeps(config, team, agentSecrets(names, loadConfig(agentSecretsEnv(names), env)))
  },
  // The session manager logs through the app's logger from the start: recovery runs in `onReady`.
  buildApp: async (input) => {
    const app = await buildApp(input)
    input.deps.sessions.useLogger(app.log)
    return app
  },
})
