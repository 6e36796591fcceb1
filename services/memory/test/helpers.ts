import { createPrivateKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto'
import { createTokenVerifier, loadConfig } from '@heist/shared'
import { buildApp } from '../src/app.js'
import type { ChatFn, ChatRequest } from '../src/chat.js'
import { MemoryEnv } from '../src/config.js'
import { openDatabase } from '../src/db.js'

const ISSUER = 'heist-oauth'
const AUDIENCE = 'heist-fleet'
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** An ES256 access token as the oauth service issues them, signed with a local test key. */
export function mintToken(scopes: string[], options: { key?: KeyObject; expiresIn?: number } = {}): string {
  const now = Math.floor(Date.now() / 1000)
  const claims = { iss: ISSUER, sub: 'orchestrator', aud: AUDIENCE, scope: scopes.join(' '), iat: now, exp: now + (options.expiresIn ?? 300), jti: randomUUID(), client_id: 'orchestrator' }
  const input = `${b64url({ alg: 'ES256', typ: 'JWT', kid: 'test' })}.${b64url(claims)}`
  const signature = sign('sha256', Buffer.from(input), { key: options.key ?? privateKey, dsaEncoding: 'ieee-p1363' })
  return `${input}.${signature.toString('base64url')}`
}

/** A key the service does not trust. */
export const foreignKey = createPrivateKey(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' }))

export const READ = { authorization: `Bearer ${mintToken(['memory:read'])}` }
export const WRITE = { authorization: `Bearer ${mintToken(['memory:write'])}` }
export const BOTH = { authorization: `Bearer ${mintToken(['memory:read', 'memory:write'])}` }

/** A scripted summariser that records every request it gets. */
export function scriptedChat(answer: (request: ChatRequest, call: number) => string | null | Promise<string | null> = (_r, call) => `Summary ${call}.`) {
  const calls: ChatRequest[] = []
  const chat: ChatFn = async (request) => {
    calls.push(request)
    return { content: await answer(request, calls.length) }
  }
  return { chat, calls }
}

export async function buildTestApp(chat: ChatFn, env: Record<string, string> = {}) {
  const config = loadConfig(MemoryEnv, { LOG_LEVEL: 'silent', ...env })
  const verify = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys: async () => publicKey })
  return buildApp({ config, deps: { db: openDatabase(':memory:'), chat, verify } })
}

export function message(i: number, content = `Message ${i}: the guard at door ${i} changes shift at 0${i % 10}:30.`) {
  const agents = ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout']
  return { message_id: `m-${i}`, agent: agents[i % agents.length] as string, round: Math.floor(i / 6) + 1, content }
}
