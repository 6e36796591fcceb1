import { afterEach, describe, expect, test, vi } from 'vitest'
import { closeOnSignals } from '../src/index.js'

const before = { SIGTERM: process.listeners('SIGTERM'), SIGINT: process.listeners('SIGINT') }
afterEach(() => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    for (const listener of process.listeners(signal)) if (!before[signal].includes(listener)) process.off(signal, listener)
  }
})

describe('closeOnSignals', () => {
  test('SIGTERM closes once, then exits 0, even when SIGINT follows', async () => {
    const close = vi.fn(async () => undefined)
    const exit = vi.fn()
    closeOnSignals(close, { error: vi.fn() }, exit)
    process.emit('SIGTERM', 'SIGTERM')
    process.emit('SIGINT', 'SIGINT')
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0))
    expect(close).toHaveBeenCalledTimes(1)
  })

  test('a close that throws is logged and exits 1 instead of an unhandled rejection', async () => {
    const error = vi.fn()
    const exit = vi.fn()
    closeOnSignals(async () => {
      throw new Error('db busy')
    }, { error }, exit)
    process.emit('SIGINT', 'SIGINT')
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(1))
    expect(error).toHaveBeenCalledWith({ err: expect.objectContaining({ message: 'db busy' }) }, 'shutdown failed')
  })
})
