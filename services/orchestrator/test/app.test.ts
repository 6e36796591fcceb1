import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SessionEvent } from '@heist/shared'
import { createEventLog } from '../src/adapters/event-log.js'
import { afterEach, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import { CliError, operatorApi } from '../src/cli/api.js'
import { createInProcessMemory, createScriptedModel, type ChatRequest, type ScriptedReply } from '../src/engine/index.js'
import { SessionManager } from '../src/sessions.js'
import { CONFIG_DIR, defaultScript, fakeTools, team } from './helpers.js'
import { sseData } from '@heist/shared/sse'
import { waitFor } from '../../../test/support/poll.js'

const TOKEN = 'operator-token-for-tests-123'
const auth = { authorization: `Bearer ${TOKEN}` }
let close: (() => Promise<void>) | undefined

afterEach(async () => {
  await close?.()
  close = undefined
})

async function setup(script: (r: ChatRequest, n: number) => ScriptedReply = defaultScript, turnDelayMs = 0) {
  const t = team()
  const published: SessionEvent[] = []
  const log = createEventLog(mkdtempSync(join(tmpdir(), 'heist-orch-')))
  const sessions = new SessionManager({
    configDir: CONFIG_DIR, team: t, agentsWithSecrets: new Set(t.agents.map((a) => a.name)),
    makeModel: () => createScriptedModel(script), tools: fakeTools(), memory: createInProcessMemory(t.heist.memory),
    publish: (e) => { log.append(e); published.push(e) }, log, turnDelayMs,
  })
  const app = await buildApp({ config: { HEIST_OPERATOR_TOKEN: TOKEN, LOG_LEVEL: 'silent' }, deps: { sessions } })
  close = () => app.close()
  return { app, sessions, published }
}

function parseSse(body: string) {
  return sseData(body).map((data) => JSON.parse(data) as SessionEvent)
}

describe('orchestrator HTTP API', () => {
  it('refuses requests without the operator token, in constant-time comparison', async () => {
    const { app } = await setup()
    const none = await app.inject({ method: 'GET', url: '/sessions' })
    expect(none.statusCode).toBe(401)
    expect(none.json().error.code).toBe('AUTH_OPERATOR_REQUIRED')
    const wrong = await app.inject({ method: 'GET', url: '/sessions', headers: { authorization: 'Bearer nope' } })
    expect(wrong.statusCode).toBe(401)
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200)
  })

  it('starts a session, streams its public events over SSE and reveals the mole only at the end', async () => {
    const { app, published } = await setup()
    const started = await app.inject({ method: 'POST', url: '/sessions', headers: auth, payload: { rounds: 2, seed: 42, session_id: 'api-1' } })
    expect(started.statusCode).toBe(201)
    expect(started.json()).toEqual({ session_id: 'api-1' })
    const sse = await app.inject({ method: 'GET', url: '/sessions/api-1/events?after=0', headers: auth })
    expect(sse.headers['content-type']).toMatch(/text\/event-stream/)
    // The stream carries the kit's headers like every other reply (docs/security.md), and its request id.
    expect(sse.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'content-security-policy': "default-src 'none';frame-ancestors 'none'", 'cache-control': 'no-cache' })
    expect(sse.headers['x-request-id']).toEqual(expect.any(String))
    const events = parseSse(sse.body)
    expect(events.at(-1)?.type).toBe('session_completed')
    expect(events.map((e) => e.type)).not.toContain('game_sealed')
    expect(published.map((e) => e.type)).toContain('game_sealed')
    expect(events.map((e) => e.seq)).toEqual(published.filter((e) => e.type !== 'game_sealed').map((e) => e.seq))
    const status = await app.inject({ method: 'GET', url: '/sessions/api-1', headers: auth })
    expect(status.json()).toMatchObject({ session_id: 'api-1', status: 'completed', rounds: 2, turn: 12 })
    expect(JSON.stringify(status.json())).not.toMatch(/mole"|strategy|seed/)
    const reveal = await app.inject({ method: 'GET', url: '/sessions/api-1/reveal', headers: auth })
    expect(reveal.statusCode).toBe(200)
    expect(reveal.json()).toMatchObject({ seed: 42, mole: expect.any(String), strategy: expect.any(String) })
    const after = await app.inject({ method: 'GET', url: `/sessions/api-1/events?after=${events.at(-3)?.seq}`, headers: auth })
    expect(parseSse(after.body)).toHaveLength(2)
  })

  it('pauses, takes an order, resumes and stops through the API; reveal is 409 while running', async () => {
    const { app, sessions } = await setup(defaultScript, 20)
    await app.inject({ method: 'POST', url: '/sessions', headers: auth, payload: { rounds: 50, session_id: 'ctl' } })
    expect((await app.inject({ method: 'GET', url: '/sessions/ctl/reveal', headers: auth })).statusCode).toBe(409)
    const paused = await app.inject({ method: 'POST', url: '/sessions/ctl/pause', headers: auth })
    expect(paused.json()).toEqual({ session_id: 'ctl', status: 'paused' })
    expect((await app.inject({ method: 'POST', url: '/sessions/ctl/pause', headers: auth })).statusCode).toBe(409)
    const order = await app.inject({ method: 'POST', url: '/sessions/ctl/orders', headers: auth, payload: { agent: 'driver', text: 'Use the north exit.' } })
    expect(order.statusCode).toBe(202)
    expect(order.json().order_id).toMatch(/^ctl-o1$/)
    expect((await app.inject({ method: 'POST', url: '/sessions/ctl/orders', headers: auth, payload: { agent: 'ghost', text: 'x' } })).statusCode).toBe(400)
    expect((await app.inject({ method: 'POST', url: '/sessions/ctl/resume', headers: auth })).json().status).toBe('running')
    await waitFor('sessions.get(\'ctl\').turn >= 2', () => sessions.get('ctl').turn >= 2, Boolean, 2_000)
    expect((await app.inject({ method: 'POST', url: '/sessions/ctl/stop', headers: auth })).json().status).toBe('stopped')
    const sse = await app.inject({ method: 'GET', url: '/sessions/ctl/events', headers: auth })
    const types = parseSse(sse.body).map((e) => e.type)
    expect(types).toEqual(expect.arrayContaining(['session_paused', 'order_received', 'session_resumed']))
    expect(types.at(-1)).toBe('session_stopped')
    expect((await app.inject({ method: 'GET', url: '/sessions/ctl/reveal', headers: auth })).statusCode).toBe(200)
  })

  it('answers bad input with clear 4xx JSON errors', async () => {
    const { app } = await setup()
    const cases = [
      await app.inject({ method: 'POST', url: '/sessions', headers: auth, payload: { rounds: 0 } }),
      await app.inject({ method: 'POST', url: '/sessions', headers: auth, payload: { bogus: 1 } }),
      await app.inject({ method: 'POST', url: '/sessions', headers: { ...auth, 'content-type': 'application/json' }, payload: '{not json' }),
      await app.inject({ method: 'POST', url: '/sessions', headers: auth, payload: { mole: 'ghost' } }),
      await app.inject({ method: 'POST', url: '/sessions', headers: auth, payload: { profile: 'nope' } }),
      await app.inject({ method: 'GET', url: '/sessions/missing', headers: auth }),
      await app.inject({ method: 'GET', url: '/sessions/bad%20id', headers: auth }),
      await app.inject({ method: 'GET', url: '/sessions/missing/events?after=-1', headers: auth }),
    ]
    for (const res of cases) {
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400)
      expect(res.statusCode, res.body).toBeLessThan(500)
      expect(res.json().error.code).toEqual(expect.any(String))
    }
    expect(cases[3]?.json().error.message).toMatch(/ghost/)
    // The operator learns which profile is wrong, never where the server keeps its files.
    expect(cases[4]?.json().error).toMatchObject({ code: 'SESSION_BAD_PROFILE', message: expect.stringContaining('profiles/nope') })
    expect(cases[4]?.body).not.toContain(CONFIG_DIR)
    expect(cases[5]?.statusCode).toBe(404)
    const dup = await app.inject({ method: 'POST', url: '/sessions', headers: auth, payload: { session_id: 'twice' } })
    expect(dup.statusCode).toBe(201)
    expect((await app.inject({ method: 'POST', url: '/sessions', headers: auth, payload: { session_id: 'twice' } })).statusCode).toBe(409)
  })

  it('runs dashboard commands through the same session control, answering with acks', async () => {
    const { sessions } = await setup(defaultScript, 20)
    const start = await sessions.execute({ action: 'start', options: { rounds: 5, session_id: 'ws-1', mole: 'random', strategy: 'random' } })
    expect(start).toMatchObject({ ok: true, session_id: 'ws-1' })
    expect(await sessions.execute({ action: 'pause', session_id: 'ws-1' })).toMatchObject({ ok: true, result: { status: 'paused' } })
    expect(await sessions.execute({ action: 'order', session_id: 'ws-1', agent: 'nobody', text: 'x' })).toMatchObject({ ok: false, error: { code: 'SESSION_UNKNOWN_AGENT' } })
    expect(await sessions.execute({ action: 'stop', session_id: 'nope' })).toMatchObject({ ok: false, error: { code: 'SESSION_NOT_FOUND' } })
    expect(await sessions.execute({ action: 'stop', session_id: 'ws-1' })).toMatchObject({ ok: true, result: { status: 'stopped' } })
  })

  it('a failing audit log does not kill the session: it completes, streams, and the failure is logged once', async () => {
    const t = team()
    const sessions = new SessionManager({
      configDir: CONFIG_DIR, team: t, agentsWithSecrets: new Set(t.agents.map((a) => a.name)),
      makeModel: () => createScriptedModel(defaultScript), tools: fakeTools(), memory: createInProcessMemory(t.heist.memory),
      publish: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      },
      log: createEventLog(mkdtempSync(join(tmpdir(), 'heist-orch-'))),
    })
    const errors: string[] = []
    sessions.useLogger({ debug: () => undefined, warn: () => undefined, error: (_details, message) => errors.push(message) })
    const app = await buildApp({ config: { HEIST_OPERATOR_TOKEN: TOKEN, LOG_LEVEL: 'silent' }, deps: { sessions } })
    close = () => app.close()
    const started = await app.inject({ method: 'POST', url: '/sessions', headers: auth, payload: { rounds: 1, session_id: 'disk-full' } })
    expect(started.statusCode).toBe(201)
    await sessions.settled('disk-full')
    expect(sessions.get('disk-full').status).toBe('completed')
    const sse = await app.inject({ method: 'GET', url: '/sessions/disk-full/events?after=0', headers: auth })
    expect(parseSse(sse.body).at(-1)?.type).toBe('session_completed')
    expect(errors).toEqual(['cannot publish session events'])
  })

  it('closing (SIGTERM) with a client following the events ends the stream and suspends the session without ending it', async () => {
    const { app } = await setup(defaultScript, 50)
    await app.listen({ host: '127.0.0.1', port: 0 })
    const { port } = app.server.address() as { port: number }
    await app.inject({ method: 'POST', url: '/sessions', headers: auth, payload: { rounds: 50, session_id: 'long' } })
    const res = await fetch(`http://127.0.0.1:${port}/sessions/long/events`, { headers: auth })
    const body = res.text()
    // An open stream would hold the close for ever: 15 s tells that apart on a loaded machine too.
    const closed = await Promise.race([app.close().then(() => 'closed'), new Promise((r) => setTimeout(r, 15_000, 'still open'))])
    expect(closed).toBe('closed')
    // Suspended, not stopped: the next orchestrator resumes it from the log.
    expect(parseSse(await body).at(-1)).toMatchObject({ type: 'session_error', code: 'ORCHESTRATOR_SHUTDOWN' })
  })
})

describe('the CLI against the orchestrator API', () => {
  it('an option only the orchestrator can check (an unknown mole or profile) is a bad option: exit code 2, with its reason', async () => {
    const { app } = await setup()
    const url = await app.listen({ host: '127.0.0.1', port: 0 })
    const api = operatorApi(url, TOKEN)
    for (const [options, code] of [[{ mole: 'bob' }, 'SESSION_UNKNOWN_AGENT'], [{ profile: 'nope' }, 'SESSION_BAD_PROFILE']] as const) {
      const failure = await api.start(options).then(() => null, (error: unknown) => error)
      expect(failure).toBeInstanceOf(CliError)
      expect(failure).toMatchObject({ exitCode: 2, message: expect.stringContaining(code) })
    }
    // A refusal that is not about the options keeps exit code 1.
    const wrongToken = await operatorApi(url, 'not-the-operator-token').start({}).then(() => null, (error: unknown) => error)
    expect(wrongToken).toMatchObject({ exitCode: 1 })
  })
})
