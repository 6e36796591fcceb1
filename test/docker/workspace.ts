import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * A copy of the working tree as a fresh clone would have it (tracked and new files, nothing
 * git-ignored: no .env, no data, no node_modules), so the test never touches the developer's
 * `.env` or volumes and builds exactly what would be committed.
 */
export function copyWorkingTree(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'heist-docker-'))
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0').filter((file) => file && existsSync(join(root, file)))
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    copyFileSync(join(root, file), join(dir, file))
  }
  return dir
}
