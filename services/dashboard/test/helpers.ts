import type { DashboardToBrowser, SessionEvent } from '@heist/shared'
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair } from 'jose'
import type { WebSocket } from 'ws'
import { buildApp, type DashboardApp, type DashboardDeps } from '../src/app.js'
import { openDb } from '../src/db.js'

export const OPERATOR_TOKEN = 'operator-token-for-tests-0123456789'
export const operator = { authorization: `Bearer ${OPERATOR_TOKEN}` }

export const AGENTS = ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout'].map((name, i) => ({
  name, role: `${name} role`, persona: 'p', tools: [], scopes: [], colour: `#00000${i}`,
}))

/** The fleet issuer and the dashboard's own resource identifier, as the test app is configured. */
export const ISSUER = 'http://oauth.test'
export const DASHBOARD_RESOURCE = 'http://dashboard.test'

/**
 * A local ES256 key standing in for the oauth service's JWKS; `sign` mints access tokens for the dashboard.
 * A dashboard run as a process checks its fleet's issuer and its own URL instead of the test app's
 * names: pass those (bench/dashboard-ws.ts does), or every token is refused with a 401.
 */
export async function createKeys(issuer = ISSUER, resource = DASHBOARD_RESOURCE) {
  const pair = await generateKeyPair('ES256')
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' }
  const keys = createLocalJWKSet({ keys: [jwk] })
  const sign = (scope: string, sub = 'orchestrator', audience = resource) => new SignJWT({ scope, client_id: sub })
    .setProtectedHeader({ alg: 'ES256', kid: 'k1', typ: 'at+jwt' }).setIssuer(issuer).setAudience(audience).setSubject(sub)
    .setJti(crypto.randomUUID()).setIssuedAt().setExpirationTime('10m').sign(pair.privateKey)
  return { keys, sign, jwks: { keys: [jwk] } }
}

export async function createTestApp(overrides: Partial<DashboardDeps> = {}, timeoutMs = 500): Promise<{ app: DashboardApp; sign: (scope: string, sub?: string) => Promise<string> }> {
  const { keys, sign } = await createKeys()
  const { createTokenVerifier } = await import('@heist/shared')
  const app = await buildApp({
    config: { LOG_LEVEL: 'silent', HEIST_OPERATOR_TOKEN: OPERATOR_TOKEN, HEIST_COMMAND_TIMEOUT_MS: timeoutMs },
    deps: { db: openDb(':memory:'), verify: createTokenVerifier({ issuer: ISSUER, audience: DASHBOARD_RESOURCE, keys }), agents: AGENTS, uiDir: null, ...overrides },
  })
  await app.ready()
  return { app, sign }
}

/** Collects the JSON frames a socket receives and waits for the ones a test expects. */
export class Frames<T = unknown> {
  readonly all: T[] = []
  private waiters: { match: (f: T) => boolean; resolve: (f: T) => void }[] = []
  constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as T
      this.all.push(frame)
      this.waiters = this.waiters.filter((w) => (w.match(frame) ? (w.resolve(frame), false) : true))
    })
  }
  next(match: (f: T) => boolean, timeoutMs = 2_000): Promise<T> {
    const seen = this.all.find(match)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.all.slice(-5))}`)), timeoutMs)
      this.waiters.push({ match, resolve: (f) => { clearTimeout(timer); resolve(f) } })
    })
  }
  send(frame: unknown): void {
    this.socket.send(JSON.stringify(frame))
  }
}
export type BrowserFrames = Frames<DashboardToBrowser>
export type OrchestratorFrame = { type: 'stored'; session_id: string; seq: number } | { type: 'command'; command_id: string; command: Record<string, unknown> }
  | { type: 'sync'; session_id: string; after_seq: number }


const ts = () => new Date().toISOString()

/** Event builders for a session. */
export function events(sessionId: string) {
  const base = (seq: number) => ({ session_id: sessionId, seq, ts: ts() })
  return {
    started: (seq = 1): SessionEvent => ({ ...base(seq), type: 'session_started', rounds: 2, turn_order: AGENTS.map((a) => a.name), agents: AGENTS.map(({ name, role, colour }) => ({ name, role, colour })), model: 'heist-sim' }),
    sealed: (seq: number, mole: string | null, strategy: 'false_info' | null = 'false_info'): SessionEvent => ({ ...base(seq), type: 'game_sealed', mole, strategy, seed: 42 }),
    round: (seq: number, round: number): SessionEvent => ({ ...base(seq), type: 'round_started', round }),
    message: (seq: number, agent: string, content: string, replyTo: string | null = null, round = 1): SessionEvent => ({
      ...base(seq), type: 'message', round, turn: seq, agent, message_id: `m${seq}`, content, reply_to: replyTo, prompt_tokens: 100, completion_tokens: 20, latency_ms: 50,
    }),
    delta: (seq: number, agent: string, delta: string): SessionEvent => ({ ...base(seq), type: 'token_delta', turn: seq, agent, delta }),
    toolCall: (seq: number, agent: string, callId: string, tool = 'calculator'): SessionEvent => ({ ...base(seq), type: 'tool_call', round: 1, turn: seq, agent, call_id: callId, tool, args: { expression: '1+1' } }),
    toolResult: (seq: number, agent: string, callId: string, ok: boolean, tool = 'calculator'): SessionEvent => ({
      ...base(seq), type: 'tool_result', round: 1, turn: seq, agent, call_id: callId, tool, ok, duration_ms: 3, ...(ok ? { result: '2' } : { error: { code: 'X', message: 'broken' } }),
    }),
    paused: (seq: number): SessionEvent => ({ ...base(seq), type: 'session_paused', reason: 'operator' }),
    completed: (seq: number): SessionEvent => ({ ...base(seq), type: 'session_completed', rounds: 2 }),
  }
}

export async function connectOrchestrator(app: DashboardApp, token: string) {
  let frames: Frames<OrchestratorFrame> | undefined
  await app.injectWS('/ws/orchestrator', { headers: { authorization: `Bearer ${token}` } }, { onInit: (ws) => { frames = new Frames(ws) } })
  return frames as Frames<OrchestratorFrame>
}

export async function connectBrowser(app: DashboardApp) {
  // Listen from the start: the welcome frame is sent as soon as the socket opens.
  let frames: Frames<DashboardToBrowser> | undefined
  await app.injectWS('/ws', {}, { onInit: (ws) => { frames = new Frames(ws) } })
  return frames as Frames<DashboardToBrowser>
}
