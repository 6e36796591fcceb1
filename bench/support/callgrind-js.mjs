// node cgjs.mjs callgrind.out.N perf-PID.map [top] [--layers]: self Ir by function, JIT addresses named from the perf map;
// --layers sums them by layer instead (layers.mjs, first match wins), for a per-layer table of one window;
// --events (a dump of a run with --cache-sim=yes --branch-sim=yes) adds each row's L1 misses, misses past the last
// level and branch mispredictions, and those per 1 000 of its instructions: which layer runs slow per instruction
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { REQUEST_LAYERS } from './layers.mjs'
const layers = process.argv.includes('--layers')
const withEvents = process.argv.includes('--events')
const [file, map, topArg] = process.argv.slice(2).filter((a) => a !== '--layers' && a !== '--events')
/** Simulated events beside Ir under --events: L1 (instruction, data read, data write), last level (all three), branches. */
const EVENTS = ['Ir', 'I1mr', 'D1mr', 'D1mw', 'ILmr', 'DLmr', 'DLmw', 'Bcm', 'Bim']
const top = Number(topArg ?? 60)
const entries = readFileSync(map, 'utf8').split('\n').filter(Boolean).map((l) => { const [a, s, ...n] = l.split(' '); return [parseInt(a, 16), parseInt(s, 16), n.join(' ')] }).sort((x, y) => x[0] - y[0])
const lookup = (addr) => { let lo = 0, hi = entries.length - 1, best = null; while (lo <= hi) { const m = (lo + hi) >> 1; if (entries[m][0] <= addr) { best = entries[m]; lo = m + 1 } else hi = m - 1 } return best && addr < best[0] + best[1] ? best[2] : null }
const shown = withEvents ? EVENTS : ['Ir']
const out = execFileSync('callgrind_annotate', ['--threshold=100', `--show=${shown.join(',')}`, '--sort=Ir', file], { encoding: 'utf8', maxBuffer: 1 << 28 })
// A row: one "count (share%)" per shown event, then the function's name.
// (callgrind_annotate writes a zero count as "0" with no share, or ".")
const rowPattern = new RegExp(`^\\s*${shown.map(() => '([\\d,]+(?: \\(\\s*[\\d.]+%\\))?|\\.)').join('\\s+')}\\s+(.*)$`)
const numbers = (m) => shown.map((_, i) => (m[i + 1] === '.' ? 0 : Number(m[i + 1].split(' ')[0].replace(/,/g, ''))))
const totals = numbers(out.split('\n').map((line) => rowPattern.exec(line)).find((m) => m && m[shown.length + 1].includes('PROGRAM TOTALS')))
const total = totals[0]
const agg = new Map()
const eventAgg = new Map()
for (const line of out.split('\n')) {
  const m = rowPattern.exec(line)
  if (!m || m[shown.length + 1].includes('PROGRAM TOTALS')) continue
  let name = m[shown.length + 1]
  const jit = /\?\?\?:0x([0-9a-f]+) \[\?\?\?\]/.exec(name)
  if (jit) name = 'JS ' + (lookup(parseInt(jit[1], 16)) ?? `?0x${jit[1]}`)
  else name = name.replace(/^\?\?\?:/, '').replace(/ \[\/usr\/bin\/node\]$/, '').slice(0, 150)
  const counts = numbers(m)
  agg.set(name, (agg.get(name) ?? 0) + counts[0])
  eventAgg.set(name, (eventAgg.get(name) ?? shown.map(() => 0)).map((v, i) => v + counts[i]))
}
/** One line of events: each count, then L1 misses, last-level misses and mispredictions per 1 000 instructions. */
const eventLine = (counts) => {
  const [ir, i1, d1r, d1w, il, dlr, dlw, bc, bi] = counts
  const per = (n) => ((1000 * n) / ir).toFixed(1).padStart(7)
  return `${counts.map((c) => String(c).padStart(11)).join('')} ${per(i1 + d1r + d1w)} ${per(il + dlr + dlw)} ${per(bc + bi)}`
}
console.log(`total ${total}`)

if (withEvents) {
  console.log(`${EVENTS.map((e) => e.padStart(11)).join('')} ${'L1/1k'.padStart(7)} ${'LL/1k'.padStart(7)} ${'Bm/1k'.padStart(7)}`)
  console.log(`${eventLine(totals)}  total`)
  const rows = layers ? new Map(REQUEST_LAYERS.map(([name]) => [name, EVENTS.map(() => 0)])) : eventAgg
  if (layers) for (const [k, v] of eventAgg) { const [name] = REQUEST_LAYERS.find(([, re]) => re.test(k)); rows.set(name, rows.get(name).map((x, i) => x + v[i])) }
  for (const [name, v] of [...rows].sort((a, b) => b[1][0] - a[1][0]).slice(0, layers ? rows.size : top)) if (v[0] > 0) console.log(`${eventLine(v)}  ${name}`)
  process.exit(0)
}
if (layers) {
  const sums = new Map(REQUEST_LAYERS.map(([name]) => [name, 0]))
  for (const [k, v] of agg) { const [name] = REQUEST_LAYERS.find(([, re]) => re.test(k)); sums.set(name, sums.get(name) + v) }
  for (const [name, v] of sums) console.log(`${String(v).padStart(12)} ${(100 * v / total).toFixed(2).padStart(6)}%  ${name}`)
  process.exit(0)
}
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(v).padStart(12)} ${(100 * v / total).toFixed(2).padStart(6)}%  ${k}`)
