import { join } from 'node:path'
import { AgentsFile, closeOnSignals, loadConfig, loadYamlFiles } from '@heist/shared'
import { buildApp } from './app.js'
import { clientDefinitions, createClientRegistry, secretsEnv } from './clients.js'
import { OAuthEnv } from './env.js'
import { loadOrCreateSigningKey } from './signing-key.js'

const config = loadConfig(OAuthEnv, process.env)
const { agents } = loadYamlFiles(AgentsFile, [join(config.HEIST_CONFIG_DIR, 'agents.yaml')])
const definitions = clientDefinitions(agents)
const secrets = loadConfig(secretsEnv(definitions), process.env)
const deps = {
  clients: createClientRegistry(definitions, secrets),
  signingKey: await loadOrCreateSigningKey(join(config.HEIST_DATA_DIR, 'oauth', 'signing-key.json')),
}
const app = await buildApp({ config, deps })
await app.listen({ host: config.HOST, port: config.PORT })
closeOnSignals(() => app.close(), app.log)
