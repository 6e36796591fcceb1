import { describe, expect, test } from 'vitest'
import { ConfigError, loadConfig } from '@heist/shared'
import { MemoryEnv } from '../src/env.js'

describe('the memory service environment', () => {
  test('a compression setting in the environment is refused, naming its heist.yaml key (it used to win over heist.yaml silently)', () => {
    let error: unknown
    try {
      loadConfig(MemoryEnv, { HEIST_MEMORY_THRESHOLD: '4', HEIST_MEMORY_SUMMARY_TOKENS: '50' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect(String((error as Error).message)).toContain('memory.compression_threshold_messages in config/heist.yaml')
    expect(String((error as Error).message)).toContain('memory.summary_max_tokens in config/heist.yaml')
  })

  test('without them it starts', () => {
    expect(loadConfig(MemoryEnv, {}).HEIST_MEMORY_LLM_TIMEOUT_MS).toBe(20_000)
  })
})
