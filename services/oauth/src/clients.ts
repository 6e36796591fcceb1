import { hash, timingSafeEqual } from 'node:crypto'
import { ConfigError, SERVICE_CLIENTS, clientSecret, secretEnvName, type AgentConfig } from '@heist/shared'
import { z } from 'zod'

/** An OAuth client before its secret is known: who it is and what it may ask for. */
export interface ClientDefinition {
  id: string
  kind: 'agent' | 'service'
  scopes: readonly string[]
}

export interface Client extends ClientDefinition {
  secretHash: Buffer
}

/** One client per agent of `agents.yaml` plus one per fleet service; ids must not collide. */
export function clientDefinitions(agents: readonly AgentConfig[], services: Readonly<Record<string, readonly string[]>> = SERVICE_CLIENTS): ClientDefinition[] {
  const definitions: ClientDefinition[] = [
    ...agents.map((a) => ({ id: a.name, kind: 'agent' as const, scopes: [...new Set(a.scopes)] })),
    ...Object.entries(services).map(([id, scopes]) => ({ id, kind: 'service' as const, scopes: [...new Set(scopes)] })),
  ]
  const seen = new Set<string>()
  const clashes = definitions.filter((d) => seen.has(d.id) || !seen.add(d.id))
  if (clashes.length > 0) {
    throw new ConfigError(clashes.map((d) => ({ source: 'agents.yaml', path: 'agents', message: `agent "${d.id}" has the name of a fleet service; rename it` })))
  }
  return definitions
}

/** The env schema of every client's secret: a missing one fails start with all names listed. */
export function secretsEnv(definitions: readonly ClientDefinition[]) {
  return z.object(Object.assign({}, ...definitions.map((d) => clientSecret(d.id))) as Record<string, z.ZodString>)
}

// The secrets are random keys (init-env writes 192 bits), not passwords: one fast hash is enough,
// there is nothing for a slow KDF to stretch. The one-shot `hash` costs half of `createHash`.
const sha256 = (value: string): Buffer => hash('sha256', value, 'buffer')
// Compared against when the client id is unknown, so an unknown id costs as much as a wrong secret.
const DUMMY_HASH = sha256('heist-no-such-client')

export interface ClientRegistry {
  get(id: string): Client | undefined
  /** The client when `secret` is its secret, else null; constant time in the secret. */
  authenticate(id: string, secret: string): Client | null
  all(): readonly Client[]
}

export function createClientRegistry(definitions: readonly ClientDefinition[], secrets: Readonly<Record<string, string>>): ClientRegistry {
  const clients = new Map<string, Client>()
  for (const d of definitions) {
    const secret = secrets[secretEnvName(d.id)]
    if (secret === undefined) throw new Error(`no secret for client ${d.id}`)
    clients.set(d.id, { ...d, secretHash: sha256(secret) })
  }
  return {
    get: (id) => clients.get(id),
    authenticate(id, secret) {
      const client = clients.get(id)
      const same = timingSafeEqual(sha256(secret), client?.secretHash ?? DUMMY_HASH)
      return client && same ? client : null
    },
    all: () => [...clients.values()],
  }
}
