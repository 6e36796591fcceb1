import { Server } from '@modelcontextprotocol/sdk/server/index.js'
import { CallToolRequestSchema, CallToolResultSchema, isJSONRPCRequest, JSONRPCRequestSchema } from '@modelcontextprotocol/sdk/types.js'
import { afterAll, describe, expect, test, vi } from 'vitest'
import { JsonResponseTransport } from '../src/mcp-transport.js'
import { rpc } from './mcp-harness.js'

// The SDK patch's checks by hand (patches/@modelcontextprotocol__sdk@1.32.2.patch): a message or a
// result in the plain shape is accepted without the zod parse whose copy was thrown away or equal
// to it; anything else still goes through the schema. Each test runs the patched SDK over every
// combination of valid and invalid fields and holds it to the schema's own answer, and shows which
// inputs skipped the parse: a hand check that accepted something the schema refuses, or answered
// differently, fails here.

/** Every combination of one choice per field (`undefined` = the field absent). */
function combinations(fields: Record<string, [string, unknown][]>): [string, Record<string, unknown>][] {
  let all: [string, Record<string, unknown>][] = [['', {}]]
  for (const [field, choices] of Object.entries(fields)) {
    all = all.flatMap(([name, value]) => choices.map(([label, choice]): [string, Record<string, unknown>] => [`${name} ${field}=${label}`, choice === undefined ? value : { ...value, [field]: choice }]))
  }
  return all
}

const inherited = Object.assign(Object.create({ extra: 1 }) as object, { jsonrpc: '2.0', id: 1, method: 'ping' })
class Message {
  jsonrpc = '2.0'
  id = 1
  method = 'ping'
}

describe('isJSONRPCRequest (the Protocol classifies every incoming message with it)', () => {
  const requests: [string, unknown][] = [
    ...combinations({
      jsonrpc: [['2.0', '2.0'], ['1.0', '1.0'], ['absent', undefined], ['number', 2]],
      id: [['1', 1], ['0', 0], ['-7', -7], ['string', 'a'], ['empty string', ''], ['1.5', 1.5], ['NaN', NaN], ['2^53', 2 ** 53], ['max safe', Number.MAX_SAFE_INTEGER], ['null', null], ['absent', undefined], ['object', {}]],
      method: [['ping', 'ping'], ['tools/call', 'tools/call'], ['number', 5], ['absent', undefined]],
      params: [['absent', undefined], ['{}', {}], ['tool call', { name: 'calculator', arguments: { expression: '1+1' } }], ['null', null], ['array', []], ['string', 'x'],
        ['_meta', { _meta: { progressToken: 3 } }], ['bad _meta', { _meta: { progressToken: 1.5 } }], ['_meta undefined', { _meta: undefined }], ['__proto__ key', JSON.parse('{"__proto__": {"a": 1}, "name": "x"}')]],
      extra: [['none', undefined], ['result', { x: 1 }]],
    }).map(([name, { extra, ...value }]): [string, unknown] => [name, extra === undefined ? value : { ...value, result: extra }]),
    ['params explicitly undefined', { jsonrpc: '2.0', id: 1, method: 'ping', params: undefined }],
    ['__proto__ key at the top', JSON.parse('{"jsonrpc": "2.0", "id": 1, "method": "ping", "__proto__": {}}')],
    ['an inherited enumerable key', inherited],
    ['a class instance', new Message()],
    ['no prototype', Object.assign(Object.create(null) as object, { jsonrpc: '2.0', id: 1, method: 'ping' })],
    ['a notification', { jsonrpc: '2.0', method: 'notifications/initialized' }],
    ['a response', { jsonrpc: '2.0', id: 1, result: {} }],
    ['null', null], ['an array', [rpc(1, 'ping')]], ['a string', '{"jsonrpc":"2.0"}'], ['a number', 1],
  ]

  test(`agrees with JSONRPCRequestSchema on ${requests.length} messages, and parses none of the plain requests`, () => {
    const parse = vi.spyOn(JSONRPCRequestSchema, 'safeParse')
    const skipped: string[] = []
    try {
      for (const [name, message] of requests) {
        parse.mockClear()
        const answer = isJSONRPCRequest(message)
        if (parse.mock.calls.length === 0) skipped.push(name)
        expect.soft(answer, name).toBe(JSONRPCRequestSchema.safeParse(message).success)
      }
    } finally {
      parse.mockRestore()
    }
    // The hand check alone answered exactly the plain requests (each one the schema accepts, checked above).
    const plain = (name: string) => /^ jsonrpc=2\.0 id=(1|0|-7|string|empty string|max safe) method=(ping|tools\/call) params=(absent|\{\}|tool call|_meta undefined|__proto__ key) extra=none$/.test(name)
    expect(skipped).toEqual([...requests.map(([name]) => name).filter(plain), 'params explicitly undefined', 'a class instance', 'no prototype'])
  })
})

