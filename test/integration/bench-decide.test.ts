import { expect, test, vi } from 'vitest'
import { controlCheck } from '../../bench/support/auth-stack-pairs.js'
import { decide, medianInterval } from '../../bench/support/decide.js'
import { reportInstructions } from '../../bench/support/instructions.js'

const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

// The interval is the sign test's: for 30 rounds the 10th smallest to the 10th largest (95.7 %; the
// 11th would hold the median only 90.1 % of the time). Too few rounds give no interval, not a narrow one.
test('the median interval takes the order statistics that hold the median 95 % of the time', () => {
  expect(medianInterval(oneTo(30).reverse())).toEqual([10, 21])
  expect(medianInterval(oneTo(9))).toEqual([2, 8])
  expect(medianInterval(oneTo(6))).toEqual([1, 6])
  expect(medianInterval(oneTo(5))).toBeUndefined()
  // A round whose figure is not a number (a run with no answers) is left out, not sorted somewhere.
  expect(medianInterval([...oneTo(6), Number.NaN])).toEqual([1, 6])
})

// The session-10 quiet run: a median of 0.732 with the target 0.8 inside its middle half was printed
// as "NOT met"; a verdict must say when the run cannot tell.
test('a target is met or not only when the whole interval is on one side of it', () => {
  const around = (centre: number) => oneTo(20).map((i) => centre + (i - 10.5) * 0.01)
  expect(decide(around(0.9), 0.8).verdict).toBe('met')
  expect(decide(around(0.7), 0.8).verdict).toBe('NOT met')
  const straddles = decide(around(0.76), 0.8)
  expect(straddles.verdict).toBe('undecided')
  expect(straddles.why).toMatch(/inside the 95 % interval/)
  expect(decide([0.9, 0.95, 0.92], 0.8)).toMatchObject({ verdict: 'undecided', why: expect.stringMatching(/too few/) })
  // A control that missed its known ratio leaves even a clear result undecided.
  const missed = decide(around(0.9), 0.8, { holds: false, says: 'read 1.034 where 0.938 is expected' })
  expect(missed.verdict).toBe('undecided')
  expect(missed.why).toMatch(/control missed its known ratio \(read 1\.034/)
})

test('the control holds when its known ratio is inside the interval of its rounds, and not when they sit off it', () => {
  // A bare POST of 50 µs and a loop of 10 µs: 50 / 60 expected in every round.
  const rounds = (offset: number) => oneTo(12).map((i) => ({ bareUs: 50, ratio: 50 / 60 + offset + (i % 2 === 0 ? 0.02 : -0.02) * (i / 12) }))
  expect(controlCheck(rounds(0), 10).holds).toBe(true)
  const off = controlCheck(rounds(0.1), 10)
  expect(off.holds).toBe(false)
  expect(off.says).toMatch(/^read 0\.9\d\d where 0\.833 is expected; the 95 % interval of its miss 0\.0\d\d to 0\.1\d\d$/)
})

// Instruction counts repeat within about 1 % between rounds: MCP over the REST call of the same checkout
// is decided when every round is on one side of 0.8, each MCP row against its own checkout's REST row.
test('the instruction report sets each MCP row over its own REST row and decides on every round', () => {
  const row = (...own: number[]) => ({ own, all: own })
  const counts = new Map([
    ['bare Fastify POST', row(100_000, 100_000, 100_000)],
    ['calculator + JWT', row(130_000, 130_000, 130_000)],
    ['MCP tools/call, session', row(175_000, 170_000, 173_000)],
    ['MCP tools/call, no session', row(160_000, 165_000, 161_000)],
    ['calculator + JWT (base)', row(120_000, 120_000, 120_000)],
    ['MCP tools/call, no session (base)', row(148_000, 149_000, 150_000)],
  ])
  const lines: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
  try {
    reportInstructions(counts, { logLevel: 'warn', calls: 600, warmup: 10_000, rounds: 3, connections: 16 })
  } finally {
    log.mockRestore()
  }
  expect(lines).toContain('MCP tools/call, session / calculator + JWT in instructions: 0.751 (0.743 0.765 0.751); >= 0.80: NOT met in any round')
  expect(lines).toContain('MCP tools/call, no session / calculator + JWT in instructions: 0.807 (0.813 0.788 0.807); >= 0.80: undecided (rounds on both sides)')
  expect(lines).toContain('MCP tools/call, no session (base) / calculator + JWT (base) in instructions: 0.805 (0.811 0.805 0.800); >= 0.80: met in every round')
})
