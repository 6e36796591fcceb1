/**
 * What a request costs the tool services, as a share of what the same Node and the project's
 * Fastify do for a bare POST. Starts, on 127.0.0.1 and free ports, a bare Fastify route (the
 * baseline), the real oauth app, and the real calculator and db-query apps (verifying tokens
 * against oauth's JWKS over HTTP), all in this process; loads each with `wrk` in its own process
 * (one thread, keep-alive); rounds interleave every row, the baseline run before and after each
 * row and the row divided by the mean of those two runs (the VM's speed drifts over seconds);
 * medians are printed with each row's ratio per round, the same ratios to one baseline run per
 * round beside them (how much the bracket narrows the rounds' spread), and the CPU the client
 * and the server used, so a reader can see that the server saturated and not the client.
 * query_db's answers that were not 2xx are counted by status (a 429 is its per-client cap).
 *
 *   node --conditions=heist-source --import tsx bench/auth-stack.ts [--rounds 9] [--duration 1] [--connections 32] [--log-level warn] [--only query_db]
 *
 * `--instructions` then counts each row's instructions per call under callgrind, the same rows
 * and servers in a process of their own (bench/support/instructions.ts: `--calls 1000`,
 * `--warmup 10000`, `--instruction-rounds 3`), and prints each row's instruction ratio to the
 * baseline: a figure the neighbours' load does not move, beside the wall-clock ratios that it
 * does. It adds minutes (ten at load 15, fewer on a quiet machine); query_db rows are left out
 * (their work runs in query processes).
 *
 * `--steady` runs every row and baseline run twice back to back and reports the second runs too:
 * a row's first run after other rows includes its re-warm (deoptimization and recompiling), the
 * second is its steady state.
 *
 * `--only TEXT` keeps the rows whose name contains TEXT (comma-separated for several), and the
 * baseline always: a cheap run while working on one row.
 *
 * `--base DIR` also runs the calculator (REST and MCP rows), the db-query app and the oauth app of another checkout (DIR, with its own
 * node_modules: say a copy of the repository at an older commit) beside this one, in the same process and rounds, as
 * rows marked "(base)", and prints this checkout's CPU per request against it: a before/after of a
 * change measured under the same load. Both tool apps verify the same tokens (same audience and
 * oauth); the base oauth has the same config and clients, its own in-memory key.
 *
 * `--pairs N` then runs N more rounds of the REST call and the MCP rows alone, each MCP run between
 * two REST runs (and the control between two bare POSTs, with `--control`), and prints MCP/REST with
 * the 95 % interval of its median and a verdict: met, NOT met, or undecided when the target is inside
 * the interval or the control did not read its known ratio (bench/support/auth-stack-pairs.ts). Needs
 * `--only` to keep the REST call and an MCP row, say `--only JWT,MCP --control 20 --rounds 1 --pairs 30`.
 *
 * `--control US` adds a control row, a bare POST plus US µs of pure CPU in its handler
 * (bench/support/cpu-loop.ts, calibrated in this process), kept with `--only` as the baseline is,
 * and prints its CPU ratio beside the one it would have if a request cost the same around a handler
 * however long the handler runs: how much of a slower row's ratio the machine sets, not its code
 * (issue 16; bench/support/spin-cost.ts does the same with several loop lengths and no services).
 *
 * Targets are judged on the median CPU ratio, printed with three decimals beside the verdict, so
 * 0.897 is "NOT met" in plain figures rather than a "0.90" that reads as met.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { reportPairs, runPairs, type PairLoads } from './support/auth-stack-pairs.js'
import { ALONE_CALLS, BASE, bracketed, MCP_SESSION_ROW, MCP_STATELESS_ROW, REST_ROW, report, reportControl, type RowFigures } from './support/auth-stack-report.js'
import { benchRows, controlRowName, sanityCheck, settle } from './support/auth-stack-rows.js'
import { CALCULATOR_APP, LOG_LEVELS, startServers, type LogLevel } from './support/auth-stack-servers.js'
import { countInstructions, instructionOptionsFromArgs, reportInstructions } from './support/instructions.js'
import { calculatorServerAlone, type ServerAlone } from './support/mcp-server-alone.js'
import { flagOption, numberOption, textOption } from './support/options.js'
import { requireWrk, withChildrenCpuS, wrk, type HttpLoad } from './support/wrk.js'

const INSTRUCTIONS = flagOption('instructions')
/**
 * `--steady`: every run (rows and baseline) twice in a row, and a second report from the second
 * runs. A row that follows other rows re-warms first: its request shapes (parsed bodies, header
 * sets) died while other rows ran, a full collection freed their hidden classes, and optimized
 * code that knew them deoptimizes ("wrong map") and compiles again. The first run carries that,
 * the second is the row under steady load of its kind (docs/notes/tools.md, MCP, twelfth pass).
 */
