import { join } from 'node:path'
import { AgentsFile, loadConfig, loadYamlFiles } from '@heist/shared'
import type { OAuthDeps } from './app.js'
import { clientDefinitions, createClientRegistry, secretsEnv } from './clients.js'
import type { OAuthConfig } from './env.js'
import { loadOrCreateSigningKey } from './signing-key.js'

/** The client registry (agents from `agents.yaml`, secrets from env) and the signing key. */
export async function createDeps(config: Readonly<OAuthConfig>, { env }: { env: Record<string, string | undefined> }): Promise<OAuthDeps> {
  const { agents } = loadYamlFiles(AgentsFile, [join(config.HEIST_CONFIG_DIR, 'agents.yaml')])
  const definitions = clientDefinitions(agents)
  return {
    clients: createClientRegistry(definitions, loadConfig(secretsEnv(definitions), env)),
    signingKey: await loadOrCreateSigningKey(join(config.HEIST_DATA_DIR, 'oauth', 'signing-key.json')),
  }
}
