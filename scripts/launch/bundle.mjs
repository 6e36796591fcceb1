// One file per program for `pnpm start`: each service, and the launcher itself, bundled by esbuild
// from the TypeScript sources into a single ES module, rebuilt only when a source it was built
// from changed. Plain JavaScript: `pnpm start` runs it before anything is compiled.
//
// Why: a service started from tsc's dist/ loads ~700 files (every package of node_modules through
// pnpm's symlinks: ~4,000 stat/open calls, a resolution and a compile each), which was most of its
// start-up CPU; the launcher under tsx paid for the TypeScript loader as well. A bundle is one
// compile and no resolution. Docker images still run tsc's dist/ (`node dist/main.js`): bundles are
// a local artefact (git- and docker-ignored).
//
//   node scripts/launch/bundle.mjs      bundle the launcher, the CLI and every service now (what a stale start does)
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { threadId } from 'node:worker_threads'

/** Written last into a bundle folder: what it was built from, and when. */
const MANIFEST = 'inputs.json'
/** Folder of a service's bundle: beside `src/` and `dist/`, so paths a service computes from its own
 * location (`../sql/security.sql`, `./query-child.js`) mean what they mean in dist/. */
export const SERVICE_BUNDLE_DIR = 'bundle'
/** Entry files a service may have besides `main.ts`: db-query runs its queries in a child process. */
const EXTRA_ENTRIES = ['query-child']
/**
 * Loaded from node_modules at run time, never bundled: native addons (better-sqlite3, sodium-native), ws's
 * optional native helpers, esbuild (a binary), and the dashboard page's build helper (it finds its
 * files from its own location and imports esbuild).
 */
const EXTERNAL = ['better-sqlite3', 'sodium-native', 'bufferutil', 'utf-8-validate', 'esbuild', '@heist/dashboard-ui']
/** Files whose change makes every bundle stale besides the sources listed in its manifest (paths from the root). */
const ALWAYS = ['package.json', 'tsconfig.json', 'tsconfig.base.json', 'node_modules/.modules.yaml']
const THIS_FILE = fileURLToPath(import.meta.url)
/** The text `import.meta.url`, spelt so that sourceUrlPlugin leaves this file's own strings alone when
 * it rewrites this file into the launcher's bundle. */
const META_URL = ['import', 'meta', 'url'].join('.')

/** Where the launcher's own bundle goes (dist/ is ignored by git and docker). */
export const launcherBundleDir = (root) => join(root, 'scripts', 'launch', 'dist')
export const serviceBundleDir = (root, name) => join(root, 'services', name, SERVICE_BUNDLE_DIR)
export const bundleEntry = (dir) => join(dir, 'main.js')

const posix = (path) => path.split(sep).join('/')

/**
 * Why the bundle in `dir` cannot be used (`not bundled yet`, or the first source changed since),
 * or null when it is up to date.
 */
export function bundleStaleness(root, dir) {
  const manifestPath = join(dir, MANIFEST)
  if (!existsSync(manifestPath)) return 'not bundled yet'
  let manifest
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  } catch {
    return `${posix(relative(root, manifestPath))} is unreadable`
  }
  for (const output of manifest.outputs) if (!existsSync(join(dir, output))) return `${output} is missing`
  for (const input of manifest.inputs) {
    const stat = statSync(resolve(root, input), { throwIfNoEntry: false })
    // builtAt is Date.now(), whole milliseconds; a file's mtime has a fraction. A file written in
    // the very millisecond the build started (an edit, then at once a start) is not newer.
    if (!stat || Math.floor(stat.mtimeMs) > manifest.builtAt) return `${input} changed`
  }
  return null
}

/** The package folder (nearest package.json) of a file, cached. */
function packageDirOf(file, cache) {
  let dir = dirname(file)
  const seen = []
  while (!cache.has(dir) && !existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) {
    seen.push(dir)
    dir = dirname(dir)
  }
  const found = cache.get(dir) ?? dir
  for (const d of [dir, ...seen]) cache.set(d, found)
  return found
}

/**
 * `import.meta.url` of a bundled workspace module would be the bundle's URL. A module outside the
 * bundle's own package (shared's helmet lookup, the launcher's files) gets its source file's URL
 * back, relative to the root the bundle sits under, so it still finds what lies beside it.
 */
