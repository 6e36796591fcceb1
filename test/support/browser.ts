import { existsSync } from 'node:fs'
import { envBool } from '@heist/shared'
import { chromium, type Browser, type Download } from 'playwright-core'
import { inject } from 'vitest'
import { CHROMIUM, CHROMIUM_ARGS, chromiumLaunchOptions } from './chromium.js'

export { CHROMIUM, CHROMIUM_ARGS }

/**
 * The browser every e2e suite drives: the e2e project's one Chromium (browser-setup.ts), connected
 * to, or one launched the same way where no project provides it. `close()` closes what this file
 * opened in it.
 */
export function launchBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint')
  return endpoint ? chromium.connect(endpoint) : chromiumLaunchOptions().then((options) => chromium.launch(options))
}

/** A download's contents as text (`download.path()` is refused on a connected browser; a stream is not). */
export async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Whether the browser suites run. Without Chromium a developer's run skips them, but in CI
 * (`CI=true`, as GitHub Actions and most runners set it) a missing browser fails the file at
 * collection: a CI that cannot run the browser suites must not look green.
 */
export function browserAvailable(env: Record<string, string | undefined> = process.env, path = CHROMIUM): boolean {
  if (existsSync(path)) return true
  // The fleet's one boolean reading (`true`/`1`); a CI value it does not know (`CI=yes`) is not CI.
  if (envBool(false).safeParse(env.CI).data === true) {
    throw new Error(`Chromium is not at ${path} and CI=${env.CI}: the browser suites must run in CI (install chromium, or set HEIST_CHROMIUM to its path)`)
  }
  return false
}
