import { Server } from '@modelcontextprotocol/sdk/server/index.js'
import { CallToolRequestSchema, JSONRPCErrorResponseSchema, JSONRPCResultResponseSchema, ListToolsRequestSchema, TaskAugmentedRequestParamsSchema } from '@modelcontextprotocol/sdk/types.js'
import { GCProfiler } from 'node:v8'
import { describe, expect, test, vi } from 'vitest'
import { z } from 'zod'
import { serveTool } from '../src/index.js'
import { connectToolServer } from '../src/mcp-tool-server.js'
import { JsonResponseTransport } from '../src/mcp-transport.js'
import { callEcho, cancel, echoTool, rpc } from './mcp-harness.js'

// The transport behind `POST /mcp` (`JsonResponseTransport`) and the SDK patch under it
// (patches/), driven in process without HTTP: what each request costs and keeps alive. The HTTP
// rules of the same transport are in mcp-transport.test.ts.
describe('JsonResponseTransport', () => {
  const authInfo = { token: '', clientId: 'ivan', scopes: ['calculator:use'] }
  test('keeps no record of answered requests (the SDK transport kept one per request: typescript-sdk#2559)', async () => {
    const { server, transport } = await connectToolServer({ name: 'probe', tools: [echoTool] }, [echoTool], 'probe-session')
    const answers = await Promise.all([1, 2, 3].map((id) => transport.exchange([callEcho(id, `t${id}`, 10 - id * 3) as never], { authInfo })))
    expect(answers.map(([a]) => (a as { id: number }).id)).toEqual([1, 2, 3])
    expect(transport.pending).toBe(0)
    await server.close()
  })

  test('closing answers the requests still waiting ("connection closed") instead of leaving them hanging', async () => {
    const { server, transport } = await connectToolServer({ name: 'probe', tools: [echoTool] }, [echoTool])
    const waiting = transport.exchange([callEcho(1, 'slow', 50) as never], { authInfo })
    await server.close()
    expect(await waiting).toEqual([{ jsonrpc: '2.0', id: 1, error: { code: -32000, message: 'Connection closed' } }])
    await expect(transport.exchange([rpc(2, 'ping') as never], { authInfo })).rejects.toThrow('closed')
  })

  // A lone request is handed over at once and kept out of the waiting map while it is: closed under
  // its own handler, it is answered "connection closed" too, not left hanging.
  test('a lone request whose handler closes the transport is answered "connection closed"', async () => {
    let closeNow = (): void => undefined
    const closer = serveTool(
      { name: 'closer', description: 'closes its transport', scope: 'calculator:use', path: '/tools/closer', input: z.object({}) },
      z.object({ tool: z.string(), result: z.string() }),
      () => {
        closeNow()
        return { tool: 'closer', result: 'closed' }
      },
    )
    const { transport } = await connectToolServer({ name: 'probe', tools: [closer] }, [closer])
    closeNow = () => void transport.close()
    expect(await transport.exchange([rpc(1, 'tools/call', { name: 'closer', arguments: {} }) as never], { authInfo })).toEqual([{ jsonrpc: '2.0', id: 1, error: { code: -32000, message: 'Connection closed' } }])
  })

  // patches/@modelcontextprotocol__sdk@1.32.2.patch (applied by `pnpm install`): the SDK's Protocol
  // tried every message as a result and as an error response before a request, two failed zod
  // parses (~11 µs) per request. A message with a `method` now skips them; a response still doesn't.
  test('a request reaches its handler without the SDK trying it as a response; a response is still tried as one', async () => {
    const asResult = vi.spyOn(JSONRPCResultResponseSchema, 'safeParse')
    const asError = vi.spyOn(JSONRPCErrorResponseSchema, 'safeParse')
    const { server, transport } = await connectToolServer({ name: 'probe', tools: [echoTool] }, [echoTool])
    try {
      expect(await transport.exchange([rpc(1, 'ping') as never], { authInfo })).toEqual([{ jsonrpc: '2.0', id: 1, result: {} }])
      expect(await transport.exchange([callEcho(2, 'hi') as never], { authInfo })).toMatchObject([{ id: 2, result: { structuredContent: { result: 'hi' } } }])
      expect(asResult).not.toHaveBeenCalled()
      expect(asError).not.toHaveBeenCalled()
      await transport.exchange([{ jsonrpc: '2.0', id: 9, result: {} }], { authInfo })
      expect(asResult).toHaveBeenCalledTimes(1)
    } finally {
      asResult.mockRestore()
      asError.mockRestore()
      await server.close()
    }
  })

  // The same patch: `Server`'s tools/call wrapper parsed the request with CallToolRequestSchema again
  // right after the Protocol's handler wrapper had, and the Protocol parsed every request's params
  // with the task schema to read a `task` that is almost never there. Then the Protocol's own parse
  // of a plain tools/call became a copy built by hand (mcp-sdk-checks.test.ts holds it to the
  // schema): a plain call is parsed not at all, any other once, as before.
  test('a plain tools/call is not parsed with CallToolRequestSchema, another once, and its params with the task schema not at all', async () => {
    const callParses = vi.spyOn(CallToolRequestSchema._zod, 'run')
    const taskParses = vi.spyOn(TaskAugmentedRequestParamsSchema, 'safeParse')
    const { server, transport } = await connectToolServer({ name: 'probe', tools: [echoTool] }, [echoTool])
    try {
      expect(await transport.exchange([callEcho(1, 'once') as never], { authInfo })).toMatchObject([{ id: 1, result: { structuredContent: { result: 'once' } } }])
      expect(callParses).not.toHaveBeenCalled()
      expect(taskParses).not.toHaveBeenCalled()
      // A `_meta` is not the plain shape: the schema parses it, once.
      const withMeta = rpc(3, 'tools/call', { name: 'echo', arguments: { text: 'meta' }, _meta: { progressToken: 7 } })
      expect(await transport.exchange([withMeta as never], { authInfo })).toMatchObject([{ id: 3, result: { structuredContent: { result: 'meta' } } }])
      expect(callParses).toHaveBeenCalledTimes(1)
      // A request that does ask for a task is still checked with the task schema (and refused here: these tools forbid tasks).
      await transport.exchange([rpc(2, 'tools/call', { name: 'echo', arguments: { text: 'x' }, task: { ttl: 1000 } }) as never], { authInfo })
      expect(taskParses).toHaveBeenCalledTimes(1)
    } finally {
      callParses.mockRestore()
      taskParses.mockRestore()
      await server.close()
    }
  })

  // The same patch: the Protocol made an AbortController (an EventTarget, ~5 µs on Node 20) for every
  // request; it is now made when a handler reads `extra.signal`, and a cancel still aborts that signal.
  test('a request whose handler never reads its signal makes no AbortController; one read before or after a cancel is aborted with its reason', async () => {
    // Counted by a subclass: a vi.spyOn of the class would not construct real controllers.
    const RealAbortController = globalThis.AbortController
    let made = 0
    globalThis.AbortController = class extends RealAbortController {
      constructor() {
        super()
        made += 1
      }
    }
    const { server, transport } = await connectToolServer({ name: 'probe', tools: [echoTool] }, [echoTool])
    const seen: { aborted: boolean; reason: unknown }[] = []
    const probe = new Server({ name: 'signal-probe', version: '1' }, { capabilities: { tools: {} } })
    const probeTransport = new JsonResponseTransport()
    try {
      expect(await transport.exchange([callEcho(1, 'hi') as never], { authInfo })).toMatchObject([{ id: 1, result: { structuredContent: { result: 'hi' } } }])
      expect(made).toBe(0)
      await probe.connect(probeTransport)
      // tools/list here reads its signal at once ('early') or only after the cancel arrived ('late').
      probe.setRequestHandler(ListToolsRequestSchema, async (request, extra) => {
        const early = request.params?.cursor === 'early' ? extra.signal : undefined
        await new Promise((resolve) => setTimeout(resolve, 30))
        const signal = early ?? extra.signal
        seen.push({ aborted: signal.aborted, reason: signal.reason })
        return { tools: [] }
      })
      for (const [id, cursor] of [[1, 'early'], [2, 'late']] as const) {
        const answer = await probeTransport.exchange([rpc(id, 'tools/list', { cursor }) as never, cancel(id) as never], { authInfo })
        expect(answer).toMatchObject([{ id, error: { code: -32800 } }])
      }
      await new Promise((resolve) => setTimeout(resolve, 60))
      expect(seen).toEqual([{ aborted: true, reason: 'changed my mind' }, { aborted: true, reason: 'changed my mind' }])
      expect(made).toBe(2)
    } finally {
      globalThis.AbortController = RealAbortController
      await server.close()
      await probe.close()
    }
  })

  // The same patch: the lazy signal was first a getter written in the `extra` literal, a new closure
  // per request. V8 then made a new accessor pair and hidden class for every `extra`, in the old
  // generation, and they kept each request's closure and all it held alive through young-generation
  // collections: ~1.1 KB of every call promoted, 3x the GC time of a call. One shared getter now.
  // The same patch: the Protocol's request chain ran the handler in a step of its own after the
  // task checks, and released the request's abort controller with `.finally()`, which adds two
  // promises and two turns. Both are folded into the steps before them; every way a request ends
  // (answered, refused by its handler, unknown method) still releases its controller.
  // Then (this patch's later hunks) the Protocol's handler wrapper stopped wrapping a handler's value in a
  // promise, `Server`'s tools/call wrapper stopped awaiting a handler that answered at once, and the
  // send step stopped being async and folded its `.catch` into the release. Then a handler that
  // answers at once is answered in the step that ran it (no `.then(respond).then(release)` steps).
  // Then a POST's one request has its handler run at once (`runHandlerAtOnce`): a ping or a tool that
  // answers at once is answered before `exchange` returns, with no promise, as REST's route answers; a
  // batch keeps the promise step before its handlers (a cancellation later in the batch is seen first).
  test('a lone request is answered at once, a batch in two turns of the microtask queue, and neither leaves an abort controller, whichever way it ends', async () => {
    const add = serveTool(
      { name: 'add', description: 'adds at once', scope: 'calculator:use', path: '/tools/add', input: z.object({ a: z.number(), b: z.number() }) },
      z.object({ tool: z.string(), result: z.string() }),
      ({ a, b }) => ({ tool: 'add', result: String(a + b) }),
    )
    const { server, transport } = await connectToolServer({ name: 'probe', tools: [echoTool, add] }, [echoTool, add])
    const controllers = (server as unknown as { _requestHandlerAbortControllers: Map<unknown, unknown> })._requestHandlerAbortControllers
    const turnsTo = async (messages: unknown[]) => {
      let done = false
      let turns = 0
      const answered = Promise.resolve(transport.exchange(messages as never[], { authInfo })).then(() => (done = true))
      while (!done) {
        await null
        turns += 1
      }
      await answered
      return turns
    }
    try {
      // At once: an array, not a promise (a promise in two turns on the previous patch).
      expect(transport.exchange([rpc(1, 'ping') as never], { authInfo })).toEqual([{ jsonrpc: '2.0', id: 1, result: {} }])
      const sum = transport.exchange([rpc(7, 'tools/call', { name: 'add', arguments: { a: 1, b: 2 } }) as never], { authInfo })
      expect(sum).not.toBeInstanceOf(Promise)
      expect(JSON.parse(JSON.stringify(sum))).toMatchObject([{ id: 7, result: { structuredContent: { tool: 'add', result: '3' } } }])
      expect(transport.runHandlerAtOnce).toBe(false)
      expect(await turnsTo([rpc(8, 'ping'), rpc(9, 'ping')])).toBe(3) // the handlers' step, then Promise.all of the batch's answers
      // A tool that answers later is still waited for.
      const echoed = transport.exchange([rpc(10, 'tools/call', { name: 'echo', arguments: { text: 'x' } }) as never], { authInfo })
      expect(echoed).toBeInstanceOf(Promise)
      expect(JSON.parse(JSON.stringify(await echoed))).toMatchObject([{ id: 10, result: { structuredContent: { result: 'x' } } }])
      const ends = [rpc(2, 'ping'), rpc(3, 'tools/call', { name: 'echo', arguments: { text: 5 } }), rpc(4, 'tools/call', { name: 'nope' }), rpc(5, 'no/such/method'), rpc(6, 'tools/call', { bad: true })]
      await Promise.all(ends.map((message) => transport.exchange([message as never], { authInfo })))
      await Promise.all(ends.map((message, i) => transport.exchange([{ ...message, id: 100 + i } as never, rpc(200 + i, 'ping') as never], { authInfo })))
      await new Promise((resolve) => setImmediate(resolve))
      expect(controllers.size).toBe(0)
      expect(transport.pending).toBe(0)
    } finally {
      await server.close()
    }
  })

  // The REST rule (REPLY_CHECKS_DEFAULT, docs/notes/kit.md), decided for MCP too: a tool's reply is
  // checked against its output schema where the check can fail (tests, NODE_ENV=test), and sent as the
  // tool built it in service. The SDK's own check of the result's shape stays on either way.
  test('a reply that breaks its output schema is refused with checks on (the default under test), sent as built without', async () => {
    const sloppy = serveTool(
      { name: 'sloppy', description: 'answers off contract', scope: 'calculator:use', path: '/tools/sloppy', input: z.object({ n: z.number() }) },
      z.object({ tool: z.string(), result: z.string(), data: z.object({ n: z.number() }) }),
      ({ n }) => ({ tool: 'sloppy', result: String(n), data: { n: String(n) } }) as never,
    )
    const call = rpc(1, 'tools/call', { name: 'sloppy', arguments: { n: 2 } })
    const checked = await connectToolServer({ name: 'probe', tools: [sloppy] }, [sloppy])
    const unchecked = await connectToolServer({ name: 'probe', tools: [sloppy], checkReplies: false }, [sloppy])
    try {
      const [refused] = (await checked.transport.exchange([call as never], { authInfo })) as unknown as [{ result: { isError: boolean; content: { text: string }[] } }]
      expect(refused.result.isError).toBe(true)
      expect(refused.result.content[0]?.text).toMatch(/^MCP error -32602: Output validation error: Invalid structured content for tool sloppy: .*data\.n/)
      expect(await unchecked.transport.exchange([call as never], { authInfo })).toEqual([
        { jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text: '2' }], structuredContent: { tool: 'sloppy', result: '2', data: { n: '2' } } } },
      ])
      // A result the SDK's CallToolResultSchema refuses is still refused without the tool's check.
      const broken = serveTool({ ...sloppy.definition, name: 'broken' }, sloppy.output, () => ({ tool: 'broken', result: 7 }) as never)
      const shape = await connectToolServer({ name: 'probe', tools: [broken], checkReplies: false }, [broken])
      expect(await shape.transport.exchange([rpc(2, 'tools/call', { name: 'broken', arguments: { n: 1 } }) as never], { authInfo })).toMatchObject([{ id: 2, error: { code: -32602 } }])
      await shape.server.close()
    } finally {
      await checked.server.close()
      await unchecked.server.close()
    }
  })

  test('a send that fails is reported through onerror and still releases the request, answered at once or later', async () => {
    const probe = new Server({ name: 'send-probe', version: '1' }, { capabilities: { tools: {} } })
    const transport = new JsonResponseTransport()
    const errors: string[] = []
    probe.onerror = (error) => errors.push(error.message)
    probe.setRequestHandler(ListToolsRequestSchema, () => ({ tools: [] }))
    probe.setRequestHandler(CallToolRequestSchema, async () => ({ content: [] }))
    await probe.connect(transport)
    const controllers = (probe as unknown as { _requestHandlerAbortControllers: Map<unknown, unknown> })._requestHandlerAbortControllers
    transport.send = () => Promise.reject(new Error('socket gone'))
    try {
      // Nothing waits for these answers (the send fails): deliver the requests and let the chain run out.
      transport.onmessage?.(rpc(1, 'tools/list') as never, { authInfo })
      transport.onmessage?.(rpc(2, 'tools/call', { name: 'x' }) as never, { authInfo })
      transport.onmessage?.(rpc(3, 'no/such/method') as never, { authInfo })
      await new Promise((resolve) => setImmediate(resolve))
      expect(errors.filter((m) => m === 'Failed to send response: Error: socket gone')).toHaveLength(2)
      expect(controllers.size).toBe(0)
    } finally {
      await probe.close()
    }
  })

  test("every request's extra.signal is the same getter, an own enumerable property (a spread keeps it)", async () => {
    const probe = new Server({ name: 'extra-probe', version: '1' }, { capabilities: { tools: {} } })
    const probeTransport = new JsonResponseTransport()
    const extras: object[] = []
    probe.setRequestHandler(ListToolsRequestSchema, (_request, extra) => {
      extras.push(extra)
      return { tools: [] }
    })
    await probe.connect(probeTransport)
    try {
      for (const id of [1, 2]) await probeTransport.exchange([rpc(id, 'tools/list') as never], { authInfo })
      const [first, second] = extras.map((extra) => Object.getOwnPropertyDescriptor(extra, 'signal'))
      expect(first?.get).toBeTypeOf('function')
      expect(first?.enumerable).toBe(true)
      expect(second?.get).toBe(first?.get)
      expect({ ...extras[0] }).toHaveProperty('signal', expect.any(AbortSignal))
    } finally {
      await probe.close()
    }
  })

  test('a tools/call leaves nothing alive to be promoted out of the young generation', async () => {
    // echo waits on a timer; 20 000 calls want a tool that answers at once.
    const shout = serveTool(
      { name: 'shout', description: 'upper-cases', scope: 'calculator:use', path: '/tools/shout', input: z.object({ text: z.string() }) },
      z.object({ tool: z.string(), result: z.string() }),
      async ({ text }) => ({ tool: 'shout', result: text.toUpperCase() }),
    )
    const { server, transport } = await connectToolServer({ name: 'probe', tools: [shout] }, [shout])
    const call = (id: number) => transport.exchange([rpc(id, 'tools/call', { name: 'shout', arguments: { text: 'x' } }) as never], { authInfo })
    try {
      for (let id = 1; id <= 2000; id++) await call(id) // warm-up: compiled code, settled heap
      // What the old generation gained across each scavenge: objects still reachable after two of them.
      const profiler = new GCProfiler()
      profiler.start()
      const calls = 20_000
      for (let id = 1; id <= calls; id++) await call(10_000 + id)
      expect(await call(1)).toMatchObject([{ id: 1, result: { structuredContent: { result: 'X' } } }])
      const scavenges = profiler.stop().statistics.filter((record) => record.gcType === 'Scavenge')
      const old = (side: (typeof scavenges)[number]['beforeGC']) => side.heapStatistics.usedHeapSize - (side.heapSpaceStatistics.find((space) => space.spaceName === 'new_space')?.spaceUsedSize ?? 0)
      const promoted = scavenges.reduce((sum, record) => sum + old(record.afterGC) - old(record.beforeGC), 0)
      expect(scavenges.length).toBeGreaterThan(0)
      // ~1 100 bytes per call with the getter in the literal; a few dozen now.
      expect(promoted / calls).toBeLessThan(300)
    } finally {
      await server.close()
    }
  })

})