function sourceUrlPlugin(root, ownDirs) {
  return {
    name: 'heist-source-url',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`) || ownDirs.some((dir) => args.path.startsWith(dir + sep))) return undefined
        const text = await readFile(args.path, 'utf8')
        if (!text.includes(META_URL)) return undefined
        const url = `new URL(${JSON.stringify(posix(relative(root, args.path)))}, __heistRoot).href`
        const loader = extname(args.path).replace(/^\.[cm]?/, '') === 'ts' ? 'ts' : 'js'
        return { contents: text.replaceAll(META_URL, url), loader }
      })
    },
  }
}

/**
 * gpt-tokenizer's o200k tables are ~200,000 strings that a process compiles and turns into maps
 * when the module loads: about half a second of CPU each in llm-sim, memory and the orchestrator,
 * a third of their start-up. A bundle gets a stand-in that loads the package from node_modules the
 * first time a token is counted (the same version's CommonJS build: the same tables, the same
 * counts), so a fleet pays for it when a session starts, not at start-up. tsc's dist/ (Docker)
 * imports it as written. Only the names shared/src/tokens.ts imports are stood in: another name
 * fails the bundling ("No matching export"), it is not silently missing.
 */
function lazyTokenizerPlugin() {
  const contents = [
    `import { createRequire } from 'node:module'`,
    `let tokenizer`,
    `const load = () => (tokenizer ??= createRequire(new URL('shared/package.json', __heistRoot))('gpt-tokenizer'))`,
    `export const encode = (...args) => load().encode(...args)`,
    `export const decode = (...args) => load().decode(...args)`,
  ].join('\n')
  return {
    name: 'heist-lazy-tokenizer',
    setup(build) {
      build.onResolve({ filter: /^gpt-tokenizer$/ }, () => ({ path: 'gpt-tokenizer', namespace: 'heist-lazy' }))
      build.onLoad({ filter: /.*/, namespace: 'heist-lazy' }, () => ({ contents, loader: 'js' }))
    },
  }
}

/**
 * `yaml` (261 KB of each service bundle) comes with shared's index, but only the services that read
 * configuration files (oauth, dashboard, detection, the orchestrator) and the launcher parse YAML.
 * A bundle gets a stand-in that loads the package from node_modules at the first parse (the same
 * version's CommonJS build), so the other five never compile it. Only the names shared/src/config.ts
 * imports are stood in: another name fails the bundling ("No matching export"), it is not silently
 * missing. tsc's dist/ (Docker) imports it as written.
 */
function lazyYamlPlugin() {
  const contents = [
    `import { createRequire } from 'node:module'`,
    `let yaml`,
    `const load = () => (yaml ??= createRequire(new URL('shared/package.json', __heistRoot))('yaml'))`,
    `export function LineCounter() { return new (load().LineCounter)() }`,
    `export const parseDocument = (...args) => load().parseDocument(...args)`,
    `export const isMap = (node) => load().isMap(node)`,
    `export const isScalar = (node) => load().isScalar(node)`,
    `export const isSeq = (node) => load().isSeq(node)`,
  ].join('\n')
  return {
    name: 'heist-lazy-yaml',
    setup(build) {
      build.onResolve({ filter: /^yaml$/ }, () => ({ path: 'yaml', namespace: 'heist-lazy-yaml' }))
      build.onLoad({ filter: /.*/, namespace: 'heist-lazy-yaml' }, () => ({ contents, loader: 'js' }))
    },
  }
}

/**
 * zod exports its error messages in ~50 languages as `z.locales` (362 KB of each ~3 MB service
 * bundle, ~12 %), and one namespace object that holds them all is what every `z.` call goes
 * through, so esbuild cannot drop the unused ones. Only English is used (zod sets it as the default
 * itself; nothing here calls `z.config(z.locales.xx())`). A bundle gets a locales module with `en`
 * alone: 362 KB less for V8 to parse in every service at each start. tsc's dist/ keeps them all.
 */
function englishOnlyZodPlugin() {
  return {
    name: 'heist-zod-english',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
        if (!/[/\\]zod[/\\]v4[/\\](?:core|classic|mini)$/.test(args.resolveDir)) return undefined
        return { path: join(args.resolveDir, '..', 'locales', 'en.js'), namespace: 'heist-zod-locales' }
      })
      build.onLoad({ filter: /.*/, namespace: 'heist-zod-locales' }, (args) => ({ contents: `export { default as en } from ${JSON.stringify(args.path)}`, loader: 'js', resolveDir: dirname(args.path) }))
    },
  }
}

/**
 * The packages left external (EXTERNAL), imported by the file each resolves to from the module that
 * imports it: for bundles outside every package, whose folder has no node_modules to find them in
 * (the benches' use better-sqlite3 of db-query and sodium-native of oauth, which no one package
 * holds both of). A package that is not installed (ws's optional helpers) stays a bare import, as
 * ws expects it to fail.
 */
function externalsByPathPlugin() {
  const names = new RegExp(`^(${EXTERNAL.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})(/|$)`)
  return {
    name: 'heist-externals-by-path',
    setup(build) {
      build.onResolve({ filter: names }, async (args) => {
        if (args.pluginData === 'heist-resolving') return undefined
        const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'heist-resolving' })
        if (found.errors.length > 0) return { path: args.path, external: true }
        return { path: args.kind === 'require-call' ? found.path : pathToFileURL(found.path).href, external: true }
      })
    },
  }
}

/**
 * Write a file so that a reader never sees half of it (several test fleets may bundle at once, some
 * from worker threads of one process: they share its pid, so the thread and a random part name the
 * temporary file too; services/db-query/src/compiled-child.ts has the replay that failed on a pid alone).
 */
function writeAtomic(path, contents) {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${threadId}.${randomBytes(4).toString('hex')}.tmp`
  writeFileSync(temporary, contents)
  renameSync(temporary, path)
}

/**
 * Bundle `targets` (`{ dir, entries: { main: '/abs/src/main.ts', … }, ownDir? }`) in one esbuild run,
 * so the packages they share are parsed once. Every target's folder must sit at the same depth
 * under `root` (the banner finds the root from it). `externalsByPath`: see externalsByPathPlugin.
 */
async function buildBundles(root, targets, { externalsByPath = false } = {}) {
  const depths = new Set(targets.map((t) => relative(root, t.dir).split(sep).length))
  if (depths.size !== 1) throw new Error('bundle folders must sit at one depth under the root')
  const up = '../'.repeat([...depths][0])
  const esbuild = await import('esbuild')
  const builtAt = Date.now()
  // esbuild's service process would otherwise idle beside the launcher for the fleet's whole life.
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: targets.flatMap((t) => Object.entries(t.entries).map(([out, source]) => ({ in: source, out: relative(root, join(t.dir, out)) }))),
    outdir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The TypeScript sources of workspace packages (their `heist-source` export), not their dist/.
    conditions: ['heist-source'],
    external: externalsByPath ? [] : EXTERNAL,
    // CommonJS code inside an ES module still calls require(), and modules moved out of their
    // package find their files from the root.
    banner: { js: `import { createRequire as __heistCreateRequire } from 'node:module';\nconst require = __heistCreateRequire(${META_URL});\nconst __heistRoot = new URL(${JSON.stringify(up)}, ${META_URL});` },
    plugins: [...(externalsByPath ? [externalsByPathPlugin()] : []), sourceUrlPlugin(root, targets.flatMap((t) => (t.ownDir ? [t.ownDir] : []))), lazyTokenizerPlugin(), lazyYamlPlugin(), englishOnlyZodPlugin()],
    metafile: true,
    write: false,
    logLevel: 'silent',
  }).finally(() => esbuild.stop())
  for (const target of targets) writeBundle(root, target.dir, result.outputFiles.filter((f) => dirname(f.path) === target.dir), result.metafile, builtAt)
}

