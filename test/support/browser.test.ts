import { describe, expect, test } from 'vitest'
import { browserAvailable } from './browser.js'

describe('browserAvailable', () => {
  test('without Chromium a developer run skips the browser suites', () => {
    expect(browserAvailable({}, '/nonexistent/chromium')).toBe(false)
  })

  test('without Chromium in CI the browser suites fail, saying why', () => {
    expect(() => browserAvailable({ CI: 'true' }, '/nonexistent/chromium')).toThrow(/Chromium is not at \/nonexistent\/chromium and CI=true/)
  })

  test('with Chromium they run, in CI or not', () => {
    expect(browserAvailable({ CI: 'true' }, process.execPath)).toBe(true)
  })
})
