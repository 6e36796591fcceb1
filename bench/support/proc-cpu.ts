import { readFileSync } from 'node:fs'

/** Linux's USER_HZ: /proc reports CPU time in these ticks (100 on every mainstream architecture). */
const TICKS_PER_S = 100

/**
 * User + system CPU seconds from a /proc stat file (`/proc/<pid>/stat`, `/proc/self/task/<tid>/stat`);
 * 0 when it cannot be read: the process or thread ended meanwhile (its time is lost, as it would be
 * for any reader) or this is not Linux.
 */
export function statCpuS(path: string): number {
  try {
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    const fields = readFileSync(path, 'utf8').replace(/^.*\) /s, '').split(' ')
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S
  } catch {
    return 0
  }
}

/** User + system CPU seconds of a process so far (0 once it is gone). */
export const procCpuS = (pid: number | string): number => statCpuS(`/proc/${pid}/stat`)
