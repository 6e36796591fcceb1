import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { ROOT } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'

// Configuration mistakes, through the real launcher: refused before anything starts, every
// problem listed with its file and line, exit code 2, no stack trace.
const scratch: string[] = []
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A copy of config/ with `edit` applied to the named files. */
function configWith(edits: Record<string, (text: string) => string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'heist-config-'))
  scratch.push(dir)
  cpSync(join(ROOT, 'config'), join(dir, 'config'), { recursive: true })
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, 'config', file)
    writeFileSync(path, edit(readFileSync(path, 'utf8')))
  }
  return dir
}

/** 1-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1

/** `pnpm start <args>` run to its end: its exit code and its whole output (stdout and stderr). */
function start(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['scripts/start.mjs', ...args], {
    cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr.on('data', (c: Buffer) => (output += c.toString()))
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })))
}

/** A whole start of the fleet of `dir` (its config, data directory and secrets) on free ports. */
const launch = (dir: string, env: Record<string, string> = {}, args: string[] = []) =>
  start([...args, '--config-dir', join(dir, 'config'), '--data-dir', join(dir, 'data'), '--secrets-file', join(dir, '.env'), '--ports', 'auto'], env)

function expectRefusedBeforeStart(dir: string, result: { code: number | null; output: string }): void {
  expect(result.code, result.output).toBe(2)
  expect(result.output).not.toMatch(/^\s+at /m)
  // Nothing ran: no secrets written, no data directory, no service output.
  expect(existsSync(join(dir, '.env'))).toBe(false)
  expect(existsSync(join(dir, 'data'))).toBe(false)
  expect(result.output).not.toMatch(/listening|healthy/i)
}

describe('the launcher refuses a bad configuration before it starts anything', () => {
  test('every problem of agents.yaml and heist.yaml at once, each at its file and line', async () => {
    const dir = configWith({
      'heist.yaml': (t) => t
        .replace('  rounds: 5', '  rounds: 0')
        .replace('  max_tool_steps: 3', '  max_tool_steps: 3\n  max_tool_stepz: 4')
        .replace('turn_order: [planner, hacker,', 'turn_order: [planner, hackr,')
        .replace('  llm_weight: 0.4', '  llm_weight: 0.5'),
      'agents.yaml': (t) => t.replace('scopes: [database_query:use]', 'scopes: [databse_query:use]'),
    })
    const heist = join(dir, 'config', 'heist.yaml')
    const agents = join(dir, 'config', 'agents.yaml')
    const heistText = readFileSync(heist, 'utf8')
    const result = await launch(dir)
    expectRefusedBeforeStart(dir, result)
    expect(result.output).toContain(`${heist}:${lineOf(heistText, 'rounds: 0')} session.rounds:`)
    expect(result.output).toContain(`${heist}:${lineOf(heistText, 'max_tool_stepz')} session.max_tool_stepz: unknown key "max_tool_stepz"`)
    expect(result.output).toMatch(new RegExp(`${heist}:${lineOf(heistText, 'turn_order')} session\\.turn_order\\.1: "hackr" is not an agent`))
    expect(result.output).toContain(`${heist}:${lineOf(heistText, 'llm_weight')} detection.llm_weight: rule_weight + llm_weight must be 1`)
    expect(result.output).toContain(`${agents}:${lineOf(readFileSync(agents, 'utf8'), 'databse_query')} agents.3.scopes.0: unknown scope "databse_query:use"; did you mean database_query:use?`)
  })

  test('a YAML syntax error is reported at its line', async () => {
    const dir = configWith({ 'heist.yaml': (t) => t.replace('  temperature: 0.7', '  temperature: [0.7') })
    const heist = join(dir, 'config', 'heist.yaml')
    const result = await launch(dir)
    expectRefusedBeforeStart(dir, result)
    // The parser notices an unclosed `[` on the line after it opens (where the next key starts).
    const opened = lineOf(readFileSync(heist, 'utf8'), 'temperature: [0.7')
    const reported = Number(new RegExp(`${heist}:(\\d+) \\(root\\): `).exec(result.output)?.[1])
    expect([opened, opened + 1]).toContain(reported)
  })

  test('the chosen profile\'s overlay is checked too, each problem at its own file and line', async () => {
    const dir = configWith({
      'profiles/demo/heist.yaml': (t) => t.replace('  rounds: 10', '  rounds: -3').replace('  compression_threshold_messages: 8', '  compression_threshold_messages: 8\n  compresion_after: 4'),
    })
    const overlay = join(dir, 'config', 'profiles', 'demo', 'heist.yaml')
    const text = readFileSync(overlay, 'utf8')
    const result = await launch(dir, { HEIST_PROFILE: 'demo' })
    expectRefusedBeforeStart(dir, result)
    expect(result.output).toContain(`${overlay}:${lineOf(text, 'rounds: -3')} session.rounds:`)
    expect(result.output).toContain(`${overlay}:${lineOf(text, 'compresion_after')} memory.compresion_after: unknown key "compresion_after"`)
  })

  test('an unknown HEIST_PROFILE is refused by name', async () => {
    const dir = configWith({})
    const result = await launch(dir, { HEIST_PROFILE: 'nightly' })
    expectRefusedBeforeStart(dir, result)
    expect(result.output).toContain('profile "nightly" does not exist')
  })
})

