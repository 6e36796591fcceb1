import { afterAll, beforeAll } from 'vitest'
import { buildApp } from '../../src/app.js'

export type SimApp = Awaited<ReturnType<typeof buildApp>>

/**
 * llm-sim's HTTP app as the tests of one file or `describe` share it: no pacing, a fixed clock for
 * `created`, built before its tests and closed after them. Call the returned function for the app.
 */
export function useSimApp(): () => SimApp {
  let app: SimApp | undefined
  beforeAll(async () => {
    app = await buildApp({ config: { LLM_SIM_TOKENS_PER_S: 0, LOG_LEVEL: 'silent' }, deps: { now: () => 1_800_000_000 } })
  })
  afterAll(async () => {
    await app?.close()
  })
  return () => {
    if (!app) throw new Error('useSimApp: the app is built in beforeAll; ask for it inside a test')
    return app
  }
}
