import { secretEnvName, SERVICE_CLIENTS, TokenResponse, type AgentConfig } from '@heist/shared'
import { buildApp } from '../src/app.js'
import { clientDefinitions, createClientRegistry } from '../src/clients.js'
import { OAuthEnv } from '../src/env.js'
import { generateSigningKey, type SigningKey } from '../src/signing-key.js'

const agent = (name: string, scopes: string[]): AgentConfig => ({ name, role: name, persona: `the ${name}`, tools: [], scopes, colour: '#123456' })

/** A small team: one agent per tool scope, one with two, one with none. */
export const AGENTS: AgentConfig[] = [
  agent('planner', []),
  agent('safecracker', ['calculator:use']),
  agent('hacker', ['file_reader:use']),
  agent('intel', ['database_query:use', 'file_reader:use']),
]

export const secretOf = (clientId: string): string => `test-secret-for-${clientId}-0123456789`
export const T0 = Date.parse('2026-11-23T12:00:00Z')

let sharedKey: SigningKey | undefined

export interface TestAppOptions {
  env?: Record<string, string>
  key?: SigningKey
}

/** The real app with a movable clock, an in-memory key and the test team. */
export async function makeApp(options: TestAppOptions = {}) {
  sharedKey ??= await generateSigningKey()
  const clock = { now: T0 }
  const definitions = clientDefinitions(AGENTS, SERVICE_CLIENTS)
  const secrets = Object.fromEntries(definitions.map((d) => [secretEnvName(d.id), secretOf(d.id)]))
  const config = OAuthEnv.parse({ LOG_LEVEL: 'silent', ...options.env })
  const app = await buildApp({ config, deps: { clients: createClientRegistry(definitions, secrets), signingKey: options.key ?? sharedKey, now: () => clock.now } })
  return { app, clock, key: options.key ?? sharedKey, config }
}
export type TestApp = Awaited<ReturnType<typeof makeApp>>['app']

export function basic(clientId: string, secret = secretOf(clientId)): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64')}`
}

export const form = (fields: Record<string, string>): string => new URLSearchParams(fields).toString()
export const FORM = { 'content-type': 'application/x-www-form-urlencoded' }

/** A token for `clientId` through the real endpoint. */
export async function tokenFor(app: TestApp, clientId: string, scope?: string): Promise<string> {
  const fields: Record<string, string> = { grant_type: 'client_credentials' }
  if (scope !== undefined) fields.scope = scope
  const res = await app.inject({ method: 'POST', url: '/oauth/token', headers: { ...FORM, authorization: basic(clientId) }, payload: form(fields) })
  if (res.statusCode !== 200) throw new Error(`token for ${clientId}: ${res.statusCode} ${res.body}`)
  return TokenResponse.parse(res.json()).access_token
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
