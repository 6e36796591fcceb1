import { ensureUiBuilt } from '@heist/dashboard-ui/build'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { DashboardApp } from '../src/app.js'
import { createTestApp } from './helpers.js'

let app: DashboardApp
beforeAll(async () => {
  ;({ app } = await createTestApp({ uiDir: await ensureUiBuilt() }))
}, 60_000)
afterAll(() => app.close())

describe('the page', () => {
  test('is served with every asset from the dashboard itself, no CDN and no inline script', async () => {
    const page = await app.inject('/')
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toMatch(/text\/html/)
    expect(page.body).toContain('NEURAL.NET')
    expect(page.body).toContain("script-src 'self'")
    const sources = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(sources.filter((s) => /^(https?:)?\/\//.test(s))).toEqual([])
    expect(page.body).not.toMatch(/<script>(?!<\/script>)/)
    for (const asset of sources) expect((await app.inject(`/${asset}`)).statusCode).toBe(200)
    const bundle = await app.inject('/main.js')
    expect(bundle.headers['content-type']).toMatch(/javascript/)
    expect(bundle.body).not.toMatch(/\.innerHTML\s*=/)
  })
})
