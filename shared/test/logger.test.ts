import Fastify from 'fastify'
import { describe, expect, test } from 'vitest'
import { errorHandler } from '../src/error-handler.js'
import { attachLogger, fleetLogger, serverOptions } from '../src/logger.js'

/** A Fastify app with the fleet's server options, logging JSON lines into an array. */
function appLogging(level: string) {
  const lines: Record<string, unknown>[] = []
  const stream = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) }
  const logger = fleetLogger('probe', level, stream)
  const app = Fastify({ ...serverOptions(logger, level), genReqId: () => 'req-1' })
  attachLogger(app, logger, level)
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
  void app.register(errorHandler)
  app.get('/fails', async () => {
    throw new Error('a bug')
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

  test('at debug, Fastify writes its incoming and completed lines, with the request id and status', async () => {
    const { app, lines } = appLogging('debug')
    await app.inject({ url: '/quiet' })
    const own = lines.filter((l) => l.reqId === 'req-1')
    expect(own.map((l) => l.msg)).toEqual(['incoming request', 'request completed'])
    expect(own[1]).toMatchObject({ res: { statusCode: 200 } })
  })

  test('at info, Fastify writes no per-request line, while app.log and the kit\'s line for a 500 still reach the log', async () => {
    const { app, lines } = appLogging('info')
    app.log.info('from the app')
    await app.inject({ url: '/quiet' })
    expect((await app.inject({ url: '/fails' })).statusCode).toBe(500)
    expect(lines.map((l) => [l.msg, l.reqId, l.name])).toEqual([['from the app', undefined, 'probe'], ['unhandled error', 'req-1', 'probe']])
    expect(lines[1]).toMatchObject({ level: 50, err: { message: 'a bug' } })
  })
})