const STEADY = flagOption('steady')
// Under valgrind the servers start and serve tens of times slower: minutes on a busy machine.
const HARD_LIMIT_MS = (INSTRUCTIONS ? 40 : 10) * 60_000

function logLevelArgument(fallback: LogLevel): LogLevel {
  const value = textOption('log-level') ?? fallback
  const level = LOG_LEVELS.find((l) => l === value)
  if (!level) throw new Error(`--log-level must be one of ${LOG_LEVELS.join(', ')}`)
  return level
}

/** `--base DIR`: another checkout whose calculator and db-query run beside this one's, or undefined. */
function baseArgument(): string | undefined {
  const given = textOption('base')
  if (given === undefined) return undefined
  const dir = resolve(given)
  if (!existsSync(join(dir, CALCULATOR_APP))) throw new Error(`--base ${dir}: no ${CALCULATOR_APP} there (give a checkout of this repository with its node_modules)`)
  return dir
}

/** `--only a,b`: the row names to keep (by substring), or undefined for all. */
function onlyArgument(): string[] | undefined {
  const given = textOption('only')
  if (given === undefined) return undefined
  const parts = given.split(',').map((p) => p.trim()).filter(Boolean)
  if (parts.length === 0) throw new Error('--only needs a row name (or part of one), say --only query_db')
  return parts
}

/** `--pairs`: the REST call, the MCP rows, the bare POST and the control among the kept rows; refused without REST and MCP. */
function pairsOf(loads: HttpLoad[], control: string): PairLoads {
  const named = (name: string) => loads.find((l) => l.name === name)
  const rest = named(REST_ROW)
  const mcp = [MCP_SESSION_ROW, MCP_STATELESS_ROW].map(named).filter((l) => l !== undefined)
  if (rest === undefined || mcp.length === 0) throw new Error(`--pairs compares ${REST_ROW} with the MCP rows: keep both (say --only JWT,MCP)`)
  const controlLoad = named(control)
  return { rest, mcp, bare: loads[0]!, ...(controlLoad ? { control: controlLoad } : {}) }
}

