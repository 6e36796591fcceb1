// node bench/support/callgrind-events.mjs DIR CALLS [row,names,…]: each callgrind window's events per call (issue 16).
// For windows of `bench/support/instructions.ts` run with cache and branch simulation, which it does not
// switch on itself: VALGRIND=<a script running `valgrind --cache-sim=yes --branch-sim=yes "$@"`> KEEP_CALLGRIND=1.
// Prints instructions, L1 misses (instruction, data read, data write), last-level misses and branch
// mispredictions (conditional, indirect) per call, and L1 misses and mispredictions per 1 000 instructions:
// whether a longer path also misses more per instruction than a shorter one, which the instruction ratio cannot show.
// Windows are listed in dump order, named from the given row names in turn (instructions.ts: rows × rounds).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const [dir, callsArg, namesArg] = process.argv.slice(2)
if (!dir || !callsArg) throw new Error('usage: callgrind-events.mjs DIR CALLS [row,names,…]')
const calls = Number(callsArg)
const names = (namesArg ?? '').split(',').filter(Boolean)
const dumps = readdirSync(dir).filter((f) => /\.\d+$/.test(f)).sort((a, b) => Number(a.split('.').pop()) - Number(b.split('.').pop()))
const columns = ['Ir', 'I1mr', 'D1mr', 'D1mw', 'ILmr', 'DLmr', 'DLmw', 'Bcm', 'Bim']
console.log(['window'.padEnd(26), ...columns.map((c) => c.padStart(9)), 'L1/1k'.padStart(8), 'Bm/1k'.padStart(8)].join(''))
for (const [i, file] of dumps.entries()) {
  const text = readFileSync(join(dir, file), 'utf8')
  const events = /^events: (.*)$/m.exec(text)?.[1]?.split(' ') ?? []
  const summary = /^summary: (.*)$/m.exec(text)?.[1]?.split(' ').map(Number) ?? []
  const per = (event) => (events.includes(event) ? summary[events.indexOf(event)] / calls : Number.NaN)
  const ir = per('Ir')
  const l1 = per('I1mr') + per('D1mr') + per('D1mw')
  const bm = per('Bcm') + per('Bim')
  const label = `${file.split('.').pop()} ${names.length ? names[i % names.length] : ''}`
  console.log([label.padEnd(26), ...columns.map((c) => per(c).toFixed(0).padStart(9)), ((1000 * l1) / ir).toFixed(1).padStart(8), ((1000 * bm) / ir).toFixed(1).padStart(8)].join(''))
}
