import { createTokenVerifier, loadConfig } from '@heist/shared'
import { createTestSigner, TEST_AUDIENCE, TEST_ISSUER } from '../../../shared/test/tool-tokens.js'
import { buildApp, type MemoryDeps } from '../src/app.js'
import type { ChatCompletionRequest as ChatRequest, ChatFn } from '@heist/shared/chat-client'
import { MemoryEnv } from '../src/env.js'
import { openDatabase } from '../src/db.js'

/** Stands in for the oauth service: the orchestrator's tokens, signed with a local test key. */
const signer = await createTestSigner()
const bearer = async (scopes: string[]) => ({ authorization: `Bearer ${await signer.token('orchestrator', scopes)}` })

export const READ = await bearer(['memory:read'])
export const WRITE = await bearer(['memory:write'])
export const BOTH = await bearer(['memory:read', 'memory:write'])

/** A scripted summariser that records every request it gets. */
export function scriptedChat(answer: (request: ChatRequest, call: number) => string | null | Promise<string | null> = (_r, call) => `Summary ${call}.`) {
  const calls: ChatRequest[] = []
  const chat: ChatFn = async (request) => {
    calls.push(request)
    return { content: (await answer(request, calls.length)) ?? '', toolCalls: [], usage: null }
  }
  return { chat, calls }
}

export async function buildTestApp(chat: ChatFn, env: Record<string, string> = {}, deps: Pick<MemoryDeps, 'templateOpensBlock'> = {}) {
  const config = loadConfig(MemoryEnv, { LOG_LEVEL: 'silent', ...env })
  const verify = createTokenVerifier({ issuer: TEST_ISSUER, audience: TEST_AUDIENCE, keys: signer.keys })
  return buildApp({ config, deps: { db: openDatabase(':memory:'), chat, verify, ...deps } })
}

export function message(i: number, content = `Message ${i}: the guard at door ${i} changes shift at 0${i % 10}:30.`) {
  const agents = ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout']
  return { message_id: `m-${i}`, agent: agents[i % agents.length] as string, round: Math.floor(i / 6) + 1, content }
}
