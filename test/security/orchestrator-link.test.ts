/**
 * Threat: a second connection to the dashboard's `/ws/orchestrator`, holding a valid
 * orchestrator token (a stolen secret, a stray second orchestrator), takes over the link: it
 * receives the operator's start, pause and stop commands and answers them with fake
 * acknowledgements, or claims a running session. The link has one owner while it is live: a
 * second connection is refused before its upgrade (409) and the operator's commands keep going
 * to the real orchestrator; when the owner goes, its successor gets the link. Real processes.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { clientToken } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'
import { sharedFleet } from '../support/shared-fleet.js'

// The shared fleet (vitest.config.ts): session link-1 is this file's; the orchestrator it stops is back for the next file.
const fleet = sharedFleet()
let operator: Record<string, string>

const linkUrl = () => `${(fleet.urls.dashboard as string).replace(/^http/, 'ws')}/ws/orchestrator`
const linked = async () => ((await (await fetch(`${fleet.urls.dashboard}/api/analytics/overview`)).json()) as { orchestrator_connected: boolean }).orchestrator_connected

/** Try to open the link with `token`: the HTTP refusal, or the open socket and every frame it receives. */
function connect(token: string): Promise<{ status: number; code?: string } | { socket: WebSocket; frames: unknown[] }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(linkUrl(), { headers: { authorization: `Bearer ${token}` } })
    const frames: unknown[] = []
    socket.on('message', (data) => frames.push(JSON.parse(String(data))))
    socket.once('open', () => resolve({ socket, frames }))
    socket.once('unexpected-response', (_request, response) => {
      let text = ''
      response.on('data', (chunk: Buffer) => { text += String(chunk) })
      response.on('end', () => resolve({ status: response.statusCode ?? 0, code: (JSON.parse(text) as { error?: { code?: string } }).error?.code }))
    })
    socket.once('error', (error) => { if (socket.readyState !== WebSocket.CLOSED) reject(error) })
  })
}
const closed = (socket: WebSocket) => new Promise<void>((resolve) => { socket.once('close', () => resolve()); socket.close() })

beforeAll(async () => {
  operator = { authorization: `Bearer ${fleet.env.HEIST_OPERATOR_TOKEN}`, 'content-type': 'application/json' }
  await waitFor('the orchestrator to hold the link', linked, (up) => up, 30_000)
})

describe('the orchestrator link has one owner (real processes)', () => {
  it('refuses a second connection with a valid orchestrator token while the first is live; the operator\'s commands reach the real orchestrator', async () => {
    const intruder = await connect(await clientToken(fleet, 'orchestrator', { resource: 'dashboard' }))
    expect(intruder).toEqual({ status: 409, code: 'ORCHESTRATOR_LINK_TAKEN' })

    const start = await fetch(`${fleet.urls.dashboard}/api/sessions`, { method: 'POST', headers: operator, body: JSON.stringify({ session_id: 'link-1', rounds: 50, seed: 3 }) })
    expect(start.status).toBe(200)
    // The real orchestrator runs it: it pauses it, and its own API shows the session paused. Paused, the
    // session outlives the restart below (resumed from its log, still paused) whatever the machine's speed.
    const pause = await fetch(`${fleet.urls.dashboard}/api/sessions/link-1/pause`, { method: 'POST', headers: { authorization: operator.authorization as string } })
    expect(pause.status).toBe(200)
    const known = (await (await fetch(`${fleet.urls.orchestrator}/sessions/link-1`, { headers: operator })).json()) as { status?: string }
    expect(known.status).toBe('paused')
  })

  it('gives the link to the next orchestrator once the owner is gone, and refuses the old one while the new one holds it', async () => {
    await fleet.stop('orchestrator')
    await waitFor('the dashboard to see the link closed', linked, (up) => !up, 10_000)
    // Whoever connects first now owns the link (here a stand-in with the orchestrator's token)…
    const standIn = await connect(await clientToken(fleet, 'orchestrator', { resource: 'dashboard' }))
    if (!('socket' in standIn)) throw new Error(`the free link was refused: ${JSON.stringify(standIn)}`)
    const commands: string[] = []
    standIn.socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string; command_id?: string; command?: { action: string } }
      if (frame.type !== 'command') return
      commands.push(frame.command?.action ?? '?')
      standIn.socket.send(JSON.stringify({ type: 'ack', command_id: frame.command_id, ack: { ok: true, session_id: 'link-1' } }))
    })
    // …and a restarted orchestrator is refused (it retries) for as long as the link is held.
    await fleet.start('orchestrator')
    const resume = await fetch(`${fleet.urls.dashboard}/api/sessions/link-1/resume`, { method: 'POST', headers: { authorization: operator.authorization as string } })
    expect(resume.status).toBe(200)
    expect(commands).toEqual(['resume']) // one owner: the command went to it alone
    const held = (await (await fetch(`${fleet.urls.orchestrator}/sessions/link-1`, { headers: operator })).json()) as { status?: string }
    expect(held.status).toBe('paused')
    await closed(standIn.socket)
    await waitFor('the restarted orchestrator to take the free link', linked, (up) => up, 30_000)
    const stop = await fetch(`${fleet.urls.dashboard}/api/sessions/link-1/stop`, { method: 'POST', headers: { authorization: operator.authorization as string } })
    expect(stop.status).toBe(200)
    expect(commands).toEqual(['resume'])
  })

  it('left no error in any service log', () => {
    expect(fleet.errors()).toEqual([])
  })
})
