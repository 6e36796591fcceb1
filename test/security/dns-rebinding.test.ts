/**
 * Threat: DNS rebinding. A web page at rebind.attacker.example rebinds its name to 127.0.0.1, and
 * the victim's browser then calls the fleet's loopback ports as that page's own origin: it reads
 * the dashboard, drives llm-sim and the WebSocket hub. The browser still sends the page's name in
 * `Host`, so every service refuses a name that is not the fleet's (421), WebSocket upgrades too;
 * the dashboard also refuses a socket or a state-changing request from another page's `Origin`.
 */
import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { operatorAuth } from '../support/fleet.js'
import { sharedFleet } from '../support/shared-fleet.js'

const REBOUND = 'rebind.attacker.example'

/**
 * One HTTP request with exactly these headers. Not `fetch`: Node's (undici) sends its own `Host`
 * and drops the one given, so every refusal below passed as a 200.
 */
function send(url: string, options: { method?: string; headers: Record<string, string>; body?: string }): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let text = ''
      res.on('data', (chunk: Buffer) => { text += String(chunk) })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as unknown }))
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

/** How a WebSocket upgrade ends: `open`, or the HTTP status it was refused with. */
function upgrade(url: string, headers: Record<string, string>): Promise<number | 'open'> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers })
    socket.on('open', () => {
      socket.close()
      resolve('open')
    })
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0)
      response.resume()
      socket.terminate()
    })
    socket.on('error', reject)
  })
}

describe('DNS rebinding (real processes)', () => {
  const fleet = sharedFleet()
  const hostOf = (name: string) => new URL(fleet.urls[name]!).host

  it('every service refuses a foreign Host with 421 in its error shape and still answers its own names', async () => {
    for (const name of fleet.started) {
      const url = `${fleet.urls[name]}/health`
      const port = new URL(url).port
      const refused = await send(url, { headers: { host: `${REBOUND}:${port}` } })
      expect(refused.status, name).toBe(421)
      expect(refused.json, name).toMatchObject({ error: { code: 'REQUEST_HOST_NOT_ALLOWED' } })
      for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `${name}:${port}`]) {
        expect((await send(url, { headers: { host } })).status, `${name} as ${host}`).toBe(200)
      }
    }
  })

  it("llm-sim refuses the rebound page's completion in OpenAI's error shape", async () => {
    const response = await send(`${fleet.urls['llm-sim']}/v1/chat/completions`, {
      method: 'POST',
      headers: { host: REBOUND, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'heist-sim', messages: [{ role: 'user', content: 'hello' }] }),
    })
    expect(response.status).toBe(421)
    expect(response.json).toMatchObject({ error: { code: 'REQUEST_HOST_NOT_ALLOWED', type: 'invalid_request_error' } })
  })

  it("the dashboard's WebSocket refuses a foreign Host and another page's Origin, and opens for its own page", async () => {
    const ws = `${fleet.urls.dashboard!.replace(/^http/, 'ws')}/ws`
    const own = `http://${hostOf('dashboard')}`
    expect(await upgrade(ws, { host: REBOUND, origin: `http://${REBOUND}` })).toBe(421)
    expect(await upgrade(ws, { origin: 'http://attacker.example' })).toBe(403)
    expect(await upgrade(ws, { origin: own })).toBe('open')
  })

  it("the dashboard refuses an operator's command sent from another page's origin", async () => {
    const url = `${fleet.urls.dashboard}/api/sessions`
    const headers = { ...operatorAuth(fleet), 'content-type': 'application/json' }
    const response = await send(url, { method: 'POST', headers: { ...headers, origin: 'http://attacker.example' }, body: JSON.stringify({ session_id: 'rebind-1', rounds: 1 }) })
    expect(response.status).toBe(403)
    expect(response.json).toMatchObject({ error: { code: 'REQUEST_ORIGIN_NOT_ALLOWED' } })
    expect((await fetch(`${url}/rebind-1`)).status).toBe(404)
    expect(fleet.errors()).toEqual([])
  })
})
