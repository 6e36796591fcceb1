import { chmodSync, mkdirSync, statSync } from 'node:fs'

/**
 * Create `dir` (and its missing parents) readable by its owner only, and close one that exists open
 * (made by an older fleet, or under a lax umask). A service's folder in the data directory holds the
 * sealed game (the dashboard's `game_secrets`, the orchestrator's audit log) or the signing key:
 * another user of the machine must not read them (docs/security.md, test/security/data-dir.test.ts).
 */
export function ensurePrivateDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  if ((statSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700)
  return dir
}
