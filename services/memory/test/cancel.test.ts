import { once } from 'node:events'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, test } from 'vitest'
import { createHttpClient, MemoryStats, MemoryStored, UpstreamError } from '@heist/shared'
import { createChatClient } from '@heist/shared/chat-client'
import { BOTH, buildTestApp, message } from './helpers.js'

// The real chat client against a model that takes its time, and the memory service listening on
// 127.0.0.1 called by the shared HTTP client, as the orchestrator calls it. The model's timeout is
// longer than the test's, so only a cancellation can make these pass.
const SLOW_MODEL_TIMEOUT_MS = 120_000

type App = Awaited<ReturnType<typeof buildTestApp>>
let app: App | undefined
let model: ReturnType<typeof createServer> | undefined
afterEach(async () => {
  await closeApp()
  model?.closeAllConnections()
  model?.close()
})

/**
 * Close the app, and the connections fetch opened ahead of need: one that never carried a request
 * is not idle to Node's server.close() and would hold it until the headers timeout.
 */
async function closeApp() {
  const closing = app?.close()
  app?.server.closeAllConnections()
  await closing
  app = undefined
}

/** Resolves when the connection of a request the model holds is closed by its caller. */
const closed = (request: IncomingMessage) => new Promise<void>((resolve) => request.socket.once('close', () => resolve()))

/** An OpenAI-compatible model that answers nothing until told to; reports each request it holds. */
async function slowModel() {
  const held: IncomingMessage[] = []
  const arrived: ((request: IncomingMessage) => void)[] = []
  model = createServer((request) => {
    held.push(request)
    arrived.shift()?.(request)
  })
  model.listen(0, '127.0.0.1')
  await once(model, 'listening')
  const { port } = model.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    /** The next summary request to reach the model. */
    next: () => new Promise<IncomingMessage>((resolve) => arrived.push(resolve)),
  }
}

async function listeningMemory(baseUrl: string) {
  const chat = createChatClient({ baseUrl, apiKey: 'x', model: 'heist-sim', timeoutMs: SLOW_MODEL_TIMEOUT_MS })
  app = await buildTestApp(chat)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as AddressInfo
  const client = createHttpClient({ service: 'memory', baseUrl: `http://127.0.0.1:${port}`, timeoutMs: SLOW_MODEL_TIMEOUT_MS })
  // Ten messages: the eleventh passes the threshold and asks the model for a summary.
  for (let i = 0; i < 10; i++) await client.request({ path: '/memory/s1/messages', body: message(i), schema: MemoryStored, headers: BOTH })
  const stats = async () => MemoryStats.parse((await app?.inject({ url: '/memory/s1/stats', headers: BOTH }))?.json())
  return { client, stats }
}

describe('summaries are cancelled with the call that asked for them', () => {
  test('a caller that aborts (a stopped session) cancels the model call; the message stays, no summary is saved', async () => {
    const slow = await slowModel()
    const { client, stats } = await listeningMemory(slow.baseUrl)
    const atModel = slow.next()
    const caller = new AbortController()
    const post = client.request({ path: '/memory/s1/messages', body: message(10), schema: MemoryStored, headers: BOTH, signal: caller.signal })
    const held = await atModel
    const cancelled = closed(held)
    caller.abort(new Error('session stopped'))
    await expect(post).rejects.toThrow('session stopped')
    // The model's connection closes: memory gave up its call instead of waiting it out.
    await cancelled
    // Stored, not summarised (the extractive fallback is not used for an abort either).
    expect(await stats()).toMatchObject({ messages: 11, compressions: 0, covers_through: -1 })
  })

  test('stopping the service cancels a summary in flight: 503 SERVICE_STOPPING, and it closes without waiting for the model', async () => {
    const slow = await slowModel()
    const { client } = await listeningMemory(slow.baseUrl)
    const atModel = slow.next()
    const post = client.request({ path: '/memory/s1/messages', body: message(10), schema: MemoryStored, headers: BOTH })
    const held = await atModel
    const cancelled = closed(held)
    const closing = app?.close()
    const error = await post.then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(UpstreamError)
    expect(error).toMatchObject({ upstreamStatus: 503, code: 'SERVICE_STOPPING' })
    await cancelled
    await closing
  })
})
