// Builds the dashboard page: bundles src/main.ts (with Chart.js) and copies the static
// files into dist/. `node build.mjs` builds; the dashboard service calls ensureUiBuilt()
// at start so `pnpm start` needs no separate step.
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const SRC = join(here, 'src')
export const UI_DIST_DIR = join(here, 'dist')
const STAMP = join(UI_DIST_DIR, '.build-stamp')
const STATIC_FILES = ['index.html', 'styles.css', 'favicon.svg']

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

export function isStale() {
  if (!existsSync(STAMP)) return true
  return newestMtime(SRC) > statSync(STAMP).mtimeMs || statSync(fileURLToPath(import.meta.url)).mtimeMs > statSync(STAMP).mtimeMs
}

export async function buildUi() {
  const { build } = await import('esbuild')
  mkdirSync(UI_DIST_DIR, { recursive: true })
  await build({
    entryPoints: [join(SRC, 'main.ts')],
    outfile: join(UI_DIST_DIR, 'main.js'),
    bundle: true,
    // Shared contracts are bundled from their TypeScript sources.
    conditions: ['heist-source'],
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  })
  for (const file of STATIC_FILES) if (existsSync(join(SRC, file))) copyFileSync(join(SRC, file), join(UI_DIST_DIR, file))
  writeFileSync(STAMP, new Date().toISOString())
  return UI_DIST_DIR
}

/** Build when dist/ is missing or older than its sources; returns the folder to serve. */
export async function ensureUiBuilt() {
  if (isStale()) await buildUi()
  return UI_DIST_DIR
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildUi()
  console.log(`dashboard page built in ${UI_DIST_DIR}`)
}
