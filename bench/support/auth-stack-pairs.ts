/**
 * `auth-stack --pairs N`: issue 16's MCP target (a `tools/call` within 0.8 of the REST call) decided
 * rather than read. The ordinary rounds put a baseline run between the REST row and each MCP row, so
 * the two sit up to four runs apart and one run's ratio spread by ±0.1 on this VM. Here each round
 * runs REST, an MCP row, REST, the other MCP row, REST (the MCP rows swapped every other round) on
 * the same servers, and divides each MCP run by the mean of the REST runs just before and after it,
 * as the ordinary rounds do with the baseline. The control row (`--control`) runs in every round the
 * same way around the bare POST: its ratio is known from its loop, so whether the run recovers it
 * tells whether this run's ratios can decide anything (bench/support/decide.ts).
 */
import { cpus, loadavg } from 'node:os'
import { MCP_OVER_REST_TARGET } from './auth-stack-report.js'
import { decide, decisionLine, medianInterval } from './decide.js'
import { median, wrk, type HttpLoad, type LoadFigures } from './wrk.js'

const cpuUs = (r: LoadFigures) => (r.serverCpu * 1e6) / r.rps

export interface PairLoads {
  rest: HttpLoad
  mcp: HttpLoad[]
  /** The bare POST and the control row (a bare POST plus a loop), when the run has a control. */
  bare: HttpLoad
  control?: HttpLoad
}

export interface PairFigures {
  /** Per MCP row: the REST CPU per request around each of its runs over its own, one per round. */
  ratios: Map<string, number[]>
  /** Server CPU (cores) of every REST and MCP run: whether the server saturated. */
  serverCpu: Map<string, number[]>
  /** The control's ratio to the bare POST around it, and that bare POST's µs, one per round. */
  control: { ratio: number; bareUs: number }[]
  restUs: number[]
  loadBefore: number
}

/** `rounds` rounds of REST and MCP interleaved (and the control around the bare POST), `durationS` a run. */
export async function runPairs(loads: PairLoads, rounds: number, run: { durationS: number; connections: number }): Promise<PairFigures> {
  const figures: PairFigures = { ratios: new Map(), serverCpu: new Map(), control: [], restUs: [], loadBefore: loadavg()[0] ?? Number.NaN }
  const load = (l: HttpLoad) => wrk(l, run)
  const note = (name: string, r: LoadFigures) => figures.serverCpu.set(name, [...(figures.serverCpu.get(name) ?? []), r.serverCpu])
  for (let i = 0; i < rounds; i++) {
    const order = i % 2 === 0 ? loads.mcp : [...loads.mcp].reverse()
    let before = await load(loads.rest)
    note(loads.rest.name, before)
    figures.restUs.push(cpuUs(before))
    for (const mcp of order) {
      const row = await load(mcp)
      const after = await load(loads.rest)
      note(mcp.name, row)
      note(loads.rest.name, after)
      figures.ratios.set(mcp.name, [...(figures.ratios.get(mcp.name) ?? []), (cpuUs(before) + cpuUs(after)) / 2 / cpuUs(row)])
      before = after
    }
    if (loads.control) {
      const bareBefore = await load(loads.bare)
      const control = await load(loads.control)
      const bareAfter = await load(loads.bare)
      const bareUs = (cpuUs(bareBefore) + cpuUs(bareAfter)) / 2
      figures.control.push({ ratio: bareUs / cpuUs(control), bareUs })
    }
  }
  return figures
}

const list = (values: number[]) => values.map((v) => v.toFixed(2)).join(' ')

/**
 * The control's check: per round its ratio less the one it would have if a request cost the same
 * around a handler of `loopUs` µs as around none (the bare POST's µs over those plus the loop's).
 * It holds when the 95 % interval of that difference's median holds 0.
 */
export function controlCheck(control: PairFigures['control'], loopUs: number): { holds: boolean; says: string } {
  const expected = control.map(({ bareUs }) => bareUs / (bareUs + loopUs))
  const misses = control.map(({ ratio }, i) => ratio - expected[i]!)
  const interval = medianInterval(misses)
  const holds = interval !== undefined && interval[0] <= 0 && 0 <= interval[1]
  const span = interval === undefined ? 'too few rounds for an interval' : `the 95 % interval of its miss ${interval[0].toFixed(3)} to ${interval[1].toFixed(3)}`
  return { holds, says: `read ${median(control.map((c) => c.ratio)).toFixed(3)} where ${median(expected).toFixed(3)} is expected; ${span}` }
}

export function reportPairs(figures: PairFigures, rest: string, run: { durationS: number; connections: number }, control?: { name: string; loopUs: number }): void {
  const rounds = figures.restUs.length
  console.log(`\n--pairs: ${rounds} rounds of ${rest}, then each MCP row between two runs of it (${run.durationS} s a run, ${run.connections} connections, wrk 1 thread), on the same servers; ${process.version}, ${cpus().length} CPUs, load average ${figures.loadBefore.toFixed(1)} -> ${(loadavg()[0] ?? Number.NaN).toFixed(1)}`)
  console.log(`each MCP run's CPU ratio = the REST runs' CPU per request around it (mean) over its own; REST ${median(figures.restUs).toFixed(0)} µs CPU a call; server CPU (cores, medians): ${[...figures.serverCpu].map(([name, cpu]) => `${name} ${median(cpu).toFixed(2)}`).join(', ')}`)
  const check = control === undefined || figures.control.length === 0 ? undefined : controlCheck(figures.control, control.loopUs)
  if (control !== undefined && check !== undefined) {
    console.log(`${control.name} around the bare POST (the loop measured through its handler: ${control.loopUs.toFixed(1)} µs): ${check.says}; ${check.holds ? 'its known ratio is inside that interval: no bias this run can see' : 'NOT recovered: this run decides nothing'} (per round ${list(figures.control.map((c) => c.ratio))})`)
  } else {
    console.log('no control row (--control US): the verdicts below assume the run measures a known ratio right, which it did not check')
  }
  for (const [name, ratios] of figures.ratios) {
    console.log(`${name} / ${rest}, CPU: ${decisionLine(decide(ratios, MCP_OVER_REST_TARGET, check), MCP_OVER_REST_TARGET)}; per round ${list(ratios)}`)
  }
}
