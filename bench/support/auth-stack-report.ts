/**
 * What bench/auth-stack.ts prints: each row's medians and per-round ratios to the baseline of the
 * same round, the verdict on issue 16's targets, the MCP rows over the REST call with the SDK
 * server's ceiling, and this checkout against `--base`.
 */
import { cpus, loadavg } from 'node:os'
import { median, type LoadFigures } from './wrk.js'

/** The suffix of a row of the other checkout (`--base DIR`). */
export const BASE = ' (base)'
/** The REST call that the MCP rows are set against. */
export const REST_ROW = 'calculator + JWT'
export const MCP_SESSION_ROW = 'MCP tools/call, session'
export const MCP_STATELESS_ROW = 'MCP tools/call, no session'

/** Targets of issue 16, as ratios to the baseline of the same round (the MCP one to the REST call). */
const TARGETS: Record<string, number> = { 'calculator /health': 0.9, [REST_ROW]: 0.7, 'token issuance': 0.3, 'query_db 3 rows (5 c)': 0.3, 'query_db 3 rows (5 c) +qp': 0.3 }
export const MCP_OVER_REST_TARGET = 0.8

/** The first and third quartiles of `values` (nearest rank): where the middle half of the rounds lie. */
export function middleHalf(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.round(q * (sorted.length - 1))] ?? Number.NaN
  return [at(0.25), at(0.75)]
}

/** Server CPU time per answered request, in µs: steadier than req/s when neighbours take CPU. */
const cpuPerRequestUs = (r: LoadFigures | undefined) => (r ? (r.serverCpu * 1e6) / r.rps : Number.NaN)

/** The baseline as it ran around one row: the mean of its run just before the row and just after. */
export interface Bracket {
  rps: number
  cpuUsPerRequest: number
}

/** A row's figures in a round; `bracket` is the baseline around it (every row but the baseline's own runs). */
export type RowFigures = LoadFigures & { bracket?: Bracket }

/** The baseline around a row, from its runs before and after it. */
export function bracketed(before: LoadFigures, after: LoadFigures): Bracket {
  return { rps: (before.rps + after.rps) / 2, cpuUsPerRequest: (cpuPerRequestUs(before) + cpuPerRequestUs(after)) / 2 }
}

/** wrk's CPU above this share of a core: the client, not the server, may set the row's rate. */
const CLIENT_BOUND_CPU = 0.9
/** The server's CPU above this share of a core: its one JavaScript thread is busy all the time; it sets the rate. */
const SERVER_BOUND_CPU = 0.9

/** Sequential `tools/call`s of the SDK server alone per round (a few tenths of a second of CPU). */
export const ALONE_CALLS = 3000

