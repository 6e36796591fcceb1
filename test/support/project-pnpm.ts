import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './fleet.js'

/**
 * Fails unless the `pnpm` on PATH has the major version that package.json's `packageManager` names
 * (the one .ci/run installs). A test of what `pnpm heist` or `pnpm start` exits with is a test of
 * that pnpm: pnpm 9 turns Ctrl-C's 130 into 0.
 */
export function checkProjectPnpm(env: NodeJS.ProcessEnv = process.env): void {
  const named = String((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { packageManager?: unknown }).packageManager)
  const wanted = /^pnpm@(\d+)\./.exec(named)?.[1]
  if (!wanted) throw new Error(`package.json's packageManager is not a pnpm version: ${named}`)
  const found = execFileSync('pnpm', ['--version'], { cwd: ROOT, env, encoding: 'utf8' }).trim()
  if (found.split('.')[0] !== wanted) throw new Error(`the pnpm on PATH is ${found}, the project's is ${named}: install it (npm i -g ${named}) or put it first on PATH`)
}