async function main(): Promise<void> {
  requireWrk()
  // 1 s a run: with the baseline around every row a round has twice the runs it had at 2 s.
  const durationS = numberOption('duration', 1)
  const roundCount = numberOption('rounds', 9, { whole: true })
  const connections = numberOption('connections', 32, { whole: true })
  const logLevel = logLevelArgument('warn')
  const only = onlyArgument()
  const baseDir = baseArgument()
  const controlUs = process.argv.includes('--control') ? numberOption('control', 20) : 0
  const pairRounds = process.argv.includes('--pairs') ? numberOption('pairs', 30, { whole: true }) : 0
  const servers = await startServers(logLevel, baseDir, { controlUs })
  const allRows = await benchRows(servers)
  // The baseline (first) always runs: every ratio is to it; the control row too when asked for.
  const control = controlRowName(controlUs)
  const rows = allRows.filter(([load], i) => i === 0 || load.name === control || only === undefined || only.some((part) => load.name.includes(part)))
  if (rows.length === (controlUs > 0 ? 2 : 1)) throw new Error(`--only ${only?.join(',')} matches no row; rows: ${allRows.map(([l]) => l.name).join(', ')}`)
  for (const [load, expect] of rows) await sanityCheck(load, expect)
  const pairLoads = pairRounds > 0 ? pairsOf(rows.map(([load]) => load), control) : undefined

  // With MCP rows: the SDK server alone (no HTTP) in each round too, this checkout's and the base's.
  const mcpRows = rows.some(([load]) => load.name.startsWith('MCP'))
  const alone: [string, ServerAlone][] = !mcpRows ? [] : [
    ['', await calculatorServerAlone()],
    ...(baseDir === undefined ? [] : [[BASE, await calculatorServerAlone(baseDir)] satisfies [string, ServerAlone]]),
  ]
  // Every row warmed up, not only the baseline: a row first loaded in round 0 paid its own
  // warm-up there (V8 optimizes a function after thousands of calls; `--trace-opt` showed the
  // calculator's tokenizer and Node's header writer optimized during the JWT row's first round),
  // a cost the baseline, warmed before, never paid in any round.
  for (const [load, , rowConnections] of rows) {
    await wrk(load, { durationS: 1, connections: rowConnections ?? connections })
    await settle(load)
  }
  const queryProcessesCpu = withChildrenCpuS(/query-child/)
  const [baseline] = rows[0] as (typeof rows)[number]
  const runBaseline = () => wrk(baseline, { durationS, connections })
  // Rounds: every row bracketed by runs of the baseline, its ratio taken to the mean of the two
  // (`bracketed`). The VM's speed drifts over seconds (its neighbours); a baseline run once per
  // round sat up to a dozen runs away from the row it was divided into.
  const rounds: RowFigures[][] = []
  const steadyRounds: RowFigures[][] = []
  const aloneUs = new Map<string, number[]>()
  for (let i = 0; i < roundCount; i++) {
    // Every other round in reverse: no row always runs first or last in a round.
    const order = i % 2 === 0 ? rows.slice(1) : rows.slice(1).reverse()
    const runs = [
      ...order.map(([load, , rowConnections]) => ({ load, name: load.name, connections: rowConnections ?? connections, cpu: undefined })),
      // query_db again, with the query processes' CPU counted as the server's (they do its work).
      ...rows.filter(([l]) => l.name.startsWith('query_db')).map(([load, , rowConnections]) => ({
        load,
        name: load.name.endsWith(BASE) ? `${load.name.slice(0, -BASE.length)} +qp${BASE}` : `${load.name} +qp`,
        connections: rowConnections ?? connections,
        cpu: queryProcessesCpu,
      })),
    ]
    let before = await runBaseline()
    let steadyBefore = STEADY ? await runBaseline() : before
    const round: RowFigures[] = [before]
    const steadyRound: RowFigures[] = [steadyBefore]
    for (const run of runs) {
      const figures = await wrk(run.load, { durationS, connections: run.connections }, run.cpu)
      const steady = STEADY ? await wrk(run.load, { durationS, connections: run.connections }, run.cpu) : figures
      await settle(run.load)
      const after = await runBaseline()
      const steadyAfter = STEADY ? await runBaseline() : after
      round.push({ ...figures, name: run.name, bracket: bracketed(before, after) }, after)
      steadyRound.push({ ...steady, name: run.name, bracket: bracketed(steadyBefore, steadyAfter) }, steadyAfter)
      before = after
      steadyBefore = steadyAfter
    }
    steadyRounds.push(steadyRound)
    for (const [suffix, server] of alone) aloneUs.set(suffix, [...(aloneUs.get(suffix) ?? []), await server.measure(ALONE_CALLS)])
    rounds.push(round)
  }
  const pairs = pairLoads === undefined ? undefined : await runPairs(pairLoads, pairRounds, { durationS, connections })
  // What the control's loop really costs a call, at the tier the run left it in (not the nominal --control µs).
  const loopUs = controlUs > 0 ? await servers.controlLoopUs() : 0
  await servers.close()
  await Promise.all(alone.map(([, server]) => server.close()))
  report(rounds, { durationS, connections, logLevel }, aloneUs)
  if (controlUs > 0) reportControl(rounds, control, loopUs, servers.controlRate)
  if (STEADY) {
    console.log(`\n--steady: the same rows, each one's second ${durationS} s run, right after its first (no re-warm after other rows)`)
    report(steadyRounds, { durationS, connections, logLevel }, aloneUs)
    if (controlUs > 0) reportControl(steadyRounds, control, loopUs, servers.controlRate)
  }
  if (pairs !== undefined && pairLoads !== undefined) {
    reportPairs(pairs, pairLoads.rest.name, { durationS, connections }, pairLoads.control ? { name: control, loopUs } : undefined)
  }
  if (INSTRUCTIONS) {
    const options = instructionOptionsFromArgs({ logLevel, ...(baseDir ? { baseDir } : {}), ...(only ? { only } : {}) })
    reportInstructions(await countInstructions(options), options)
  }
}

setTimeout(() => {
  console.error(`auth-stack bench: gave up after ${HARD_LIMIT_MS / 1000} s`)
  process.exit(1)
}, HARD_LIMIT_MS).unref()
await main()
process.exit(0)
