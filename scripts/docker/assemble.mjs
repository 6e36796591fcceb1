#!/usr/bin/env node
// Finishes one service's image tree inside the Dockerfile's `app` stage (plain JavaScript: it runs
// before anything is compiled for it):
//
//   node scripts/docker/assemble.mjs <deployed dir> <built workspace dir> <lockfile>
//
// 1. `pnpm deploy` ran on the package manifests alone (so it is cached until a dependency changes);
//    this copies in the compiled files of the service and of every workspace package it depends on.
// 2. It refuses any installed version that the lockfile does not pin: `deploy` re-resolves ranges
//    from registry metadata, and an image must hold what CI tested.
// 3. It removes what never runs: source maps, type declarations, TypeScript and C sources, native
//    build intermediates, and the parts of gpt-tokenizer no import reaches (its four encodings in
//    four module formats are 52 MB; the services load one, o200k_base, about 2 MB).
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, realpathSync, rmSync, rmdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/** Parts of a workspace package that only the build needs (`.build-stamp` holds a build time: kept, it
 * would make every image differ after any edit). */
const BUILD_ONLY = new Set(['node_modules', 'src', 'test', 'tsconfig.build.json', 'tsconfig.json', '.build-stamp'])
/** File endings nothing loads at run time. LICENSE files and `.node` binaries stay. */
const NOT_RUN = /(\.map|\.d\.[cm]?ts|\.[cm]?ts|\.tsbuildinfo|\.md|\.markdown|\.o|\.a|\.c|\.cc|\.cpp|\.h|\.hpp|\.lzz|\.gyp|\.gypi|\.mk|Makefile)$/
/** Packages whose files are served to browsers as they are (the dashboard page keeps its source map). */
const SERVED_AS_IS = new Set(['@heist/dashboard-ui'])
/** Packages trimmed to the files reachable from their ESM entry (they hold no data read by path). */
const TRIM_TO_IMPORTS = { 'gpt-tokenizer': 'esm/main.js' }

/** Workspace packages under `root` by name, from the directories pnpm-workspace.yaml lists. */
export function workspacePackages(root) {
  const globs = [...readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8').matchAll(/^ {2}- ['"]?([^'"\s]+)['"]?\s*$/gm)].map((m) => m[1])
  const dirs = globs.flatMap((glob) => {
    if (!glob.endsWith('/*')) return [glob]
    const parent = glob.slice(0, -2)
    return readdirSync(join(root, parent), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${parent}/${e.name}`)
  })
  const byName = new Map()
  for (const dir of dirs) {
    const manifest = join(root, dir, 'package.json')
    if (existsSync(manifest)) byName.set(JSON.parse(readFileSync(manifest, 'utf8')).name, join(root, dir))
  }
  return byName
}

/** Copy a built workspace package's run-time files (not its sources, tests or links) into `dest`. */
function overlay(builtDir, dest) {
  for (const entry of readdirSync(builtDir)) {
    if (BUILD_ONLY.has(entry) || entry.endsWith('.tsbuildinfo')) continue
    const keep = (path) => !BUILD_ONLY.has(basename(path)) && !path.endsWith('.tsbuildinfo')
    cpSync(join(builtDir, entry), join(dest, entry), { recursive: true, dereference: false, filter: keep })
  }
}

/** Every package directory pnpm installed: `<out>/node_modules/.pnpm/<id>/node_modules/<name>`. */
function installedPackages(out) {
  const store = join(out, 'node_modules', '.pnpm')
  const found = []
  for (const id of readdirSync(store)) {
    const modules = join(store, id, 'node_modules')
    if (id === 'node_modules' || !existsSync(modules)) continue
    for (const entry of readdirSync(modules)) {
      const names = entry.startsWith('@') ? readdirSync(join(modules, entry)).map((n) => `${entry}/${n}`) : [entry]
      for (const name of names) {
        const dir = join(modules, name)
        if (!lstatSync(dir).isSymbolicLink()) found.push({ id, name, dir })
      }
    }
  }
  return found
}

/** `name@version` of a `.pnpm` folder id (`@fastify+send@4.2.1`, `ajv-formats@3.0.1_ajv@8.20.0`). */
export function parseStoreId(id) {
  const match = /^(@?[^@]+)@([^_]+)/.exec(id)
  return match ? { name: match[1].replace('+', '/'), version: match[2] } : null
}

/** Installed registry packages whose exact version the lockfile does not list. */
export function unpinned(ids, lockText) {
  return ids.flatMap((id) => {
    const parsed = parseStoreId(id)
    if (!parsed || parsed.version.startsWith('file+') || parsed.version.startsWith('link+')) return []
    const key = `${parsed.name}@${parsed.version}`
    return lockText.includes(`\n  ${key}:`) || lockText.includes(`\n  '${key}':`) ? [] : [key]
  })
}

/** Delete files matching `NOT_RUN` under `dir` (not under `skip`), then empty folders; returns bytes freed. */
function removeNotRun(dir, skip) {
  let freed = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (skip.has(path)) continue
      freed += removeNotRun(path, skip)
      if (readdirSync(path).length === 0) rmdirSync(path)
    } else if (entry.isFile() && NOT_RUN.test(entry.name) && !/^licen[cs]e/i.test(entry.name)) {
      freed += lstatSync(path).size
      rmSync(path)
    }
  }
  return freed
}

/** Keep only the files esbuild reaches from `entry` (plus package.json and the licence). */
async function trimToImports(pkgDir, entry, requireFrom) {
  const { build } = await import(pathToFileURL(requireFrom.resolve('esbuild')).href)
  const result = await build({ entryPoints: [join(pkgDir, entry)], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', logLevel: 'silent', absWorkingDir: pkgDir })
  const keep = new Set(Object.keys(result.metafile.inputs).map((p) => realpathSync(resolve(pkgDir, p))))
  let freed = 0
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name)
      if (e.isDirectory()) {
        walk(path)
        if (readdirSync(path).length === 0) rmdirSync(path)
      } else if (!keep.has(realpathSync(path)) && e.name !== 'package.json' && !/^licen[cs]e/i.test(e.name)) {
        freed += lstatSync(path).size
        rmSync(path)
      }
    }
  }
  walk(pkgDir)
  return freed
}

async function main([out, workspace, lockfile]) {
  if (!out || !workspace || !lockfile) throw new Error('usage: assemble.mjs <deployed dir> <built workspace dir> <lockfile>')
  const workspaceByName = workspacePackages(workspace)
  const self = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')).name
  const installed = installedPackages(out)
  for (const { name, dir } of [{ name: self, dir: out }, ...installed]) {
    const built = workspaceByName.get(name)
    if (built) overlay(built, dir)
  }
  const bad = unpinned([...new Set(installed.map((p) => p.id))], readFileSync(lockfile, 'utf8'))
  if (bad.length > 0) throw new Error(`pnpm deploy installed versions the lockfile does not pin: ${bad.join(', ')}`)
  const requireFrom = createRequire(join(workspace, 'package.json'))
  const servedAsIs = new Set(installed.filter((p) => SERVED_AS_IS.has(p.name)).map((p) => p.dir))
  let freed = removeNotRun(out, servedAsIs)
  for (const { name, dir } of installed) if (TRIM_TO_IMPORTS[name]) freed += await trimToImports(dir, TRIM_TO_IMPORTS[name], requireFrom)
  process.stdout.write(`${self}: ${installed.length} packages, ${(freed / 1e6).toFixed(1)} MB removed (${relative(workspace, out) || out})\n`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`assemble: ${error.message}\n`)
    process.exit(1)
  })
}
