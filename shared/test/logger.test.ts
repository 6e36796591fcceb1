import Fastify from 'fastify'
import { describe, expect, test } from 'vitest'
import { REDACT_PATHS, serverOptions } from '../src/logger.js'

/** A Fastify app with the fleet's server options, logging JSON lines into an array. */
function appLogging(level: string) {
  const lines: Record<string, unknown>[] = []
  const stream = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) }
  const app = Fastify({ ...serverOptions('probe', level), logger: { level, stream, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, genReqId: () => 'req-1' })
  let children = 0
  const child = app.log.child.bind(app.log)
  app.log.child = (...args: Parameters<typeof child>) => {
    children++
    return child(...args)
  }
  app.get('/quiet', async () => ({ ok: true }))
  app.get('/debug', async (request) => {
    request.log.debug('a debug line')
    return { ok: true }
  })
  app.get('/info', async (request) => {
    request.log.info({ access_token: 'secret-value', n: 1 }, 'an info line')
    request.log.warn('a warning')
    return { ok: true }
  })
  return { app, lines, children: () => children }
}

describe('request loggers made on their first line', () => {
  test('a request that logs nothing, or only below the level, makes no child logger and writes nothing', async () => {
    const { app, lines, children } = appLogging('info')
    await app.ready()
    const before = children()
    for (const url of ['/quiet', '/debug']) expect((await app.inject({ url })).statusCode).toBe(200)
    expect(children()).toBe(before)
    expect(lines.filter((l) => l.reqId !== undefined)).toEqual([])
  })

  test('lines at or above the level carry the request id and pass through redaction, as with an eager child', async () => {
    const { app, lines, children } = appLogging('info')
    await app.ready()
    const before = children()
    await app.inject({ url: '/info' })
    expect(children()).toBe(before + 1)
    expect(lines.filter((l) => l.reqId === 'req-1').map((l) => [l.level, l.msg, l.access_token, l.n])).toEqual([[30, 'an info line', '[redacted]', 1], [40, 'a warning', undefined, undefined]])
  })

  test('at debug, debug lines are written with the request id', async () => {
    const { app, lines } = appLogging('debug')
    await app.inject({ url: '/debug' })
    expect(lines.filter((l) => l.reqId === 'req-1').map((l) => l.msg)).toContain('a debug line')
  })
})
