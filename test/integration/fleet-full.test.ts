import { CommandAck, FLEET, HealthReply } from '@heist/shared'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { eventually, startFleet, type TestFleet } from '../support/fleet.js'

// The whole fleet exactly as `pnpm start` runs it, with the env the launcher computes for each
// service: every one must accept it and become healthy.
let fleet: TestFleet

beforeAll(async () => {
  fleet = await startFleet()
})

afterAll(async () => {
  await fleet?.close()
})

describe('the whole fleet from the launcher', () => {
  test('every service of the fleet table starts and reports healthy', async () => {
    expect(fleet.skipped).toEqual([])
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
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}',
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
    const talked = await eventually(events, (list) => list.filter((e) => e.type === 'message').length >= 2, 60_000)
    expect(talked.value.map((e) => e.type)).toContain('message')
    await fetch(`${fleet.urls.dashboard}/api/sessions/${ack.session_id}/stop`, { method: 'POST', headers: { authorization: `Bearer ${fleet.env.HEIST_OPERATOR_TOKEN}` } })
  })

  test('closing the fleet stops every process', async () => {
    await fleet.close()
    for (const s of FLEET) await expect(fetch(`${fleet.urls[s.name]}/health`), s.name).rejects.toThrow()
  })
})