describe("Server's tools/call result check (CallToolResultSchema)", () => {
  const server = new Server({ name: 'result-probe', version: '1' }, { capabilities: { tools: {} } })
  const transport = new JsonResponseTransport()
  let next: unknown
  server.setRequestHandler(CallToolRequestSchema, () => next as never)
  const connected = server.connect(transport)
  afterAll(() => server.close())

  const text = { type: 'text', text: 'x = 1' }
  const withSymbol = { a: 1, [Symbol('s')]: 2 }
  const results: [string, unknown][] = [
    ...combinations({
      content: [['text', [text]], ['two texts', [text, { type: 'text', text: '' }]], ['empty', []], ['absent', undefined], ['text+annotations', [{ ...text, annotations: { priority: 1 } }]],
        ['text, keys reversed', [{ text: 'x', type: 'text' }]], ['text+extra key', [{ ...text, extra: 1 }]], ['number text', [{ type: 'text', text: 1 }]], ['image', [{ type: 'image', data: 'AA==', mimeType: 'image/png' }]],
        ['string block', ['x']], ['array block', [Object.assign([], { type: 'text', text: 'x' })]], ['not an array', { 0: text }]],
      structuredContent: [['absent', undefined], ['object', { tool: 'calculator', result: '1', data: { value: 1 } }], ['empty', {}], ['null', null], ['array', [1]], ['string', 's'],
        ['no prototype', Object.assign(Object.create(null) as object, { a: 1 })], ['__proto__ key', JSON.parse('{"__proto__": {"a": 1}, "b": 2}')], ['symbol key', withSymbol],
        ['own constructor', { constructor: 1, a: 1 }], ['class instance', new Message()], ['integer keys', { b: 1, 2: 'two', 1: 'one' }]],
      isError: [['absent', undefined], ['true', true], ['false', false], ['string', 'yes']],
      extra: [['none', undefined], ['_meta', { progressToken: 1 }], ['other', 1]],
    }).map(([name, { extra, ...value }]): [string, unknown] => [name, extra === undefined ? value : { ...value, ...(name.endsWith('extra=_meta') ? { _meta: extra } : { other: extra }) }]),
    ['keys out of order', { structuredContent: { a: 1 }, content: [text] }],
    ['isError first', { isError: true, content: [text] }],
    ['an inherited key', Object.assign(Object.create({ isError: false }) as object, { content: [text] })],
    ['present but undefined', { content: [text], structuredContent: undefined, isError: undefined }],
  ]

  test(`answers ${results.length} results as CallToolResultSchema's parse does, byte for byte, and parses none of the plain ones`, async () => {
    await connected
    const parse = vi.spyOn(CallToolResultSchema._zod, 'run')
    const skipped: string[] = []
    try {
      let id = 0
      for (const [name, result] of results) {
        next = result
        parse.mockClear()
        const [answer] = (await transport.exchange([rpc(++id, 'tools/call', { name: 'probe' }) as never], { authInfo: { token: '', clientId: 'c', scopes: [] } })) as unknown as [{ result?: unknown; error?: { code: number; message: string } }]
        if (parse.mock.calls.length === 0) skipped.push(name)
        const expected = CallToolResultSchema.safeParse(result)
        if (expected.success) expect.soft(JSON.stringify(answer.result), name).toBe(JSON.stringify(expected.data))
        else expect.soft(answer.error, name).toMatchObject({ code: -32602, message: expect.stringContaining('Invalid tools/call result') })
      }
    } finally {
      parse.mockRestore()
    }
    const plain = (name: string) => /^ content=(text|two texts|empty) structuredContent=(absent|object|empty|integer keys) isError=(absent|true|false) extra=none$/.test(name)
    expect(skipped).toEqual([...results.map(([name]) => name).filter(plain), 'present but undefined'])
  })
})

