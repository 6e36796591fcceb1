// node bench/support/callgrind-footprint.mjs CALLS PERF_MAP DUMP… : the code a window ran, in 64-byte cache lines (issue 16).
// For windows of `bench/support/instructions.ts` run with `--dump-instr=yes` (VALGRIND=<a script running
// `valgrind --dump-instr=yes "$@"`> KEEP_CALLGRIND=1). Per dump: instructions per call, the distinct code lines
// executed at all, and the fewest lines that hold 90 % and 99 % of the instructions, split into JIT code (addresses in
// V8's perf map: JavaScript, its inline caches' handlers) and the rest (Node's binary: builtins, V8's runtime, llhttp;
// libc). The instruction count says how much a path runs; this says how much code it runs through, which the front
// end of a real core (instruction cache, its TLB, the branch target buffer) pays for and callgrind's model hardly does.
import { readFileSync } from 'node:fs'

const [callsArg, mapFile, ...dumps] = process.argv.slice(2)
if (!callsArg || !mapFile || dumps.length === 0) throw new Error('usage: callgrind-footprint.mjs CALLS PERF_MAP DUMP… (the map: /tmp/perf-PID.map, PID from the dumps\' "pid:" line)')
const calls = Number(callsArg)
const jit = readFileSync(mapFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split(' ')).map(([a, s]) => [parseInt(a, 16), parseInt(s, 16)]).sort((x, y) => x[0] - y[0])
const isJit = (addr) => {
  let lo = 0, hi = jit.length - 1
  while (lo <= hi) {
    const m = (lo + hi) >> 1
    if (jit[m][0] <= addr) { if (addr < jit[m][0] + jit[m][1]) return true; lo = m + 1 } else hi = m - 1
  }
  return false
}

/** V8's own work that lands in a window by chance (compiling, collecting): its functions' code is left out. */
const SIDE_WORK = /compiler::|Scavenger|MarkCompact|Heap::|Sweeper|Marking|Concurrent|Deoptimiz|CompileOptimized|BaselineBatchCompiler/

/** Self Ir by instruction address (cost lines of a `positions: instr` dump; a call's inclusive cost line is skipped). */
function selfByAddress(file) {
  const costs = new Map()
  const names = new Map()
  let addr = 0
  let skipNext = false
  let side = false
  // Cost lines carry one position per `positions:` entry (instr, or instr and line), then the Ir count.
  let costAt = 1
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const c = line.charCodeAt(0)
    if (line.startsWith('positions:')) {
      costAt = line.split(' ').length - 1
      continue
    }
    if (line.startsWith('fn=')) {
      // Name compression: "fn=(id) name" the first time, "fn=(id)" after.
      const m = /^fn=\((\d+)\)(?: (.*))?$/.exec(line)
      const name = m ? (m[2] ?? names.get(m[1]) ?? '') : line.slice(3)
      if (m && m[2] !== undefined) names.set(m[1], m[2])
      side = SIDE_WORK.test(name)
      continue
    }
    if (line.startsWith('calls=')) { skipNext = true; continue }
    // A cost line: a position (0x… absolute, +n / -n relative, * the same) then the cost.
    if (!(c === 48 || c === 43 || c === 45 || c === 42)) continue
    const fields = line.split(' ')
    const pos = fields[0]
    const ir = fields[costAt]
    if (pos === '*') { /* same address */ } else if (pos.startsWith('0x')) addr = parseInt(pos, 16)
    else addr += Number(pos)
    if (skipNext) { skipNext = false; continue }
    const n = Number(ir ?? 0)
    if (n > 0 && !side) costs.set(addr, (costs.get(addr) ?? 0) + n)
  }
  return costs
}

console.log(`${'dump'.padEnd(18)}${'Ir/call'.padStart(9)}${'lines'.padStart(8)}${'JIT'.padStart(7)}${'other'.padStart(7)}${'90% in'.padStart(8)}${'99% in'.padStart(8)}  (64-byte code lines)`)
for (const file of dumps) {
  const lines = new Map()
  let total = 0
  for (const [addr, n] of selfByAddress(file)) {
    const key = Math.floor(addr / 64)
    lines.set(key, (lines.get(key) ?? 0) + n)
    total += n
  }
  const jitLines = [...lines.keys()].filter((l) => isJit(l * 64)).length
  const sorted = [...lines.values()].sort((a, b) => b - a)
  const covering = (share) => { let sum = 0; for (const [i, n] of sorted.entries()) { sum += n; if (sum >= share * total) return i + 1 } return sorted.length }
  console.log(`${file.split('/').pop().padEnd(18)}${(total / calls).toFixed(0).padStart(9)}${String(lines.size).padStart(8)}${String(jitLines).padStart(7)}${String(lines.size - jitLines).padStart(7)}${String(covering(0.9)).padStart(8)}${String(covering(0.99)).padStart(8)}`)
}
