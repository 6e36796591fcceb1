import { ToolDescriptor, ToolListing, type ToolRegistration } from '@heist/shared'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { bearer, makeApp, tokenFor, type TestApp } from './helpers.js'

let app: TestApp
let clock: { now: number }
beforeEach(async () => {
  ;({ app, clock } = await makeApp())
})
afterEach(() => app.close())

const calculator: ToolRegistration = {
  name: 'calculator',
  description: 'Evaluate arithmetic',
  required_scope: 'calculator:use',
  url: 'http://127.0.0.1:8002/tools/calculator',
  input_schema: { type: 'object', properties: { expression: { type: 'string' } }, required: ['expression'] },
  ttl_s: 10,
}
const readFile: ToolRegistration = { ...calculator, name: 'read_file', required_scope: 'file_reader:use', url: 'http://127.0.0.1:8003/tools/read_file' }

async function register(client: string, tool: ToolRegistration) {
  return app.inject({ method: 'POST', url: '/tools', headers: bearer(await tokenFor(app, client)), payload: tool })
}
async function list(client: string) {
  const res = await app.inject({ url: '/tools', headers: bearer(await tokenFor(app, client)) })
  expect(res.statusCode).toBe(200)
  return ToolListing.parse(res.json())
}

describe('tool discovery', () => {
  test('a registered tool is listed only to clients holding its scope', async () => {
    expect((await register('calculator', calculator)).statusCode).toBe(201)
    expect((await register('file-reader', readFile)).statusCode).toBe(201)
    const safecracker = await list('safecracker')
    expect(safecracker.client_id).toBe('safecracker')
    expect(safecracker.tools.map((t) => t.name)).toEqual(['calculator'])
    expect(safecracker.tools[0]).toMatchObject({ url: calculator.url, resource: 'http://127.0.0.1:8002', input_schema: calculator.input_schema, required_scope: 'calculator:use' })
    expect((await list('hacker')).tools.map((t) => t.name)).toEqual(['read_file'])
    expect((await list('intel')).tools.map((t) => t.name)).toEqual(['read_file'])
  })

  test('a token with no scopes sees an empty list, never all tools', async () => {
    await register('calculator', calculator)
    const planner = await list('planner')
    expect(planner).toEqual({ client_id: 'planner', scopes: [], tools: [] })
  })

  test('a token narrowed to one scope sees only that scope\'s tools', async () => {
    await register('file-reader', readFile)
    const res = await app.inject({ url: '/tools', headers: bearer(await tokenFor(app, 'intel', 'database_query:use')) })
    expect(res.json().tools).toEqual([])
  })

  test('no token or a bad token is a 401 with WWW-Authenticate', async () => {
    const none = await app.inject({ url: '/tools' })
    expect(none.statusCode).toBe(401)
    expect(none.headers['www-authenticate']).toBe('Bearer realm="heist"')
    const bad = await app.inject({ url: '/tools', headers: bearer('abc.def.ghi') })
    expect(bad.statusCode).toBe(401)
    expect(bad.headers['www-authenticate']).toMatch(/error="invalid_token"/)
  })

  test('a registration expires without renewal and lives on when renewed', async () => {
    await register('calculator', calculator)
    clock.now += 8_000
    const renewed = await register('calculator', calculator)
    expect(renewed.statusCode).toBe(200)
    expect(ToolDescriptor.parse(renewed.json()).expires_at).toBe(new Date(clock.now + 10_000).toISOString())
    clock.now += 8_000
    expect((await list('safecracker')).tools).toHaveLength(1)
    clock.now += 2_001
    expect((await list('safecracker')).tools).toHaveLength(0)
  })

  test('another client may not take over a name, live or expired (test/security has the full threat)', async () => {
    await register('calculator', calculator)
    const stolen = await register('file-reader', { ...calculator, url: 'http://127.0.0.1:8003/tools/calculator' })
    expect(stolen.statusCode).toBe(403)
    expect(stolen.json().error.code).toBe('TOOL_NOT_OWNER')
    expect((await list('safecracker')).tools[0]?.url).toBe(calculator.url)
    clock.now += 10_001
    expect((await register('file-reader', calculator)).statusCode).toBe(403)
  })

  test('registering needs tools:register', async () => {
    const res = await register('safecracker', calculator)
    expect(res.statusCode).toBe(403)
    expect(res.headers['www-authenticate']).toMatch(/insufficient_scope/)
  })

  test('an invalid registration is a 400 listing the problem', async () => {
    const res = await register('calculator', { ...calculator, name: 'Bad Name', url: 'not a url' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('REQUEST_VALIDATION')
  })

  test('DELETE removes a tool for its owner only', async () => {
    await register('calculator', calculator)
    const other = await app.inject({ method: 'DELETE', url: '/tools/calculator', headers: bearer(await tokenFor(app, 'db-query')) })
    expect(other.statusCode).toBe(403)
    const owner = await app.inject({ method: 'DELETE', url: '/tools/calculator', headers: bearer(await tokenFor(app, 'calculator')) })
    expect(owner.statusCode).toBe(204)
    expect((await list('safecracker')).tools).toEqual([])
    const again = await app.inject({ method: 'DELETE', url: '/tools/calculator', headers: bearer(await tokenFor(app, 'calculator')) })
    expect(again.statusCode).toBe(404)
  })
})