/**
 * Write an esbuild run's `outputs` (its `write: false` output files) into `dir`, then the manifest
 * `bundleStaleness` reads: the sources each output was built from (`metafile`, from a build run
 * with `absWorkingDir: root`), their packages' package.json, the files every bundle depends on, and
 * `builtFrom` (paths from the root: the script that says how to build, as this file does for its own).
 * A build of its own outside this file (the eval's, scripts/eval/launch.mjs) goes stale the same way.
 */
export function writeBundle(root, dir, outputs, metafile, builtAt, builtFrom = []) {
  const packageDirs = new Map()
  const inputs = new Set(ALWAYS.filter((path) => existsSync(join(root, path))))
  for (const path of [posix(relative(root, THIS_FILE)), ...builtFrom]) inputs.add(path)
  for (const output of outputs) {
    for (const input of Object.keys(metafile.outputs[posix(relative(root, output.path))]?.inputs ?? {})) {
      // Packages change only with an install (.modules.yaml); a plugin's module (`heist-lazy:…`,
      // `heist-lazy-yaml:…`) is no file: recorded, it would make every start bundle again.
      if (input.includes('node_modules/') || input.startsWith('heist-lazy')) continue
      inputs.add(input)
      inputs.add(posix(relative(root, join(packageDirOf(resolve(root, input), packageDirs), 'package.json'))))
    }
  }
  for (const output of outputs) writeAtomic(output.path, output.contents)
  writeAtomic(join(dir, MANIFEST), `${JSON.stringify({ builtAt, outputs: outputs.map((o) => relative(dir, o.path)), inputs: [...inputs].sort() }, null, 1)}\n`)
}

