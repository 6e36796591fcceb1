import { CommandAck, FLEET, HealthReply } from '@heist/shared'
import { describe, expect, test } from 'vitest'
import { waitFor } from '../support/poll.js'
import { sharedFleet } from '../support/shared-fleet.js'

// The whole fleet exactly as `pnpm start` runs it, with the env the launcher computes for each
// service: every one must accept it and become healthy. (That closing a fleet stops every
// process is checked by every `startFleet` fleet's close.)
const fleet = sharedFleet()

// Each service's public path from the design's surface table, as its OpenAPI document names it.
const DOCUMENTED_PATH: Record<string, string> = {
  oauth: '/oauth/token',
  calculator: '/tools/calculator',
  'file-reader': '/tools/read_file',
  'db-query': '/tools/query_db',
  memory: '/memory/{session}/messages',
  dashboard: '/api/sessions',
  orchestrator: '/sessions',
  detection: '/detect',
  'llm-sim': '/v1/chat/completions',
}

describe('every service of the fleet, as the kit runs it', () => {
  test('sends the security headers on every reply, errors included', async () => {
    for (const s of FLEET) {
      for (const path of ['/health', '/no-such-route']) {
        const reply = await fetch(`${fleet.urls[s.name]}${path}`)
        const where = `${s.name} ${path}`
        expect(reply.headers.get('x-content-type-options'), where).toBe('nosniff')
        expect(reply.headers.get('x-frame-options'), where).toBe('DENY')
        // The dashboard serves a page: helmet's full set. The others are JSON APIs: the REST set.
        if (s.name === 'dashboard') expect(reply.headers.get('referrer-policy'), where).toBe('no-referrer')
        else expect(reply.headers.get('cache-control'), where).toBe('no-store')
        expect(reply.headers.get('content-security-policy'), where).toContain("frame-ancestors 'none'")
      }
    }
  })

  test('the dashboard page cannot be framed and talks only to its own origin', async () => {
    const page = await fetch(`${fleet.urls.dashboard}/`)
    expect(page.headers.get('content-type')).toContain('text/html')
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(page.headers.get('x-frame-options')).toBe('DENY')
  })

  test('serves an OpenAPI 3.0.3 document at /openapi.json, generated from its route schemas', async () => {
    for (const s of FLEET) {
      const reply = await fetch(`${fleet.urls[s.name]}/openapi.json`)
      expect(reply.status, s.name).toBe(200)
      const doc = (await reply.json()) as { openapi: string; info: { title: string }; paths: Record<string, unknown> }
      expect(doc.openapi, s.name).toBe('3.0.3')
      expect(doc.info.title, s.name).toBe(`Heist ${s.name}`)
      expect(Object.keys(doc.paths), s.name).toContain(DOCUMENTED_PATH[s.name])
    }
  })
})

describe('the whole fleet from the launcher', () => {
  test('every service of the fleet table starts and reports healthy', async () => {
    expect([...fleet.started].sort()).toEqual(FLEET.map((s) => s.name).sort())
    for (const s of FLEET) {
      const reply = HealthReply.parse(await (await fetch(`${fleet.urls[s.name]}/health`)).json())
      expect(reply.service, s.name).toBe(s.name)
    }
  })

  test('the dashboard URL the launcher prints opens the page', async () => {
    const page = await fetch(`${fleet.urls.dashboard}/?token=${fleet.env.HEIST_OPERATOR_TOKEN}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<html')
  })

  test('with the operator token a heist starts and agents talk, through every service', async () => {
    const start = (token: string) => fetch(`${fleet.urls.dashboard}/api/sessions`, {
      // Rounds enough that it is still running when stopped below (the default five once could end first).
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ rounds: 50 }),
    })
    expect((await start('not-the-operator-token-at-all')).status).toBe(401)
    const reply = await start(fleet.env.HEIST_OPERATOR_TOKEN ?? '')
    expect(reply.status).toBe(200)
    const ack = CommandAck.parse(await reply.json())
    expect(ack.ok).toBe(true)
    const events = async () => {
      const response = await fetch(`${fleet.urls.dashboard}/api/sessions/${ack.session_id}/events`)
      return ((await response.json()) as { events?: { type: string }[] }).events ?? []
    }
    const talked = await waitFor('two messages stored by the dashboard', events, (list) => list.filter((e) => e.type === 'message').length >= 2, 60_000)
    expect(talked.map((e) => e.type)).toContain('message')
    // Stopped, not left running: the fleet is shared with the files that run after this one.
    const stop = await fetch(`${fleet.urls.dashboard}/api/sessions/${ack.session_id}/stop`, { method: 'POST', headers: { authorization: `Bearer ${fleet.env.HEIST_OPERATOR_TOKEN}` } })
    expect(stop.status).toBe(200)
    const status = async () => ((await (await fetch(`${fleet.urls.dashboard}/api/sessions/${ack.session_id}`)).json()) as { status?: string }).status
    await waitFor('the session to be stopped', status, (s) => s === 'stopped', 30_000)
  })
})
