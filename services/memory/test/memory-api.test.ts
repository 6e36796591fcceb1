import { countTokens } from 'gpt-tokenizer'
import { afterEach, describe, expect, test } from 'vitest'
import { MemoryContext, MemoryStats } from '@heist/shared'
import { BOTH, buildTestApp, message, READ, scriptedChat, WRITE } from './helpers.js'

type App = Awaited<ReturnType<typeof buildTestApp>>
let app: App
afterEach(async () => app?.close())

async function post(i: number, query = '', body: object = message(i)) {
  return app.inject({ method: 'POST', url: `/memory/s1/messages${query}`, headers: WRITE, payload: body })
}
async function context(budget = 1500, session = 's1') {
  const reply = await app.inject({ url: `/memory/${session}/context?agent=planner&budget=${budget}`, headers: READ })
  expect(reply.statusCode).toBe(200)
  return MemoryContext.parse(reply.json())
}

describe('storing messages', () => {
  test('a retried message_id is stored once', async () => {
    app = await buildTestApp(scriptedChat().chat)
    expect((await post(0)).json()).toEqual({ stored: true, message_count: 1, compressed: false })
    expect((await post(0)).json()).toEqual({ stored: false, message_count: 1, compressed: false })
    expect((await context()).recent.map((m) => m.message_id)).toEqual(['m-0'])
  })

  test('the same message_id with different content is a 409', async () => {
    app = await buildTestApp(scriptedChat().chat)
    await post(0)
    const reply = await post(0, '', { ...message(0), content: 'something else' })
    expect(reply.statusCode).toBe(409)
    expect(reply.json().error.code).toBe('MEMORY_MESSAGE_CONFLICT')
  })

  test('an unknown session has an empty context, not a 404', async () => {
    app = await buildTestApp(scriptedChat().chat)
    expect(await context(1500, 'never-seen')).toEqual({ session_id: 'never-seen', summary: null, recent: [], total_tokens: 0, message_count: 0 })
  })
})

describe('compression', () => {
  test('starts past the threshold, keeps the newest 6 verbatim and covers the rest', async () => {
    const { chat, calls } = scriptedChat()
    app = await buildTestApp(chat)
    for (let i = 0; i < 10; i++) expect((await post(i)).json().compressed).toBe(false)
    expect(calls).toHaveLength(0)
    expect((await post(10)).json()).toEqual({ stored: true, message_count: 11, compressed: true })
    const ctx = await context()
    expect(ctx.summary).toMatchObject({ text: 'Summary 1.', covers_through: 4, method: 'model' })
    expect(ctx.recent.map((m) => m.message_id)).toEqual(['m-5', 'm-6', 'm-7', 'm-8', 'm-9', 'm-10'])
    expect(calls[0]?.messages[0]?.content).toMatch(/^You are a concise summarizer of a heist-planning conversation/)
    expect(calls[0]?.messages[1]?.content).toContain('Previous summary:\n(none)\n\nNew messages:\n[planner] Message 0:')
  })

  test('is incremental: the second prompt holds the previous summary and only the new messages', async () => {
    const { chat, calls } = scriptedChat((_r, call) => (call === 1 ? 'Vault opens at 02:30; Chen guards the night shift.' : 'Updated.'))
    app = await buildTestApp(chat)
    for (let i = 0; i < 16; i++) await post(i)
    expect(calls).toHaveLength(2)
    const prompt = calls[1]?.messages[1]?.content ?? ''
    expect(prompt).toContain('Previous summary:\nVault opens at 02:30; Chen guards the night shift.')
    const included = [...prompt.matchAll(/Message (\d+):/g)].map((m) => Number(m[1]))
    expect(included).toEqual([5, 6, 7, 8, 9])
    expect((await context()).summary).toMatchObject({ text: 'Updated.', covers_through: 9 })
  })

  test("the session's heist.yaml settings sent with each write decide when and how much is compressed", async () => {
    app = await buildTestApp(scriptedChat().chat)
    for (let i = 0; i < 7; i++) await post(i, '?compression_threshold_messages=6&recent_messages=2')
    expect((await context()).summary?.covers_through).toBe(4) // with the defaults (10, 6) nothing is compressed yet
    await app.close()
    app = await buildTestApp(scriptedChat().chat)
    for (let i = 0; i < 7; i++) await post(i)
    expect((await context()).summary).toBeNull()
  })

  test('summary_max_tokens bounds the stored summary', async () => {
    const long = Array.from({ length: 80 }, (_, i) => `Fact ${i}: guard ${i} walks the east corridor at 0${i % 10}:15.`).join(' ')
    const summaryTokens = async (query: string) => {
      app = await buildTestApp(scriptedChat(() => long).chat)
      for (let i = 0; i < 11; i++) await post(i, query)
      const stats = MemoryStats.parse((await app.inject({ url: '/memory/s1/stats', headers: READ })).json())
      await app.close()
      return stats.summary_tokens
    }
    const small = await summaryTokens('?summary_max_tokens=40')
    const large = await summaryTokens('?summary_max_tokens=400')
    expect(small).toBeGreaterThan(0)
    expect(small).toBeLessThanOrEqual(40)
    expect(large).toBeGreaterThan(40)
    expect(large).toBeLessThanOrEqual(400)
  })

  test('concurrent posts never summarise the same range twice', async () => {
    const { chat, calls } = scriptedChat(async (_r, call) => {
      await new Promise((resolve) => setTimeout(resolve, 20))
      return `Summary ${call}.`
    })
    app = await buildTestApp(chat)
    const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => post(i)))
    expect(replies.every((r) => r.statusCode === 200)).toBe(true)
    const summarised = calls.flatMap((c) => [...(c.messages[1]?.content ?? '').matchAll(/Message (\d+):/g)].map((m) => Number(m[1])))
    expect(new Set(summarised).size).toBe(summarised.length)
    const stats = MemoryStats.parse((await app.inject({ url: '/memory/s1/stats', headers: READ })).json())
    expect(stats).toMatchObject({ messages: 40, compressions: calls.length })
    expect(stats.covers_through).toBe(summarised.length - 1)
  })
})