/** Bundle whichever of `names` (services) are stale; returns the names bundled. */
export async function ensureServiceBundles(root, names) {
  const stale = names.filter((name) => bundleStaleness(root, serviceBundleDir(root, name)) !== null)
  if (stale.length === 0) return []
  await buildBundles(root, stale.map((name) => {
    const src = join(root, 'services', name, 'src')
    const entries = { main: join(src, 'main.ts') }
    for (const extra of EXTRA_ENTRIES) if (existsSync(join(src, `${extra}.ts`))) entries[extra] = join(src, `${extra}.ts`)
    return { dir: serviceBundleDir(root, name), entries, ownDir: join(root, 'services', name) }
  }))
  return stale
}

/** Where `pnpm heist`'s bundle (the orchestrator's CLI) goes: beside the orchestrator's own bundle. */
export const cliBundleDir = (root) => join(root, 'services', 'orchestrator', SERVICE_BUNDLE_DIR, 'cli')

/**
 * `entries` (`{ name: '/abs/source.ts', … }`) bundled into `dir` as the services are, rebuilt only
 * when stale; returns each entry's bundled file by name. No module keeps the bundle's own URL (no
 * `ownDir`): each gets its source file's back. Tests start their fixture services from it (under a
 * `dist/` folder, ignored by git and Docker) instead of under tsx: ~0.25 CPU s a start, not ~0.8+.
 * `options.externalsByPath`: see externalsByPathPlugin.
 */
export async function ensureBundle(root, dir, entries, options = {}) {
  if (bundleStaleness(root, dir) !== null) await buildBundles(root, [{ dir, entries }], options)
  return Object.fromEntries(Object.keys(entries).map((name) => [name, join(dir, `${name}.js`)]))
}

/**
 * The CLI's bundle, built first if stale; returns its entry file. Each module keeps its source
 * file's URL, as the CLI finds `.env` from its own.
 */
export async function ensureCliBundle(root) {
  return (await ensureBundle(root, cliBundleDir(root), { main: join(root, 'services', 'orchestrator', 'src', 'cli', 'main.ts') })).main
}

/** Where `pnpm bench`'s bundles go (dist/ is ignored by git and docker). */
export const benchBundleDir = (root) => join(root, 'bench', 'dist')

/**
 * Each bench (`bench/*.ts`, or only those `names` names) bundled as the services are, into a folder of
 * its own (bench/dist/<name>/), the stale ones in one build; returns each one's bundled file by name.
 * A bench measures the code as `pnpm start` runs it (bundled, plain JavaScript), not under the
 * TypeScript loader, which also cost ~0.8 CPU s a start and compiled the services' sources in a
 * loader thread. A folder each, so a run of a few benches builds those alone: bench-runs.test needs
 * three of eleven, 2.5 CPU s to build against 6.1 for all (load ~15).
 */
export async function ensureBenchBundles(root, names = readdirSync(join(root, 'bench')).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')).map((file) => file.slice(0, -3))) {
  const dirOf = (name) => join(benchBundleDir(root), name)
  const stale = names.filter((name) => bundleStaleness(root, dirOf(name)) !== null)
  if (stale.length > 0) await buildBundles(root, stale.map((name) => ({ dir: dirOf(name), entries: { [name]: join(root, 'bench', `${name}.ts`) } })), { externalsByPath: true })
  return Object.fromEntries(names.map((name) => [name, join(dirOf(name), `${name}.js`)]))
}

/** The launcher's bundle, built first if stale; returns its entry file. */
export async function ensureLauncherBundle(root) {
  return (await ensureBundle(root, launcherBundleDir(root), { main: join(root, 'scripts', 'launch.ts') })).main
}

/**
 * Every bundle a run may start: the launcher, each service and the CLI, the stale ones only.
 * Returns the services bundled. `pnpm test` calls it once before its fleet streams start, so two
 * streams never bundle the same service at the same time (each would pay for it).
 */
export async function ensureAllBundles(root) {
  const services = readdirSync(join(root, 'services')).filter((name) => existsSync(join(root, 'services', name, 'src', 'main.ts')))
  await ensureLauncherBundle(root)
  await ensureCliBundle(root)
  return ensureServiceBundles(root, services)
}

if (process.argv[1] && resolve(process.argv[1]) === THIS_FILE) {
  const root = resolve(dirname(THIS_FILE), '..', '..')
  const started = performance.now()
  const built = await ensureAllBundles(root)
  console.log(`bundled the launcher, the CLI and ${built.length ? built.join(', ') : 'no service (all up to date)'} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
