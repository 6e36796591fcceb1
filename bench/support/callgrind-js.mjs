// node cgjs.mjs callgrind.out.N perf-PID.map [top] [--layers]: self Ir by function, JIT addresses named from the perf map;
// --layers sums them by layer instead (LAYERS below, first match wins), for a per-layer table of one window
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
const layers = process.argv.includes('--layers')
const [file, map, topArg] = process.argv.slice(2).filter((a) => a !== '--layers')
const top = Number(topArg ?? 60)
const entries = readFileSync(map, 'utf8').split('\n').filter(Boolean).map((l) => { const [a, s, ...n] = l.split(' '); return [parseInt(a, 16), parseInt(s, 16), n.join(' ')] }).sort((x, y) => x[0] - y[0])
const lookup = (addr) => { let lo = 0, hi = entries.length - 1, best = null; while (lo <= hi) { const m = (lo + hi) >> 1; if (entries[m][0] <= addr) { best = entries[m]; lo = m + 1 } else hi = m - 1 } return best && addr < best[0] + best[1] ? best[2] : null }
const out = execFileSync('callgrind_annotate', ['--threshold=100', '--show=Ir', file], { encoding: 'utf8', maxBuffer: 1 << 28 })
const total = Number(/([\d,]+) \(100.0%\)\s+PROGRAM TOTALS/.exec(out)[1].replace(/,/g, ''))
const agg = new Map()
for (const line of out.split('\n')) {
  const m = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line)
  if (!m || m[2].includes('PROGRAM TOTALS')) continue
  let name = m[2]
  const jit = /\?\?\?:0x([0-9a-f]+) \[\?\?\?\]/.exec(name)
  if (jit) name = 'JS ' + (lookup(parseInt(jit[1], 16)) ?? `?0x${jit[1]}`)
  else name = name.replace(/^\?\?\?:/, '').replace(/ \[\/usr\/bin\/node\]$/, '').slice(0, 150)
  agg.set(name, (agg.get(name) ?? 0) + Number(m[1].replace(/,/g, '')))
}
console.log(`total ${total}`)
/** Layers of a request's path, by function name (self instructions); V8's compiler and collector are the side work instructions.ts leaves out. */
const LAYERS = [
  ['V8 compiler and GC (side work)', /compiler::|Scavenger|MarkCompact|Heap::|Sweeper|Marking|Runtime_CompileOptimized|Deoptimiz|Concurrent/],
  ['JSON.parse', /JsonParser/],
  ['JSON.stringify', /JsonStringif/],
  ['MCP SDK (JavaScript)', /@modelcontextprotocol/],
  ['zod', /\/zod@|node_modules\/zod\//],
  ['MCP route (shared/src/mcp-*)', /shared\/src\/mcp-/],
  ['auth, kit (shared/src, other)', /shared\/src\//],
  ['tool (services/)', /services\//],
  ['fast-json-stringify', /fast-json-stringify/],
  ['Fastify and plugins', /fastify|pino|light-my-request|avvio|find-my-way/],
  ['promises and microtasks', /Promise|Microtask|AsyncFunction|Await|Generator|nextTick|processTicksAndRejections/],
  ['Node http, net, streams (JavaScript)', /node:/],
  ['llhttp and Node C++', /llhttp|node::|uv_/],
  ['libc', /libc\.so|malloc|memmove|memcpy|memset/],
  ['V8 runtime, ICs, objects, strings', /./],
]
if (layers) {
  const sums = new Map(LAYERS.map(([name]) => [name, 0]))
  for (const [k, v] of agg) { const [name] = LAYERS.find(([, re]) => re.test(k)); sums.set(name, sums.get(name) + v) }
  for (const [name, v] of sums) console.log(`${String(v).padStart(12)} ${(100 * v / total).toFixed(2).padStart(6)}%  ${name}`)
  process.exit(0)
}
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(v).padStart(12)} ${(100 * v / total).toFixed(2).padStart(6)}%  ${k}`)
