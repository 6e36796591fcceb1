import { readdirSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import type { Reporter, TestModule } from 'vitest/node'

// CPU seconds per test file, for finding what costs the suite its time (wall time on a shared
// machine says little; CPU seconds hold under load). Linux only. Use it beside the usual output:
//   pnpm vitest run --project faults --reporter=default --reporter=./test/support/cpu-reporter.ts
// A file's figure is what this process tree spent (vitest, its workers, every service and browser
// they started: live processes' own time plus what their reaped children spent) between the file's
// start and its end. Exact only for projects that run one file at a time (the fleet projects);
// where files overlap (the units) the figures overlap too, and only the total means anything.

const TICK = 100 // USER_HZ: /proc's clock ticks per second on Linux

/** utime + stime + cutime + cstime of each live process, with its parent. */
function processes(): Map<number, { ppid: number; ticks: number }> {
  const found = new Map<number, { ppid: number; ticks: number }>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // The command name may hold spaces and parentheses: fields start after its last ')'.
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')
      found.set(Number(entry), { ppid: Number(fields[1]), ticks: [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) })
    } catch {
      // The process ended between the listing and the read: its time is in its parent's cutime once reaped.
    }
  }
  return found
}

/** CPU seconds spent so far by this process and everything under it. */
export function treeCpuSeconds(root = process.pid): number {
  const all = processes()
  const children = new Map<number, number[]>()
  for (const [pid, { ppid }] of all) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  let ticks = 0
  const todo = [root]
  while (todo.length > 0) {
    const pid = todo.pop() as number
    ticks += all.get(pid)?.ticks ?? 0
    todo.push(...(children.get(pid) ?? []))
  }
  return ticks / TICK
}

export default class CpuReporter implements Reporter {
  private readonly startedAt = new Map<string, number>()
  private readonly rows: { file: string; cpu: number; wall: number }[] = []
  private readonly first = treeCpuSeconds()

  onTestModuleStart(module: TestModule): void {
    this.startedAt.set(module.moduleId, treeCpuSeconds())
  }

  onTestModuleEnd(module: TestModule): void {
    const cpu = treeCpuSeconds() - (this.startedAt.get(module.moduleId) ?? this.first)
    this.rows.push({ file: `${module.project.name}: ${relative(process.cwd(), module.moduleId)}`, cpu, wall: module.diagnostic().duration / 1000 })
  }

  onTestRunEnd(): void {
    const lines = [...this.rows].sort((a, b) => b.cpu - a.cpu).map((r) => `${r.cpu.toFixed(1).padStart(6)} CPU s ${r.wall.toFixed(1).padStart(6)} s  ${r.file}`)
    const total = treeCpuSeconds() - this.first
    process.stdout.write(`\nCPU per file (this process tree, /proc):\n${lines.join('\n')}\n${total.toFixed(1).padStart(6)} CPU s in all since the reporter loaded\n`)
  }
}