describe("the Protocol's tools/call request parse (CallToolRequestSchema)", () => {
  const server = new Server({ name: 'request-probe', version: '1' }, { capabilities: { tools: {} } })
  const transport = new JsonResponseTransport()
  const received = new Map<unknown, unknown>()
  server.setRequestHandler(CallToolRequestSchema, (request, extra) => {
    received.set(extra.requestId, request)
    return { content: [] }
  })
  const connected = server.connect(transport)
  afterAll(() => server.close())

  const withSymbol = { a: 1, [Symbol('s')]: 2 }
  const hidden = Object.defineProperty({ a: 1 }, 'b', { value: 2, enumerable: false })
  const hiddenName = Object.defineProperty({}, 'name', { value: 'calc', enumerable: false })
  const params: [string, unknown][] = [
    ...combinations({
      name: [['calc', 'calc'], ['empty', ''], ['number', 5], ['absent', undefined]],
      arguments: [['absent', undefined], ['object', { expression: '1+1', n: 2, nested: { a: [1] } }], ['empty', {}], ['null', null], ['array', [1]], ['string', 'x'],
        ['__proto__ key', JSON.parse('{"__proto__": {"a": 1}, "b": 2}')], ['own constructor', { constructor: 1, a: 1 }], ['no prototype', Object.assign(Object.create(null) as object, { a: 1 })],
        ['class instance', new Message()], ['symbol key', withSymbol], ['non-enumerable key', hidden], ['integer keys', { b: 1, 2: 'two', 1: 'one' }], ['undefined value', { a: undefined }]],
      _meta: [['absent', undefined], ['progress', { progressToken: 1 }]],
      extra: [['none', undefined], ['other', 1]],
    }).map(([name, { extra, ...value }]): [string, unknown] => [name, extra === undefined ? value : { ...value, other: extra }]),
    ['arguments first', { arguments: { a: 1 }, name: 'calc' }],
    ['arguments explicitly undefined', { name: 'calc', arguments: undefined }],
    ['_meta explicitly undefined', { name: 'calc', _meta: undefined }],
    ['task', { name: 'calc', task: { ttl: 5 } }],
    ['task explicitly undefined', { name: 'calc', task: undefined }],
    ['an inherited name', Object.create({ name: 'calc' }) as object],
    ['a non-enumerable name', hiddenName],
    ['params a class instance', Object.assign(new Message(), { name: 'calc' })],
    ['params without a prototype', Object.assign(Object.create(null) as object, { name: 'calc' })],
  ]

  test(`hands the handler what CallToolRequestSchema's parse returns for ${params.length} requests, and parses none of the plain ones`, async () => {
    await connected
    const parse = vi.spyOn(CallToolRequestSchema._zod, 'run')
    const skipped: string[] = []
    try {
      let id = 0
      for (const [name, value] of params) {
        const message = { jsonrpc: '2.0', id: ++id, method: 'tools/call', params: value }
        parse.mockClear()
        const [answer] = (await transport.exchange([message as never], { authInfo: { token: '', clientId: 'c', scopes: [] } })) as unknown as [{ result?: unknown; error?: unknown }]
        if (received.has(id) && parse.mock.calls.length === 0) skipped.push(name)
        const expected = CallToolRequestSchema.safeParse(message)
        if (received.has(id)) {
          expect.soft(expected.success, name).toBe(true)
          expect.soft(received.get(id), name).toStrictEqual(expected.data)
          expect.soft(JSON.stringify(received.get(id)), name).toBe(JSON.stringify(expected.data))
        } else expect.soft(answer.error, name).toBeDefined()
        if (!expected.success) expect.soft(received.has(id), name).toBe(false)
      }
    } finally {
      parse.mockRestore()
    }
    const plain = (name: string) => /^ name=(calc|empty) arguments=(absent|object|empty|integer keys|undefined value) _meta=absent extra=none$/.test(name)
    // A non-enumerable `name` is read as the schema reads it (by property), so it too is built by hand, equal.
    expect(skipped).toEqual([...params.map(([name]) => name).filter(plain), 'arguments first', 'a non-enumerable name'])
  })
})
