import { closeOnSignals, loadConfig } from '@heist/shared'
import { buildApp } from './app.js'
import { createDeps } from './deps.js'
import { loadTeamConfig } from './engine/index.js'
import { agentSecrets, agentSecretsEnv, OrchestratorEnv } from './env.js'

const config = loadConfig(OrchestratorEnv, process.env)
const team = loadTeamConfig(config.HEIST_CONFIG_DIR, config.HEIST_PROFILE)
const names = team.agents.map((a) => a.name)
const secrets = agentSecrets(names, loadConfig(agentSecretsEnv(names), process.env))
const deps = createDeps(config, team, secrets)
const app = await buildApp({ config, deps })
deps.sessions.useLogger(app.log)
await app.listen({ host: config.HOST, port: config.PORT })
closeOnSignals(() => app.close(), app.log)
