import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { CHROMIUM, chromiumLaunchOptions } from './chromium.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The e2e project's one Chromium (a Playwright browser server), or '' when there is none. */
    browserEndpoint: string
  }
}

/**
 * globalSetup of the `e2e` project (vitest.config.ts): one Chromium for all its files, which connect
 * to it (`launchBrowser`) instead of each starting its own: a launch cost ~0.45 CPU s and 2.5 s at
 * load 24, a connection ~0.05. Each file still opens its own contexts, closed when it disconnects.
 * Without Chromium it provides nothing, and the files decide whether to skip or fail (browserAvailable).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) {
    project.provide('browserEndpoint', '')
    return async () => undefined
  }
  const server = await chromium.launchServer(await chromiumLaunchOptions())
  project.provide('browserEndpoint', server.wsEndpoint())
  return () => server.close()
}
