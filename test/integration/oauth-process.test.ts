import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AgentsFile, IntrospectionResponse, loadYamlFiles, secretEnvName, SERVICE_CLIENTS, TokenResponse, ToolListing } from '@heist/shared'
import { afterAll, describe, expect, test } from 'vitest'
import { waitFor } from '../support/poll.js'
import { CONFIG_DIR, planServices, spawnService, type RunningService } from '../support/spawn-service.js'

// The real oauth process, started the way the launcher starts it.
const dataDir = mkdtempSync(join(tmpdir(), 'heist-oauth-it-'))
const clientIds = [...loadYamlFiles(AgentsFile, [join(CONFIG_DIR, 'agents.yaml')]).agents.map((a) => a.name), ...Object.keys(SERVICE_CLIENTS)]
const secrets = Object.fromEntries(clientIds.map((id) => [secretEnvName(id), `integration-secret-${id}-0123456789`]))
const children: ChildProcess[] = []

function start(env: Record<string, string>, service = 'oauth'): Promise<RunningService> {
  return spawnService(service, { HEIST_DATA_DIR: dataDir, ...env }, (child) => children.push(child))
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.once('exit', (code) => r(code)))
}

async function token(url: string, clientId: string, resource?: string): Promise<string> {
  const res = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${secrets[secretEnvName(clientId)]}`).toString('base64')}` },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...(resource ? { resource } : {}) }),
  })
  expect(res.status).toBe(200)
  return TokenResponse.parse(await res.json()).access_token
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
})

describe('oauth as a process', () => {
  test('refuses to start without secrets, naming every missing one', async () => {
    const error = await start({}).then(() => null, (e: { output: string; code: number }) => e)
    expect(error?.code).not.toBe(0)
    for (const id of clientIds) expect(error?.output).toContain(secretEnvName(id))
  })

  let firstToken = ''
  let firstKid = ''

  test('issues tokens, keeps its key in a 0600 file and stops cleanly on SIGTERM', async () => {
    const oauth = await start(secrets)
    firstToken = await token(oauth.url, 'safecracker')
    const keyFile = join(dataDir, 'oauth', 'signing-key.json')
    expect(statSync(keyFile).mode & 0o777).toBe(0o600)
    firstKid = ((await (await fetch(`${oauth.url}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] }).keys[0]?.kid ?? ''
    expect(oauth.output()).not.toContain(secrets[secretEnvName('safecracker')])
    oauth.child.kill('SIGTERM')
    expect(await exited(oauth.child)).toBe(0)
  })

  test('after a restart the same key serves, so earlier tokens stay valid', async () => {
    const oauth = await start(secrets)
    const jwks = (await (await fetch(`${oauth.url}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] }
    expect(jwks.keys[0]?.kid).toBe(firstKid)
    const listing = await fetch(`${oauth.url}/tools`, { headers: { authorization: `Bearer ${firstToken}` } })
    expect(listing.status).toBe(200)
    const introspection = await fetch(`${oauth.url}/oauth/introspect`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`calculator:${secrets[secretEnvName('calculator')]}`).toString('base64')}` },
      body: new URLSearchParams({ token: firstToken }),
    })
    expect(IntrospectionResponse.parse(await introspection.json())).toMatchObject({ active: true, client_id: 'safecracker' })
    oauth.child.kill('SIGTERM')
    await exited(oauth.child)
  })

  test('a tool that stops renewing disappears from discovery within its TTL', async () => {
    const oauth = await start(secrets)
    const registrar = await token(oauth.url, 'calculator')
    const registration = { name: 'calculator', description: 'math', required_scope: 'calculator:use', url: 'http://127.0.0.1:8002/tools/calculator', input_schema: { type: 'object' }, ttl_s: 2 }
    const posted = await fetch(`${oauth.url}/tools`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${registrar}` }, body: JSON.stringify(registration) })
    const repliedAt = Date.now() // oauth stored the registration before this instant
    expect(posted.status).toBe(201)
    const agent = await token(oauth.url, 'safecracker')
    const list = async () => ToolListing.parse(await (await fetch(`${oauth.url}/tools`, { headers: { authorization: `Bearer ${agent}` } })).json()).tools
    const [listed, ...others] = await list()
    expect([listed?.name, others]).toEqual(['calculator', []])
    // It lapses within its TTL (2 s) of the registration (oauth's clock is this machine's), and from that
    // instant discovery lists it no more. Waiting for the instant, not polling against a 2.2 s bound,
    // which a listing that a loaded machine slowed could overrun with the tool already gone.
    const expiresAt = Date.parse(listed?.expires_at ?? '')
    expect(expiresAt).toBeLessThanOrEqual(repliedAt + 2_000)
    while (Date.now() <= expiresAt) await new Promise((resolve) => setTimeout(resolve, expiresAt - Date.now() + 1))
    expect(await list()).toEqual([])
    oauth.child.kill('SIGTERM')
    await exited(oauth.child)
  })
})

describe('discovery with the real calculator process', () => {
  test('the calculator appears when it starts, serves agents with the scope, and vanishes when it stops', async () => {
    const planned = await planServices(['oauth', 'calculator'])
    const oauth = await start({ ...secrets, ...planned.envFor('oauth') })
    // Its registrations live 4 s unless renewed (15 s by default): the crash below waits for that expiry.
    const calculatorEnv = { ...planned.envFor('calculator'), HEIST_OAUTH_URL: oauth.url, [secretEnvName('calculator')]: secrets[secretEnvName('calculator')] ?? '', HEIST_TOOL_REGISTRATION_TTL_S: '5' }
    const list = async (agentToken: string) => ToolListing.parse(await (await fetch(`${oauth.url}/tools`, { headers: { authorization: `Bearer ${agentToken}` } })).json()).tools
    const safecracker = await token(oauth.url, 'safecracker')
    const planner = await token(oauth.url, 'planner')

    let calculator = await start(calculatorEnv, 'calculator')
    const [tool] = await waitFor('the calculator to register', () => list(safecracker), (tools) => tools.length === 1, 10_000)
    expect(tool?.name).toBe('calculator')
    expect(await list(planner)).toEqual([])
    const call = async (agent: string) => {
      const bearer = await token(oauth.url, agent, tool?.resource)
      return fetch(tool?.url ?? '', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify({ expression: '45 * 60' }) })
    }
    const ok = await call('safecracker')
    expect(ok.status).toBe(200)
    expect(((await ok.json()) as { result: string }).result).toBe('45 * 60 = 2700')
    expect((await call('planner')).status).toBe(403)

    // A clean stop withdraws the registration at once.
    calculator.child.kill('SIGTERM')
    await exited(calculator.child)
    await waitFor('the withdrawal', () => list(safecracker), (tools) => tools.length === 0, 3_000)

    // A crash cannot withdraw anything: the registration expires within its TTL (5 s; the bound
    // allows for a loaded machine but not the default 15 s, so an ignored setting fails too).
    calculator = await start(calculatorEnv, 'calculator')
    await waitFor('the calculator to come back', () => list(safecracker), (tools) => tools.length === 1, 10_000)
    calculator.child.kill('SIGKILL')
    await waitFor('the expiry', () => list(safecracker), (tools) => tools.length === 0, 10_000)
    oauth.child.kill('SIGTERM')
    await exited(oauth.child)
  })
})
