// `pnpm bench [name…] [--option value…]`: runs every `bench/*.ts` (or the named ones) in turn, each
// as its own process; the options after the names are passed to each. Each runs from its esbuild
// bundle (bench/dist/<name>/, built first when a source changed), as `pnpm start` runs the services: a
// bench measures the code users run, not the same code under the TypeScript loader.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBenchBundles } from './launch/bundle.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = join(root, 'bench')
const available = existsSync(benchDir) ? readdirSync(benchDir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort() : []
const args = process.argv.slice(2).filter((a) => a !== '--')
// Without this, `--help` was passed on as an option and every benchmark ran in full (tens of minutes).
if (args.includes('--help') || args.includes('-h')) {
  console.log('Usage: pnpm bench [name…] [--option value…]   every bench/*.ts in turn, or the named ones; options go to each\n')
  for (const name of available) {
    const { summary, options } = describeBench(readFileSync(join(benchDir, `${name}.ts`), 'utf8'))
    console.log(`${name.padEnd(16)} ${summary}${options.length ? `\n${' '.repeat(17)}options: ${options.join(' ')}` : ''}`)
  }
  process.exit(0)
}
const firstOption = args.findIndex((a) => a.startsWith('--'))
const options = firstOption === -1 ? [] : args.slice(firstOption)
const wanted = (firstOption === -1 ? args : args.slice(0, firstOption)).map((a) => a.replace(/^bench\//, '').replace(/\.ts$/, ''))

const unknown = wanted.filter((name) => !available.includes(name))
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(', ')}\navailable: ${available.join(', ') || '(none yet)'}`)
  process.exit(2)
}
const names = wanted.length ? wanted : available
if (names.length === 0) console.log('no benchmarks in bench/ yet')
// A misspelt option ('--contorl 20', '--only=JWT') was ignored by every bench, which then ran in full without it.
const known = new Set(names.flatMap((name) => describeBench(readFileSync(join(benchDir, `${name}.ts`), 'utf8')).options))
const strange = options.filter((option) => option.startsWith('--') && !known.has(option))
if (strange.length) {
  console.error(`unknown option ${strange.join(', ')} (the options of ${names.join(', ')}: ${[...known].sort().join(' ') || 'none'}; pnpm bench --help)`)
  process.exit(2)
}

const bundles = names.length > 0 ? await ensureBenchBundles(root, names) : {}
// `--base DIR` loads another checkout's TypeScript sources at run time (auth-stack, mcp-layers): only
// those runs keep the TypeScript loader, for that checkout's files.
const loader = options.includes('--base') ? ['--conditions=heist-source', '--import', 'tsx'] : []
const failed: string[] = []
for (const name of names) {
  console.log(`\n=== bench/${name}.ts ===`)
  const started = Date.now()
  // Each benchmark bounds its own run time; this is a safety net against a hung one.
  const run = spawnSync(process.execPath, [...loader, bundles[name]!, ...options], { cwd: root, stdio: 'inherit', timeout: 45 * 60_000 })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (run.status !== 0) failed.push(name)
  console.log(`--- ${name}: ${run.status === 0 ? 'done' : `FAILED (${run.signal ?? `exit ${run.status}`})`} in ${seconds} s`)
}
if (failed.length) {
  console.error(`\n${failed.length} benchmark(s) failed: ${failed.join(', ')}`)
  process.exit(1)
}

/** A benchmark's first sentence and the options its header comment names (its usage lines). */
function describeBench(source: string): { summary: string; options: string[] } {
  const header = /^\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? ''
  const text = header.split('\n').map((line) => line.replace(/^\s*\*\s?/, '')).join(' ').replace(/\s+/g, ' ').trim()
  // A full stop after a word, not a list's number ("two ways: 1. in-process: …" is one sentence).
  const sentence = /^.*?[^\s\d]\.(?=\s|$)/.exec(text)?.[0] ?? text
  const summary = sentence.length > 110 ? `${sentence.slice(0, 109)}…` : sentence
  const node = new Set(['--conditions', '--import'])
  const options = [...new Set(header.match(/--[a-z][a-z-]*/g) ?? [])].filter((o) => !node.has(o))
  return { summary, options }
}
