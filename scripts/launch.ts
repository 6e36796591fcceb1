// `pnpm start`: the whole fleet as local processes, in dependency order, with readable logs.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseCli, USAGE } from './launch/cli.js'
import { launchFleet, type RunningFleet } from './launch/fleet.js'
import { formatLine, palette } from './launch/log-format.js'
import { FLEET } from '@heist/shared'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const p = palette(process.stdout.isTTY === true && !process.env.NO_COLOR)
const width = Math.max(...FLEET.map((s) => s.name.length))
const note = (text: string) => console.log(`${p.bold('launcher'.padEnd(width))} ${p.dim('|')} ${text}`)

function printTable(fleet: RunningFleet): void {
  console.log('')
  for (const s of FLEET) {
    const state = fleet.started.includes(s.name) ? p.green('up     ') : fleet.skipped.includes(s.name) ? p.yellow('missing') : p.gray('off    ')
    console.log(`  ${s.name.padEnd(width)}  ${state}  ${fleet.urls[s.name]}`)
  }
  const token = fleet.env.HEIST_OPERATOR_TOKEN ?? ''
  if (fleet.started.includes('dashboard')) console.log(`\n  ${p.bold('Dashboard:')} ${fleet.urls.dashboard}/?token=${token}`)
  console.log(`\n  Ctrl-C stops everything.\n`)
}

async function main(): Promise<number> {
  let cli
  try {
    cli = parseCli(process.argv.slice(2), root, process.env)
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`)
    return 2
  }
  if (cli.help) {
    console.log(USAGE)
    return 0
  }
  const fleet = await launchFleet({
    root,
    only: cli.only,
    dataDir: cli.dataDir,
    envFile: cli.envFile,
    autoPorts: cli.autoPorts,
    outer: process.env,
    onLine: (service, line) => console.log(formatLine(p, service, width, line)),
    onNote: note,
  })
  printTable(fleet)
  await new Promise<void>((done) => {
    let stopping = false
    const stop = (signal: string) => {
      if (stopping) return
      stopping = true
      note(`${signal}: stopping ${fleet.started.length} services`)
      void fleet.close().then(done)
    }
    process.on('SIGINT', () => stop('SIGINT'))
    process.on('SIGTERM', () => stop('SIGTERM'))
  })
  note('all stopped')
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(p.red(`\nlaunch failed: ${error instanceof Error ? error.message : String(error)}`))
    process.exit(1)
  },
)