export function report(rounds: RowFigures[][], run: { durationS: number; connections: number; logLevel: string }, aloneUs: Map<string, number[]>): void {
  const names = [...new Set(rounds[0]?.map((r) => r.name) ?? [])]
  const baseline = names[0] ?? ''
  // The baseline runs several times a round (around every row): its own line shows its median run.
  const middleRun = (runs: RowFigures[]) => [...runs].sort((a, b) => cpuPerRequestUs(a) - cpuPerRequestUs(b))[Math.floor(runs.length / 2)]
  const allRuns = (name: string) => rounds.flatMap((round) => round.filter((r) => r.name === name))
  const row = (round: RowFigures[], name: string) => (name === baseline ? middleRun(round.filter((r) => r.name === name)) : round.find((r) => r.name === name))
  // To the baseline: the runs around the row (its bracket); row to row (MCP to REST, this to --base): the same round.
  const rateRatios = (name: string, to = baseline) => rounds.map((round) => {
    const r = row(round, name)
    return (r?.rps ?? 0) / ((to === baseline ? r?.bracket?.rps : undefined) ?? row(round, to)?.rps ?? Number.NaN)
  })
  const cpuRatios = (name: string, to = baseline) => rounds.map((round) => {
    const r = row(round, name)
    return ((to === baseline ? r?.bracket?.cpuUsPerRequest : undefined) ?? cpuPerRequestUs(row(round, to))) / cpuPerRequestUs(r)
  })
  const perRound = (ratios: number[]) => `${median(ratios).toFixed(2)} (${ratios.map((x) => x.toFixed(2)).join(' ')})`
  console.log(`auth-stack bench: wrk, 1 thread, ${run.connections} keep-alive connections, ${run.durationS} s per row, ${rounds.length} interleaved rounds; ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; services log at ${run.logLevel}`)
  console.log('CPU = CPU seconds per wall second (1.00 = one core): the client is not the bottleneck while its CPU stays well under the server\'s.')
  console.log('rate ratio = req/s over the baseline\'s; CPU ratio = the baseline\'s server CPU per request over the row\'s (what the rate ratio would be on an idle core); the baseline runs before and after every row and each row is divided by the mean of those two runs. Medians, then each round.')
  console.log('Targets are judged on the median CPU ratio, shown with three decimals, beside the middle half of the rounds (first to third quartile). Rows run in the listed order in even rounds and in reverse in odd ones, the baseline between every two; its own line is its middle run of each round.')
  console.log(`${'row'.padEnd(28)} median req/s  p50 ms  p99 ms  client CPU  server CPU  µs CPU/req  errors  ${'rate ratio (per round)'.padEnd(34)}  ${'CPU ratio (per round)'.padEnd(34)}  target`)
  // The verdict on the median, with the middle half of the rounds beside it: a target inside that
  // range is one this run cannot decide (the wall-clock ratio swings with the neighbours' load).
  const verdict = (ratios: number[], target: number | undefined) => {
    if (target === undefined) return ''
    const value = median(ratios)
    const [low, high] = middleHalf(ratios)
    const undecided = low < target && target <= high ? '; the target is inside the middle half: undecided by this run' : ''
    return `>= ${target.toFixed(2)}: ${value >= target ? 'met' : 'NOT met'} (${value.toFixed(3)}; middle half ${low.toFixed(2)}-${high.toFixed(2)}${undecided})`
  }
  const clientBound: string[] = []
  for (const name of names) {
    const results = rounds.map((round) => row(round, name) as LoadFigures)
    const errors = allRuns(name).reduce((sum, r) => sum + r.non2xx + r.socketErrors, 0)
    const clientCpu = median(results.map((r) => r.clientCpu))
    if (clientCpu >= CLIENT_BOUND_CPU) clientBound.push(name)
    console.log(`${name.padEnd(28)} ${median(results.map((r) => r.rps)).toFixed(0).padStart(12)}  ${median(results.map((r) => r.p50ms)).toFixed(2).padStart(6)} ${median(results.map((r) => r.p99ms)).toFixed(2).padStart(7)}  ${clientCpu.toFixed(2).padStart(10)}  ${median(results.map((r) => r.serverCpu)).toFixed(2).padStart(10)}  ${median(results.map(cpuPerRequestUs)).toFixed(0).padStart(10)}  ${String(errors).padStart(6)}  ${perRound(rateRatios(name)).padEnd(34)}  ${perRound(cpuRatios(name)).padEnd(34)}  ${verdict(cpuRatios(name), TARGETS[name])}`)
  }
  // The same rows divided by one baseline run per round (its first), as before bracketing: how much
  // of the rounds' spread the bracket takes away, read in the same run.
  const firstRun = (round: RowFigures[]) => round.find((r) => r.name === baseline)
  const spread = (ratios: number[]) => {
    const [low, high] = middleHalf(ratios)
    return `${median(ratios).toFixed(3)}, middle half ${low.toFixed(2)}-${high.toFixed(2)} (${(high - low).toFixed(2)} wide)`
  }
  const targeted = names.filter((name) => TARGETS[name] !== undefined)
  if (targeted.length > 0) {
    console.log(`Bracketed against one baseline run per round (the round's first): ${targeted.map((name) => {
      const single = rounds.map((round) => cpuPerRequestUs(firstRun(round)) / cpuPerRequestUs(row(round, name)))
      return `${name} ${spread(cpuRatios(name))} against ${spread(single)}`
    }).join('; ')}`)
  }
  // Refusals apart from failures: a 429 is the service's per-client cap answering (by design, and
  // a flaw of the bench's load if it shows), a socket error or another status something broken.
  const failures = names.flatMap((name) => {
    const results = rounds.map((round) => round.filter((r) => r.name === name))
    const socket = results.flat().reduce((sum, r) => sum + r.socketErrors, 0)
    const statuses = new Map<number, number[]>()
    results.forEach((runs, i) => runs.forEach((r) => Object.entries(r.statuses).forEach(([status, n]) => statuses.set(Number(status), [...(statuses.get(Number(status)) ?? []), ...Array<number>(n).fill(i)]))))
    const counted = [...statuses.values()].reduce((sum, rs) => sum + rs.length, 0)
    const uncounted = results.flat().reduce((sum, r) => sum + r.non2xx, 0) - counted
    const parts = [
      ...[...statuses].map(([status, inRounds]) => `${inRounds.length} × ${status} (rounds ${[...new Set(inRounds)].join(' ')})`),
      ...(uncounted > 0 ? [`${uncounted} not 2xx (status not counted for this row)`] : []),
      ...(socket > 0 ? [`${socket} socket errors (connect, read, write, timeout)`] : []),
    ]
    return parts.length > 0 ? [`${name}: ${parts.join(', ')}`] : []
  })
  console.log(failures.length > 0 ? `Answers that were not 2xx, and socket errors: ${failures.join('; ')}` : 'Every answer of every row was 2xx; no socket errors.')
  if (clientBound.length > 0) console.log(`CLIENT-BOUND: wrk used >= ${CLIENT_BOUND_CPU} of a core on ${clientBound.join(', ')}: those rates measure the client; trust the CPU ratios only.`)
  console.log(saturation(names.filter((name) => !name.endsWith(' +qp') && !name.includes(' +qp ')), (name) => rounds.map((round) => row(round, name) as LoadFigures)))
  // Each MCP row over the REST call of its own checkout (a --base row over the base's REST row).
  for (const suffix of ['', BASE]) {
    const rest = `${REST_ROW}${suffix}`
    for (const mcpRow of [MCP_SESSION_ROW, MCP_STATELESS_ROW].map((name) => `${name}${suffix}`).filter((name) => names.includes(name) && names.includes(rest))) {
      const mcpCpu = cpuRatios(mcpRow, rest)
      console.log(`${mcpRow} / the same call over REST: rate ${perRound(rateRatios(mcpRow, rest))}, CPU ${perRound(mcpCpu)}; ${verdict(mcpCpu, MCP_OVER_REST_TARGET)} (CPU)`)
    }
    // The ceiling with the SDK's server: /mcp costing the REST call plus the server and nothing more.
    const server = aloneUs.get(suffix)
    if (server !== undefined && names.includes(rest)) {
      const restUs = rounds.map((round) => cpuPerRequestUs(row(round, rest)))
      const ceiling = restUs.map((us, i) => us / (us + server[i]!))
      console.log(`SDK server alone${suffix} (no HTTP, ${ALONE_CALLS} sequential tools/call per round): ${perRound(server)} µs CPU per call; REST call ${median(restUs).toFixed(0)} µs; ceiling for MCP/REST if /mcp cost the REST call plus this server: ${perRound(ceiling)}`)
    }
  }
  for (const baseRow of names.filter((name) => name.endsWith(BASE))) {
    const name = baseRow.slice(0, -BASE.length)
    if (!names.includes(name)) continue
    const saved = rounds.map((round) => cpuPerRequestUs(row(round, baseRow)) - cpuPerRequestUs(row(round, name)))
    console.log(`${name}, this checkout against --base: CPU per request base/this ${perRound(cpuRatios(name, baseRow))}; µs saved per request ${median(saved).toFixed(1)} (${saved.map((x) => x.toFixed(1)).join(' ')})`)
  }
}

