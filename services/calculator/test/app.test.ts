import { describe, expect, test } from 'vitest'
import { createTestSigner, TEST_TOOL_CONFIG } from '../../../shared/test/tool-tokens.js'
import { buildApp } from '../src/app.js'

const signer = await createTestSigner()
const app = await buildApp({ config: TEST_TOOL_CONFIG, deps: { keys: signer.keys } })
const token = await signer.token('safecracker', ['calculator:use'])
const auth = { authorization: `Bearer ${token}` }

function calc(payload: unknown, headers: Record<string, string> = auth) {
  return app.inject({ method: 'POST', url: '/tools/calculator', headers, payload: payload as string })
}

describe('POST /tools/calculator', () => {
  test('answers with a result the model can read and the value', async () => {
    const reply = await calc({ expression: ' 45 * 60 + max(3, 4) ' })
    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toEqual({ tool: 'calculator', result: '45 * 60 + max(3, 4) = 2704', data: { expression: '45 * 60 + max(3, 4)', value: 2704 } })
  })

  test.each([
    ['1/0', 'CALC_DIVIDE_BY_ZERO'],
    ['9^9^9^9', 'CALC_OVERFLOW'],
    ['2 * (3 +', 'CALC_SYNTAX'],
    [`${'('.repeat(200)}1${')'.repeat(200)}`, 'CALC_TOO_DEEP'],
    ['9'.repeat(400), 'CALC_OVERFLOW'],
    ['require("child_process").execSync("id")', 'CALC_SYNTAX'],
  ])('%s is a 400 %s', async (expression, code) => {
    const reply = await calc({ expression })
    expect(reply.statusCode).toBe(400)
    expect(reply.json().error.code).toBe(code)
  })

  test('a syntax error tells where', async () => {
    const reply = await calc({ expression: '2 * (3 + ) ' })
    expect(reply.json().error).toMatchObject({ message: "unexpected ')' at position 10", details: { position: 10 } })
  })
})

describe('hostile requests', () => {
  test.each([
    ['2k nested parentheses', { expression: `${'('.repeat(2_000)}1${')'.repeat(2_000)}` }, 'REQUEST_VALIDATION'],
    ['an empty expression', { expression: '' }, 'REQUEST_VALIDATION'],
    ['a number instead of a string', { expression: 42 }, 'REQUEST_VALIDATION'],
    ['an extra field', { expression: '1', __proto__x: 1 }, 'REQUEST_VALIDATION'],
    ['no body fields', {}, 'REQUEST_VALIDATION'],
  ])('%s is a 400', async (_label, payload, code) => {
    const reply = await calc(payload)
    expect(reply.statusCode).toBe(400)
    expect(reply.json().error.code).toBe(code)
  })

  test('malformed JSON is a 400', async () => {
    const reply = await calc('{"expression": "1+', { ...auth, 'content-type': 'application/json' })
    expect(reply.statusCode).toBe(400)
    expect(reply.json().error.code).toBe('REQUEST_INVALID_JSON')
  })

  test('an oversized body is a 413', async () => {
    const reply = await calc(JSON.stringify({ expression: '1+'.repeat(100_000) }), { ...auth, 'content-type': 'application/json' })
    expect(reply.statusCode).toBe(413)
    expect(reply.json().error.code).toBe('REQUEST_TOO_LARGE')
  })

  test('10k nested parentheses are refused before parsing', async () => {
    const reply = await calc({ expression: `${'('.repeat(10_000)}1${')'.repeat(10_000)}` })
    expect(reply.statusCode).toBe(413)
  })

  test('a wrong content type is a 415', async () => {
    const reply = await calc('expression=1', { ...auth, 'content-type': 'application/x-www-form-urlencoded' })
    expect(reply.statusCode).toBe(415)
  })

  test('no token is a 401 with a Bearer challenge', async () => {
    const reply = await calc({ expression: '1+1' }, {})
    expect(reply.statusCode).toBe(401)
    expect(reply.headers['www-authenticate']).toBe('Bearer realm="heist"')
  })

  test.each([
    ['garbage', 'Bearer not-a-jwt'],
    ['a malformed header', 'Bearer a b c'],
    ['a basic header', 'Basic dXNlcjpwYXNz'],
    ['an unsigned token', `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"scope":"calculator:use"}').toString('base64url')}.`],
  ])('%s is a 401 invalid_token', async (_label, authorization) => {
    const reply = await calc({ expression: '1+1' }, { authorization })
    expect(reply.statusCode).toBe(401)
    expect(reply.json().error.code).toBe('AUTH_INVALID_TOKEN')
  })

  test('an expired token is a 401 that says so', async () => {
    const expired = await signer.token('safecracker', ['calculator:use'], { expiresInS: -60 })
    const reply = await calc({ expression: '1+1' }, { authorization: `Bearer ${expired}` })
    expect(reply.statusCode).toBe(401)
    expect(reply.headers['www-authenticate']).toContain('token expired')
  })

  test('a token signed by another key is a 401', async () => {
    const stranger = await createTestSigner()
    const reply = await calc({ expression: '1+1' }, { authorization: `Bearer ${await stranger.token('safecracker', ['calculator:use'])}` })
    expect(reply.statusCode).toBe(401)
  })

  test('a token without calculator:use is a 403 insufficient_scope', async () => {
    const other = await signer.token('hacker', ['file_reader:use'])
    const reply = await calc({ expression: '1+1' }, { authorization: `Bearer ${other}` })
    expect(reply.statusCode).toBe(403)
    expect(reply.headers['www-authenticate']).toContain('scope="calculator:use"')
  })

  test('the service still answers afterwards', async () => {
    const reply = await calc({ expression: '3 * 60 * 60' })
    expect(reply.json().result).toBe('3 * 60 * 60 = 10800')
    expect((await app.inject({ url: '/health' })).json().status).toBe('ok')
  })
})
