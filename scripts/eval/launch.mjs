// `pnpm eval`: compile the harness with esbuild, then run the compiled main. Plain JavaScript:
// it runs before anything is compiled. Under tsx every worker thread registered the loader again
// and recompiled the whole module graph (about 3 CPU seconds each); esbuild builds both bundles in
// well under a second and every thread then loads plain JavaScript. The bundles are built again only
// when a source they were built from changed (the manifest `pnpm start`'s bundles keep), and the
// arguments are checked from a bundle of their own first: a refused argument cost 3.4 CPU s (the
// build, the whole harness and a thread loaded); scripts/eval/test/cli-args.test.ts spawns five.
//
// The bundles sit two folders below the repository root, as scripts/eval does, so the harness's own
// paths (`new URL('../..', import.meta.url)`) mean the same. Workspace sources locate their data
// (documents, SQL, config) from their own file: `import.meta.url` is replaced there with the
// source file's URL, and `import.meta.resolve` of a package path with what it resolves to.
// Packages from node_modules are not bundled: they are imported by their resolved absolute path,
// exactly the files a tsx run loads (native better-sqlite3 included).
import { build } from 'esbuild'
import { readFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { bundleStaleness, writeBundle } from '../launch/bundle.mjs'
import { startWaitingWorkers } from './start-workers.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const OUT = join(ROOT, 'node_modules', '.heist-eval')

/** Bare imports of installed packages stay imports, of the file esbuild resolved for them. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('@heist/') || args.path.startsWith('node:') || args.pluginData === 'resolving') return undefined
      const found = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' })
      if (found.errors.length > 0) return { errors: found.errors }
      // Node built-ins ("fs", "worker_threads") resolve to themselves.
      return { path: found.path.startsWith(sep) ? pathToFileURL(found.path).href : found.path, external: true, sideEffects: false }
    })
  },
}

/**
 * Workspace sources outside the harness keep their own location for `import.meta.url`; in every
 * file, `import.meta.resolve('<package path>')` becomes the file it resolves to from the source
 * (the bundle's folder has no node_modules of its own to resolve from).
 */
const sourceLocation = {
  name: 'source-location',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8')
      for (const [call, , specifier] of contents.matchAll(/import\.meta\.resolve\((['"])([^'"]+)\1\)/g)) {
        const found = await b.resolve(specifier, { kind: 'import-statement', resolveDir: dirname(args.path), pluginData: 'resolving' })
        if (found.errors.length > 0) return { errors: found.errors }
        contents = contents.replace(call, JSON.stringify(pathToFileURL(found.path).href))
      }
      const inHarness = !relative(HERE, args.path).startsWith('..')
      if (!inHarness) contents = contents.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
      return { contents, loader: 'ts' }
    })
  },
}

if (bundleStaleness(ROOT, OUT) !== null) {
  const builtAt = Date.now()
  const result = await build({
    absWorkingDir: ROOT,
    // The worker's bundle takes the name play-all.ts starts threads with.
    // cli: the arguments' check alone, so a refused argument never loads the harness.
    entryPoints: [{ in: join(HERE, 'main.ts'), out: 'main' }, { in: join(HERE, 'worker.ts'), out: 'worker-entry' }, { in: join(HERE, 'cli.ts'), out: 'cli' }],
    outdir: OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['heist-source'],
    plugins: [externalPackages, sourceLocation],
    metafile: true,
    write: false,
    logLevel: 'warning',
  })
  writeBundle(ROOT, OUT, result.outputFiles, result.metafile, builtAt, [relative(ROOT, fileURLToPath(import.meta.url)).split(sep).join('/')])
}
// A bad argument is refused (exit 2) or --help answered here, before the harness loads or a thread starts.
const { checkedEvalArgs } = await import(pathToFileURL(join(OUT, 'cli.mjs')).href)
const { workers } = checkedEvalArgs(process.argv.slice(2))
// The worker threads load their modules while this thread loads main's.
if (workers > 1) startWaitingWorkers(pathToFileURL(join(OUT, 'worker-entry.mjs')), workers - 1)
await import(pathToFileURL(join(OUT, 'main.mjs')).href)
