import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { firstJsonObject, ModelAnswer, parseModelAnswer, RESPONSE_FORMAT } from '../src/scoring/index.js'

// The schema the model is held to (`response_format`), checked by a JSON Schema validator.
const schemaAccepts = new Ajv2020({ strict: true }).compile(RESPONSE_FORMAT.json_schema.schema)
const validatorAccepts = (value: unknown) => ModelAnswer.safeParse(value).success

/** A field's value: mostly the right type, sometimes not. */
const often = <T, U>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>) => fc.oneof({ arbitrary: right, weight: 6 }, { arbitrary: wrong, weight: 1 })
// Long reasons around the 2000 bound, some with characters outside the BMP (one code point, two UTF-16 units).
const reason = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('a', '\u{1F600}'), minLength: 990, maxLength: 2010 }))
const entry = fc.tuple(
  fc.record({
    agent: often(fc.constantFrom('planner', 'driver', 'hacker'), fc.integer()),
    score: often(fc.double({ min: -0.2, max: 1.2, noNaN: true }), fc.string()),
    reason: often(reason, fc.constant(null)),
  }, { requiredKeys: [] }),
  fc.option(fc.record({ extra: fc.string() }), { freq: 8 }),
).map(([fields, extra]) => ({ ...fields, ...extra }))
/** What a model could send back, as JSON (so only what JSON can carry). */
const answer = fc.oneof(
  { arbitrary: fc.record({ scores: fc.array(entry, { maxLength: 3 }) }), weight: 8 },
  { arbitrary: fc.record({ scores: fc.array(entry, { maxLength: 3 }), note: fc.string() }), weight: 1 },
  { arbitrary: fc.jsonValue(), weight: 1 },
).map((value) => JSON.parse(JSON.stringify(value)) as unknown)

const hasExtraKey = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? 'note' in value || 'extra' in value || Object.values(value).some(hasExtraKey)
    : Array.isArray(value) && value.some(hasExtraKey)

/** The value without the keys no schema names (what zod's default object parsing drops). */
const strip = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(strip)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'note' && k !== 'extra').map(([k, v]) => [k, strip(v)]))
}

describe('the response_format sent to the model', () => {
  it('is generated from ModelAnswer, in the strict shape structured outputs need', () => {
    expect(RESPONSE_FORMAT.json_schema).toMatchObject({ name: 'suspicion_scores', strict: true })
    expect(RESPONSE_FORMAT.json_schema.schema).not.toHaveProperty('$schema')
    expect(RESPONSE_FORMAT.json_schema.schema).toMatchObject({ additionalProperties: false, required: ['scores'] })
  })

  it('allows exactly the answers the validator accepts (extra keys: refused by the schema, dropped by the validator)', () => {
    fc.assert(
      fc.property(answer, (value) => {
        if (schemaAccepts(value)) expect(validatorAccepts(value)).toBe(true)
        else if (!hasExtraKey(value)) expect(validatorAccepts(value)).toBe(false)
        else expect(validatorAccepts(value)).toBe(schemaAccepts(strip(value)))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('the judge\'s answer', () => {
  const scores = '{"scores":[{"agent":"planner","score":0.2,"reason":"fine"},{"agent":"driver","score":0.7,"reason":"lies about {cameras}"}]}'
  it('takes the first complete JSON object: followed by a sentence, fenced anywhere, after a preface', () => {
    for (const text of [`${scores}\nThe driver is the likeliest saboteur.`, `Here you go:\n\`\`\`json\n${scores}\n\`\`\`\nLet me know.`, `My assessment {draft} follows. ${scores}`]) {
      const outcome = parseModelAnswer(text, ['planner', 'driver'])
      expect(outcome.ok, text).toBe(true)
    }
    expect(firstJsonObject('no json here')).toBeUndefined()
    expect(parseModelAnswer('{"scores": [', ['planner']).ok).toBe(false)
  })

  it('reads the session\'s agents however the model writes their names back', () => {
    const text = '{"scores":[{"agent":"Planner","score":0.2,"reason":"steady"},{"agent":" the Driver ","score":0.7,"reason":"odd route"},{"agent":"**Lookout**","score":0.4,"reason":"quiet"}]}'
    const outcome = parseModelAnswer(text, ['planner', 'driver', 'lookout'])
    expect(outcome.ok).toBe(true)
    if (outcome.ok) expect([...outcome.scores].map(([agent, s]) => [agent, s.score])).toEqual([['planner', 0.2], ['driver', 0.7], ['lookout', 0.4]])
    // A name that is no agent of the session still leaves that agent unscored.
    expect(parseModelAnswer(text.replace('Lookout', 'Lockpick'), ['planner', 'driver', 'lookout'])).toMatchObject({ ok: false, error: expect.stringMatching(/no score for lookout/) })
  })

  it('finds the answer after a JSON fragment of the model\'s own, or wrapped in another object', () => {
    for (const text of [`Notes {"draft": true, "agents": 2} then the answer: ${scores}`, `{"result": ${scores}}`]) {
      expect(parseModelAnswer(text, ['planner', 'driver']).ok, text).toBe(true)
    }
    // Nothing that matches: the first object's schema error is the reason given.
    expect(parseModelAnswer('{"draft": true} {"scores": "none"}', ['planner'])).toMatchObject({ ok: false, error: expect.stringMatching(/does not match the schema: scores/) })
  })

  it('reads each brace of a hostile answer once: nested braces cost one parse a brace, not one per brace pair', () => {
    // '{' x 1000 then '}' x 1000 (2,000 characters, well within max_tokens): every brace opens an object, only the
    // innermost "{}" parses, and it is no answer. Trying firstJsonObject again after each brace parsed ~k^2/2 slices
    // (500,000 JSON.parse calls, 8.8 s of CPU on this text); one pass parses at most once per brace.
    const k = 1000
    const parse = vi.spyOn(JSON, 'parse')
    try {
      expect(parseModelAnswer('{'.repeat(k) + '}'.repeat(k), ['planner'])).toMatchObject({ ok: false, error: expect.stringMatching(/does not match the schema/) })
      expect(parse.mock.calls.length).toBeLessThanOrEqual(k)
    } finally {
      parse.mockRestore()
    }
  })

  it('sends a response_format generated from the zod ModelAnswer', () => {
    const schema = RESPONSE_FORMAT.json_schema.schema as { properties: { scores: { items: { properties: { score: unknown } } } } }
    expect(schema.properties.scores.items.properties.score).toEqual({ type: 'number', minimum: 0, maximum: 1 })
    expect(RESPONSE_FORMAT.json_schema).toMatchObject({ name: 'suspicion_scores', strict: true })
  })
})
