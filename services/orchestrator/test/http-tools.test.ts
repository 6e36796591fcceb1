import { describe, expect, it } from 'vitest'
import { createHttpTools } from '../src/adapters/http-tools.js'

describe('tools over HTTP', () => {
  it('names the exact variable an agent without a secret needs, hyphenated names included', async () => {
    // Port 9 (discard) is never reached: the missing secret is found before any request.
    const tools = createHttpTools({ oauthUrl: 'http://127.0.0.1:9', secrets: {}, toolResources: [] })
    const outcome = await tools.call('night-owl', 'calculator', { expression: '1+1' })
    expect(outcome).toEqual({ ok: false, error: { code: 'AGENT_NO_SECRET', message: 'no client secret for agent "night-owl" (set HEIST_SECRET_NIGHT_OWL)', status: 500 } })
  })
})
