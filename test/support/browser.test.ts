import { describe, expect, test } from 'vitest'
import { browserAvailable, CHROMIUM_ARGS } from './browser.js'
import { withFeaturesOff } from './chromium.js'

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

describe('withFeaturesOff', () => {
  const playwrights = ['--disable-field-trial-config', '--disable-features=PaintHolding,AvoidCorsURLLoaderRestartOnRedirect', '--enable-features=CDPScreenshotNewSurface', '--headless']

  test('one --disable-features with Playwright\'s names and ours, in place of Playwright\'s (Chromium keeps only the last)', () => {
    const options = withFeaturesOff(playwrights, ['WebUIOmniboxPopup'])
    expect(options.ignoreDefaultArgs).toEqual(['--disable-features=PaintHolding,AvoidCorsURLLoaderRestartOnRedirect'])
    expect((options.args ?? []).filter((arg) => arg.startsWith('--disable-features'))).toEqual(['--disable-features=PaintHolding,AvoidCorsURLLoaderRestartOnRedirect,WebUIOmniboxPopup'])
    expect(options.args).toEqual(expect.arrayContaining(CHROMIUM_ARGS))
  })

  test('without a list of Playwright\'s, ours alone, and nothing of Playwright\'s ignored', () => {
    const options = withFeaturesOff(['--headless'], ['WebUIOmniboxPopup'])
    expect(options.ignoreDefaultArgs).toEqual([])
    expect(options.args?.at(-1)).toBe('--disable-features=WebUIOmniboxPopup')
  })
})
