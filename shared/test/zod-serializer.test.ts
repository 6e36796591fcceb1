import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { CalcResult, createServiceApp, REPLY_CHECKS_DEFAULT } from '../src/index.js'

const Thing = z.object({ name: z.string(), count: z.number().int(), tags: z.array(z.string()), extra: z.unknown().optional() })

/** An app whose one route replies with `reply` under the schema `response`. */
async function replying(checkReplies: boolean, response: z.ZodType, reply: unknown) {
  const app = await createServiceApp({ name: 'probe', logLevel: 'silent', checkReplies })
  app.get('/thing', { schema: { response: { 200: response } } }, () => reply)
  return app.inject('/thing')
}

const good = { name: 'vault "B"\n', count: 3, tags: ['a', 'é'], extra: { nested: [1, null] } }

describe('reply serializer', () => {
  test('tests run with replies checked against the zod contract (vitest sets NODE_ENV=test)', () => {
    expect(REPLY_CHECKS_DEFAULT).toBe(true)
  })

  test('a reply that keeps its contract is written the same, checked or not: zod\'s parse then JSON.stringify', async () => {
    const exact = JSON.stringify(Thing.parse(good))
    for (const checked of [true, false]) {
      const reply = await replying(checked, Thing, { ...good, secret: 'not in the contract' })
      expect(reply.statusCode).toBe(200)
      expect(reply.body).toBe(exact)
      expect(reply.body).not.toContain('secret')
    }
    const calc = { tool: 'calculator', result: '1 + 1 = 2', data: { expression: '1 + 1', value: 2, internal: true } }
    expect((await replying(false, CalcResult, calc)).body).toBe(JSON.stringify(CalcResult.parse(calc)))
  })

  test('checked (every test run), a reply that breaks the contract is a 500; in service fast-json-stringify coerces it: the trade', async () => {
    const broken = { ...good, count: 2.5, name: 7 }
    const checked = await replying(true, Thing, broken)
    expect(checked.statusCode).toBe(500)
    expect(checked.json()).toMatchObject({ error: { code: 'INTERNAL' } })
    const unchecked = await replying(false, Thing, broken)
    expect(unchecked.statusCode).toBe(200)
    expect(unchecked.json()).toMatchObject({ name: '7', count: 2 })
    // A missing required field is refused either way.
    expect((await replying(false, Thing, { name: 'x', tags: [] })).statusCode).toBe(500)
  })

  test('a schema whose output fast-json-stringify would not write the same (a default, a union, a transform, untyped array items) keeps zod on every reply', async () => {
    const WithDefault = z.object({ name: z.string(), mode: z.string().default('safe') })
    const Union = z.union([z.object({ a: z.string() }), z.object({ b: z.number() })])
    const Transformed = z.object({ at: z.string().transform((s) => s.toUpperCase()) })
    expect((await replying(false, WithDefault, { name: 'x' })).json()).toEqual({ name: 'x', mode: 'safe' })
    expect((await replying(false, Union, { a: 'x', internal: 1 })).json()).toEqual({ a: 'x' })
    expect((await replying(false, Transformed, { at: 'noon' })).json()).toEqual({ at: 'NOON' })
    // An array of unknown items: fast-json-stringify would write an undefined item as `undefined`.
    const Rows = z.object({ rows: z.array(z.unknown()) })
    expect((await replying(false, Rows, { rows: [1, undefined] })).body).toBe('{"rows":[1,null]}')
    // A required unknown property that is undefined (zod accepts it): fast-json-stringify wrote `{"args":undefined}`, a 200 that is not JSON.
    const Call = z.object({ tool: z.string(), args: z.unknown() })
    for (const checked of [true, false]) {
      const reply = await replying(checked, Call, { tool: 'x', args: undefined })
      expect(reply.statusCode).toBe(200)
      expect(reply.body).toBe('{"tool":"x"}')
    }
  })
})
