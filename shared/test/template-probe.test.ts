import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { templateOpensBlock } from '../src/template-probe.js'

const servers: ReturnType<typeof createServer>[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

/** A model server on 127.0.0.1 answering each request with `handle`; its base URL (`…/v1`). */
async function modelServer(handle: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<string> {
  const server = createServer(async (req, res) => {
    let body = ''
    for await (const part of req) body += String(part)
    handle(req, res, body)
  })
  servers.push(server)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
}

const json = (res: ServerResponse, body: object) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))

/** vLLM rendering `template` (a token a character). */
const vllm = (template: string) => modelServer((req, res, body) => {
  if (req.url === '/tokenize') return json(res, { count: template.length, max_model_len: 4096, tokens: [...template].map((c) => c.codePointAt(0)) })
  if (req.url === '/detokenize') return json(res, { prompt: String.fromCodePoint(...(JSON.parse(body) as { tokens: number[] }).tokens) })
  res.writeHead(404).end()
})

const ask = (baseUrl: string, timeoutMs = 2_000) => templateOpensBlock({ baseUrl, model: 'm', apiKey: 'k', timeoutMs })

describe('the template question', () => {
  it('is answered by vLLM: a generation prompt ending in <think> opens the block, Mistral\'s does not', async () => {
    expect(await ask(await vllm('<|im_start|>user\nHello.<|im_end|>\n<|im_start|>assistant\n<think>\n'))).toBe(true)
    expect(await ask(await vllm('<s>[INST] Hello. [/INST]'))).toBe(false)
    // A template that closes an empty block (thinking switched off) opens none.
    expect(await ask(await vllm('<|im_start|>assistant\n<think>\n\n</think>\n\n'))).toBe(false)
  })

  it('is answered "cannot say" (null) by a server without the route or with an answer of another shape', async () => {
    expect(await ask(await modelServer((_req, res) => res.writeHead(404).end('Not Found')))).toBeNull()
    expect(await ask(await modelServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>hi</html>')))).toBeNull()
    expect(await ask(await modelServer((_req, res) => json(res, { detail: 'what?' })))).toBeNull()
  })

  // A "cannot say" is final (memory asks once for its life); these are not, so the caller asks again.
  it('gets no answer, not "cannot say", from a server that is down, overloaded or too slow', async () => {
    const down = await modelServer(() => undefined)
    await new Promise((resolve) => servers.pop()!.close(resolve))
    await expect(ask(down)).rejects.toThrow()
    await expect(ask(await modelServer((_req, res) => res.writeHead(503).end('loading')))).rejects.toThrow('HTTP 503')
    const silent = await modelServer(() => undefined)
    const started = Date.now()
    await expect(ask(silent, 300)).rejects.toThrow()
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('gets no answer from a server whose body the deadline cuts', async () => {
    const stalls = await modelServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"tokens": [1, 2,')
    })
    await expect(ask(stalls, 300)).rejects.toThrow()
  })
})
