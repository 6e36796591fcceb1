/** The browser the e2e suites drive (Debian's Chromium; `HEIST_CHROMIUM` points elsewhere). */
export const CHROMIUM = process.env.HEIST_CHROMIUM ?? '/usr/bin/chromium'

/** How every browser suite launches it. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
