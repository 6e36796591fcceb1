import { validatorCompiler } from 'fastify-type-provider-zod'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { CalcRequest, createServiceApp, QueryRequest } from '../src/index.js'
import { bodyValidatorCompiler, plainStringFields, quickSafeParse } from '../src/zod-validator.js'

const Stripping = z.object({ a: z.string().min(2), b: z.string().max(3) })

/** Bodies of every kind a client may send: valid, short, long, wrong types, extra keys, not objects. */
function bodies(field: string): unknown[] {
  const out: unknown[] = [
    {}, [], null, 'text', 7, true, [{ [field]: 'x' }],
    { [field]: '' }, { [field]: 'x' }, { [field]: '45 * 60' }, { [field]: 'é'.repeat(500) }, { [field]: 'x'.repeat(501) },
    { [field]: '😀'.repeat(250) }, { [field]: '😀'.repeat(251) }, { [field]: 5 }, { [field]: null }, { [field]: ['x'] },
    { [field]: 'x', other: 1 }, { other: 'x' }, { [field]: 'x', [`${field}2`]: 'y' },
    Object.assign(Object.create({ [field]: 'inherited' }) as object, {}),
    Object.assign(Object.create({ extra: 'inherited' }) as object, { [field]: 'x' }),
    { a: 'xy', b: 'abc' }, { a: 'x', b: 'abc' }, { a: 'xy', b: 'abcd' }, { a: 'xy', b: 'a', c: 'z' }, { b: 'a', a: 'xy' },
  ]
  // Random strings and shapes around the bounds (a fixed seed: the same cases every run).
  let seed = 7
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
  for (let i = 0; i < 300; i++) {
    const length = Math.floor(next() * 2100)
    const text = String.fromCharCode(...Array.from({ length: Math.min(length, 2100) }, () => 32 + Math.floor(next() * 95)))
    out.push(next() < 0.8 ? { [field]: text } : { [field]: text, extra: text })
  }
  return out
}

const route = (schema: z.ZodType) => ({ schema, method: 'POST', url: '/x', httpPart: 'body' as const })

describe('body validator', () => {
  test('reads the fields of a plain string object, and nothing else', () => {
    expect(plainStringFields(CalcRequest)).toEqual([{ name: 'expression', min: 1, max: 500 }])
    expect(plainStringFields(QueryRequest)).toEqual([{ name: 'query', min: 1, max: 2000 }])
    expect(plainStringFields(Stripping)).toEqual([{ name: 'a', min: 2, max: Number.POSITIVE_INFINITY }, { name: 'b', min: 0, max: 3 }])
    for (const other of [
      z.object({ a: z.string().trim() }), z.object({ a: z.string().regex(/x/) }), z.object({ a: z.string().optional() }),
      z.object({ a: z.string().default('x') }), z.object({ a: z.coerce.string() }), z.object({ a: z.number() }),
      z.object({ a: z.string() }).passthrough(), z.object({ a: z.string() }).refine(() => true), z.object({ a: z.string().email() }),
      z.object({ a: z.string().min(1).refine((s) => s !== 'x') }), z.string(), z.array(z.string()),
    ]) expect(plainStringFields(other)).toBeUndefined()
  })

  test('answers every body as zod does: the same value, or an error where zod has one', () => {
    for (const [schema, field] of [[CalcRequest, 'expression'], [QueryRequest, 'query'], [Stripping, 'a']] as const) {
      const zod = validatorCompiler(route(schema))
      const ours = bodyValidatorCompiler(route(schema))
      for (const body of bodies(field)) {
        const expected = zod(body) as { value?: unknown; error?: Error }
        const got = ours(body) as { value?: unknown; error?: Error }
        expect(got.error?.message, JSON.stringify(body)?.slice(0, 80)).toBe(expected.error?.message)
        expect(got.value).toStrictEqual(expected.value)
        if (got.value !== undefined) expect(Object.keys(got.value as object)).toEqual(Object.keys(expected.value as object))
      }
    }
  })

  test('quickSafeParse answers as safeParse does (the MCP tools/call arguments)', () => {
    for (const [schema, field] of [[CalcRequest, 'expression'], [QueryRequest, 'query'], [Stripping, 'a'], [z.object({ a: z.string().trim() }), 'a']] as const) {
      const parse = quickSafeParse(schema)
      expect(quickSafeParse(schema)).toBe(parse)
      for (const body of bodies(field)) {
        const expected = schema.safeParse(body)
        const got = parse(body)
        expect(got.success, JSON.stringify(body)?.slice(0, 80)).toBe(expected.success)
        expect(got.data).toStrictEqual(expected.data)
        expect(got.error?.message).toBe(expected.error?.message)
      }
    }
  })

  test('takes the direct path for a valid plain body (zod is not run), and zod for an invalid one', () => {
    let runs = 0
    const counted = z.object({ a: z.string().min(1) })
    const inner = counted.shape.a._zod
    const run = inner.run.bind(inner)
    inner.run = (payload, ctx) => (runs++, run(payload, ctx))
    const validate = bodyValidatorCompiler(route(counted))
    expect(validate({ a: 'x' })).toEqual({ value: { a: 'x' } })
    expect(runs).toBe(0)
    expect((validate({ a: '' }) as { error?: unknown }).error).toBeDefined()
    expect(runs).toBe(1)
  })

  test('a service app refuses a bad body with the same 400 as before, and passes a good one', async () => {
    const app = await createServiceApp({ name: 'probe', logLevel: 'silent' })
    app.post('/calc', { schema: { body: CalcRequest } }, (request) => request.body)
    const good = await app.inject({ method: 'POST', url: '/calc', payload: { expression: '1 + 2' } })
    expect(good.statusCode).toBe(200)
    expect(good.json()).toEqual({ expression: '1 + 2' })
    for (const payload of [{ expression: '' }, { expression: 'x'.repeat(501) }, { expression: '1', extra: 1 }, { expression: 3 }]) {
      const bad = await app.inject({ method: 'POST', url: '/calc', payload })
      expect(bad.statusCode).toBe(400)
      expect(bad.json()).toMatchObject({ error: { code: 'REQUEST_VALIDATION' } })
    }
  })
})