describe('mistakes on the command line', () => {
  test('a misspelt service in --only is a bad flag: refused before anything starts, exit 2, with the services named', async () => {
    const dir = configWith({})
    const result = await launch(dir, {}, ['--only', 'calculater'])
    expectRefusedBeforeStart(dir, result)
    expect(result.output).toContain('--only: unknown service "calculater" (services: llm-sim, oauth, calculator,')
  })

  test.each([['--status'], ['--restart', 'memory']])('pnpm start %s with no launcher on the data directory says so, exit 1, no stack trace', async (...args) => {
    const dir = configWith({})
    const { code, output } = await start([...args, '--data-dir', join(dir, 'data')])
    expect(code, output).toBe(1)
    expect(output).toContain(`no launcher is running with this data directory (${join(dir, 'data', 'launcher.sock')})`)
    expect(output).not.toMatch(/^\s+at |Unhandled 'error' event/m)
  })
})

describe('pnpm start --restart checks the configuration before it stops the service', () => {
  /** `pnpm start <args>` of another terminal, against the fleet of `dir`. */
  const ask = (dir: string, args: string[]) => start([...args, '--config-dir', join(dir, 'config'), '--data-dir', join(dir, 'data')])
  const pidOf = async (dir: string) => /llm-sim\s+up \(pid (\d+)\)/.exec((await ask(dir, ['--status'])).output)?.[1]

  test('a file the service would refuse, or another team, is refused; the service keeps running', async () => {
    const dir = configWith({})
    const fleet = spawn(process.execPath, ['scripts/start.mjs', '--only', 'llm-sim', '--ports', 'auto',
      '--config-dir', join(dir, 'config'), '--data-dir', join(dir, 'data'), '--secrets-file', join(dir, '.env')], {
      cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    fleet.stdout.on('data', (c: Buffer) => (output += c.toString()))
    const exited = new Promise((resolve) => fleet.once('exit', resolve))
    try {
      await waitFor('the fleet to be up', () => output, (text) => text.includes('Ctrl-C stops everything'), 60_000)
      const before = await pidOf(dir)
      expect(before).toMatch(/^\d+$/)
      // --status names each service's URL too: with --ports auto, where else would one find it.
      const url = /llm-sim\s+up\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1]
      expect((await ask(dir, ['--status'])).output).toContain(`up (pid ${before})  ${' '.repeat(16 - `up (pid ${before})`.length)}${url}`)
      const heist = join(dir, 'config', 'heist.yaml')
      const agents = join(dir, 'config', 'agents.yaml')
      const [heistText, agentsText] = [readFileSync(heist, 'utf8'), readFileSync(agents, 'utf8')]

      writeFileSync(heist, heistText.replace('  rounds: 5', '  rounds: 0'))
      const badFile = await ask(dir, ['--restart', 'llm-sim'])
      expect(badFile.code, badFile.output).toBe(1)
      expect(badFile.output).toMatch(/refusing to restart llm-sim, which keeps running: .*session\.rounds/s)
      expect(await pidOf(dir)).toBe(before)

      writeFileSync(heist, heistText)
      writeFileSync(agents, agentsText.replace('agents:\n', 'agents:\n  - name: forger\n    role: Forger\n    colour: "#123456"\n    persona: Makes papers.\n'))
      const newAgent = await ask(dir, ['--restart', 'llm-sim'])
      expect(newAgent.code, newAgent.output).toBe(1)
      expect(newAgent.output).toMatch(/another team than at start \(added forger\).*pnpm start again/)
      expect(await pidOf(dir)).toBe(before)

      // Same names, other scopes: oauth still holds the scopes it read at start, so the planner would
      // silently never be offered the calculator.
      writeFileSync(agents, agentsText.replace('    tools: []\n    scopes: []\n', '    tools: [calculator]\n    scopes: [calculator:use]\n'))
      const newScopes = await ask(dir, ['--restart', 'llm-sim'])
      expect(newScopes.code, newScopes.output).toBe(1)
      expect(newScopes.output).toMatch(/refusing to restart llm-sim.*scopes of planner.*pnpm start again/s)

      writeFileSync(agents, agentsText)
      const fine = await ask(dir, ['--restart', 'llm-sim'])
      expect(fine.code, fine.output).toBe(0)
      expect(await pidOf(dir)).not.toBe(before)
    } finally {
      fleet.kill('SIGINT')
      await exited
    }
  })
})