/**
 * Which side set each row's rate, from the medians of its rounds: the server's event loop (its
 * process used nearly a core: one thread serves), the client (wrk near a core), or neither, when the
 * requests wait on something else (query_db: one client's queries run one at a time in its query
 * process, so the service may idle between them; its `+qp` row adds the query processes' CPU, which
 * runs beside the service's thread on the other core, so it is left out here).
 */
export function saturation(names: string[], results: (name: string) => LoadFigures[]): string {
  const parts = names.map((name) => {
    const server = median(results(name).map((r) => r.serverCpu))
    const client = median(results(name).map((r) => r.clientCpu))
    const side = client >= CLIENT_BOUND_CPU ? 'client' : server >= SERVER_BOUND_CPU ? 'server' : 'neither'
    return `${name}: ${side} (server ${server.toFixed(2)}, wrk ${client.toFixed(2)})`
  })
  // "neither": the server waited (on its query processes, say), or the host's load left it less than a core.
  return `Saturated side (server >= ${SERVER_BOUND_CPU} of a core, or wrk >= ${CLIENT_BOUND_CPU}; "neither": the server waited, or was not given a whole core at load average ${loadavg()[0]?.toFixed(1)}): ${parts.join('; ')}`
}

/**
 * The control row (`auth-stack --control US`): per round, its CPU ratio to the bracketing baseline
 * against what it would be if a request cost the same around a handler however long the handler
 * runs (the baseline's µs over the baseline's plus `loopUs`, the loop's cost measured through the
 * handler after the run, not the nominal US: see `handlerCpuUs`), and the µs a request cost around the loop
 * beyond the baseline's. Below "expected" means a slower row pays more per request outside its own
 * work on this machine: a part of any row's CPU ratio the row's code does not set.
 */
export function reportControl(rounds: RowFigures[][], name: string, loopUs: number, loopsPerUs: number): void {
  const per = rounds.map((round) => {
    const row = round.find((r) => r.name === name)
    const base = row?.bracket?.cpuUsPerRequest ?? Number.NaN
    const cpu = cpuPerRequestUs(row)
    return { ratio: base / cpu, expected: base / (base + loopUs), around: cpu - loopUs - base }
  })
  const f = (values: number[], digits: number) => `${median(values).toFixed(digits)} (${values.map((v) => v.toFixed(digits)).join(' ')})`
  console.log(`${name} (${loopsPerUs.toFixed(0)} iterations a µs calibrated at start; the loop measured through its handler after the run: ${loopUs.toFixed(1)} µs a call): CPU ratio ${f(per.map((p) => p.ratio), 3)}; expected if a request cost the same around any handler ${f(per.map((p) => p.expected), 3)}; µs per request around the loop beyond the baseline's ${f(per.map((p) => p.around), 1)}`)
}
