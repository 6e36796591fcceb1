// Summarise a V8 .cpuprofile: self time by function and by package/file, top N.
//   node bench/support/profile-summary.mjs file.cpuprofile [N]
import { readFileSync } from 'node:fs'

const [file, topArg] = process.argv.slice(2)
const top = Number(topArg ?? 25)
const profile = JSON.parse(readFileSync(file, 'utf8'))
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const selfUs = new Map()
const deltas = profile.timeDeltas
for (let i = 0; i < profile.samples.length; i++) selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + (deltas[i] ?? 0))
const total = [...selfUs.values()].reduce((a, b) => a + b, 0)
const where = (url) => {
  const m = /node_modules\/\.pnpm\/([^/]+)\//.exec(url) ?? /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)
  if (m) return m[1].replace(/@\d[^_]*(_.*)?$/, '')
  if (url.startsWith('node:')) return url
  return url.replace(/^file:\/\/.*?\/(shared|services|bench)\//, '$1/') || '(native)'
}
const fn = new Map()
const pkg = new Map()
for (const [id, us] of selfUs) {
  const { callFrame: f } = byId.get(id)
  const key = `${f.functionName || '(anonymous)'}  ${where(f.url)}:${f.lineNumber + 1}`
  fn.set(key, (fn.get(key) ?? 0) + us)
  const p = f.url ? where(f.url) : f.functionName
  pkg.set(p, (pkg.get(p) ?? 0) + us)
}
const print = (title, map) => {
  console.log(`\n${title}`)
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * us) / total).toFixed(1).padStart(5)} %  ${k}`)
}
print('self time by package / file', pkg)
print('self time by function', fn)