describe('the model failing', () => {
  const facts = (i: number) => i === 2 ? 'Intel says Chen and Williams guard the vault from 00:00 to 08:00. Sounds fine.' : `ok ${i}`

  test.each([
    ['throws', () => { throw new Error('connection refused') }],
    ['returns nothing', () => '   '],
  ])('falls back to an extractive summary when the model %s', async (_name, answer) => {
    app = await buildTestApp(scriptedChat(answer).chat)
    for (let i = 0; i < 11; i++) await post(i, '', message(i, facts(i)))
    const ctx = await context()
    expect(ctx.summary?.method).toBe('extractive')
    expect(ctx.summary?.text).toContain('[safecracker] Intel says Chen and Williams guard the vault from 00:00 to 08:00.')
    expect(ctx.summary?.text).not.toContain('Sounds fine')
    const stats = (await app.inject({ url: '/memory/s1/stats', headers: READ })).json()
    expect(stats.extractive_compressions).toBe(1)
  })
})

describe('the context budget', () => {
  test('total stays within the budget, keeping the newest messages', async () => {
    app = await buildTestApp(scriptedChat(() => 'The plan: '.repeat(60)).chat)
    const long = (i: number) => message(i, `Message ${i}: ${'the vault door has a three hour time lock and sixteen cameras. '.repeat(4)}`)
    for (let i = 0; i < 30; i++) await post(i, '', long(i))
    for (const budget of [64, 200, 500, 1500]) {
      const ctx = await context(budget)
      const counted = (ctx.summary ? countTokens(ctx.summary.text) : 0) + ctx.recent.reduce((n, m) => n + countTokens(`[${m.agent}] ${m.content}`), 0)
      expect(counted).toBeLessThanOrEqual(budget)
      expect(ctx.total_tokens).toBe(counted)
      if (ctx.recent.length > 0) expect(ctx.recent.at(-1)?.message_id).toBe('m-29')
    }
    // Compressions ran at 11, 16, 21 and 26 messages: 20-29 are not yet covered and all fit.
    const full = await context(1500)
    expect(full.summary?.covers_through).toBe(19)
    expect(full.recent.map((m) => m.message_id)).toEqual(Array.from({ length: 10 }, (_, i) => `m-${20 + i}`))
  })
})

describe('auth and bad input', () => {
  test('no token is a 401 with a Bearer challenge; the wrong scope is a 403', async () => {
    app = await buildTestApp(scriptedChat().chat)
    const anonymous = await app.inject({ method: 'POST', url: '/memory/s1/messages', payload: {} })
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer realm=/)
    const readOnly = await app.inject({ method: 'POST', url: '/memory/s1/messages', headers: READ, payload: message(0) })
    expect(readOnly.statusCode).toBe(403)
    expect(readOnly.json().error.code).toBe('AUTH_INSUFFICIENT_SCOPE')
    expect((await app.inject({ url: '/memory/s1/context', headers: WRITE })).statusCode).toBe(403)
    expect((await app.inject({ method: 'DELETE', url: '/memory/s1', headers: READ })).statusCode).toBe(403)
  })

  test.each([
    ['missing fields', '/memory/s1/messages', { message_id: 'x' }],
    ['a bad agent name', '/memory/s1/messages', { ...message(0), agent: 'Robert Tables' }],
    ['a negative round', '/memory/s1/messages', { ...message(0), round: -1 }],
    ['a bad session id', '/memory/bad%20id!/messages', message(0)],
    ['a bad threshold', '/memory/s1/messages?compression_threshold_messages=abc', message(0)],
    ['a threshold below 2', '/memory/s1/messages?compression_threshold_messages=1', message(0)],
    ['a setting under a name heist.yaml does not use', '/memory/s1/messages?threshold=6', message(0)],
  ])('%s is a 400', async (_name, url, payload) => {
    app = await buildTestApp(scriptedChat().chat)
    const reply = await app.inject({ method: 'POST', url, headers: BOTH, payload })
    expect(reply.statusCode).toBe(400)
    expect(reply.json().error.code).toBe('REQUEST_VALIDATION')
  })

  test('a budget below 64 tokens is a 400', async () => {
    app = await buildTestApp(scriptedChat().chat)
    expect((await app.inject({ url: '/memory/s1/context?budget=10', headers: READ })).statusCode).toBe(400)
  })
})

describe('stats and delete', () => {
  test('delete forgets a session and its summary', async () => {
    app = await buildTestApp(scriptedChat().chat)
    for (let i = 0; i < 12; i++) await post(i)
    const deleted = await app.inject({ method: 'DELETE', url: '/memory/s1', headers: WRITE })
    expect(deleted.json()).toEqual({ session_id: 's1', deleted: true, messages: 12 })
    expect((await context()).summary).toBeNull()
    expect((await app.inject({ url: '/memory/s1/stats', headers: READ })).json()).toMatchObject({ messages: 0, compressions: 0, covers_through: -1 })
    expect((await post(0)).json()).toEqual({ stored: true, message_count: 1, compressed: false })
  })
})
