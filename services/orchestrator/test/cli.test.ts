import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError, loadConfig } from '@heist/shared'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { connection, parseCli, UsageError } from '../src/cli/args.js'
import { modelWait } from '../src/cli/model-wait.js'
import { createRenderer, painter } from '../src/cli/render.js'
import { agentSecretsEnv, OrchestratorEnv } from '../src/env.js'

describe('pnpm heist command line', () => {
  it('turns options into start options', () => {
    expect(parseCli(['run', '--rounds', '3', '--seed', '42', '--mole', 'none', '--json'])).toEqual({ start: { rounds: 3, seed: 42, mole: 'none' }, json: true, deltas: false, modelWaitMs: 300_000, help: false })
    expect(parseCli(['run', '--model-wait', '0']).modelWaitMs).toBe(0)
    expect(parseCli(['run', '--model-wait', '90']).modelWaitMs).toBe(90_000)
    expect(parseCli(['run', '--strategy', 'false_info', '--profile', 'dev', '--deltas']).start).toEqual({ strategy: 'false_info', profile: 'dev' })
    expect(parseCli(['--help']).help).toBe(true)
  })

  it('refuses bad options with one clear line', () => {
    const bad = [['run', '--rounds', '0'], ['run', '--seed', '-1'], ['run', '--strategy', 'chaos'], ['run', '--mole', 'Bad Name'], ['run', '--model-wait', '-5'], ['run', '--model-wait', '1.5'], ['run', '--model-wait', '86401'], ['run', '--bogus'], ['fly'], []]
    for (const argv of bad) {
      let error: unknown
      try { parseCli(argv) } catch (e) { error = e }
      expect(error, argv.join(' ')).toBeInstanceOf(UsageError)
      expect((error as Error).message).not.toContain('\n')
    }
    // A value starting with a dash: the line says how to write it, which then meets the range check.
    expect(() => parseCli(['run', '--seed', '-1'])).toThrow(/--seed=-/)
    expect(() => parseCli(['run', '--seed=-1'])).toThrow(/--seed must be a whole number from 0 to 2147483647/)
  })

  it('reads the orchestrator URL and operator token from env first, then the root .env', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heist-cli-'))
    writeFileSync(join(dir, '.env'), '# secrets\nHEIST_OPERATOR_TOKEN="from-file-token"\nHEIST_ORCHESTRATOR_URL=http://127.0.0.1:9999/\n')
    expect(connection({}, [dir])).toEqual({ url: 'http://127.0.0.1:9999', token: 'from-file-token' })
    expect(connection({ HEIST_OPERATOR_TOKEN: 'env-token' }, [dir]).token).toBe('env-token')
    expect(connection({}, [join(dir, 'none')])).toEqual({ url: 'http://127.0.0.1:8009', token: undefined })
    expect(() => connection({ HEIST_ORCHESTRATOR_URL: '127.0.0.1:8009' }, [dir])).toThrow(UsageError)
  })

  it('renders the conversation with tool calls inline, and colours agents in truecolor when the terminal has it', () => {
    const render = createRenderer({}, false)
    const base = { session_id: 's', ts: '', seq: 1 }
    expect(render({ ...base, type: 'session_started', rounds: 1, turn_order: ['hacker'], agents: [{ name: 'hacker', role: 'Tech', colour: '#39d98a', emoji: '💻' }], model: 'm' })).toBe('Heist s — 1 round, model m\nTeam: 💻 hacker (Tech)')
    expect(render({ ...base, type: 'message', round: 1, turn: 1, agent: 'hacker', message_id: 'm', content: 'Cameras on floor 2.', reply_to: null, prompt_tokens: 1, completion_tokens: 1, latency_ms: 1 })).toBe('💻 hacker: Cameras on floor 2.')
    expect(render({ ...base, type: 'tool_result', round: 1, turn: 1, agent: 'hacker', call_id: 'c', tool: 'read_file', ok: false, error: { code: 'FILE_NOT_FOUND', message: 'no such file' }, duration_ms: 1 })).toContain('ERROR FILE_NOT_FOUND: no such file')
    expect(render({ ...base, type: 'token_delta', turn: 1, agent: 'hacker', delta: 'x' })).toBeNull()
    expect(render({ ...base, type: 'session_completed', rounds: 1 })).toBe('\n✔ completed after 1 round')
    expect(render({ ...base, type: 'session_completed', rounds: 3 })).toBe('\n✔ completed after 3 rounds')
    expect(painter('#39d98a', 0, { COLORTERM: 'truecolor' }, true)('x')).toBe('\x1b[38;2;57;217;138mx\x1b[39m')
    expect(painter('#39d98a', 0, {}, false)('x')).toBe('x')
  })
})

describe('the CLI waiting for a model that is down', () => {
  const base = { session_id: 's', ts: '', seq: 1 }
  const paused = { ...base, type: 'session_paused', reason: 'model_unavailable', message: 'the model did not answer' } as const
  const resumed = { ...base, type: 'session_resumed', reason: 'model_available' } as const
  afterEach(() => {
    vi.useRealTimers()
  })

  it('says it waits, says every 30 s for how long, and gives up after the wait', () => {
    vi.useFakeTimers()
    const said: string[] = []
    const wait = modelWait(90_000, (line) => said.push(line))
    wait.see({ ...base, type: 'round_started', round: 1 })
    expect(said).toEqual([])
    wait.see(paused)
    expect(said).toEqual(['… waiting up to 90 s for the model (the session goes on by itself when it answers; Ctrl-C stops it)'])
    vi.advanceTimersByTime(60_000)
    expect(said.slice(1)).toEqual(['… still waiting for the model: 30 s of 90 s', '… still waiting for the model: 60 s of 90 s'])
    expect(wait.expired()).toBe(false)
    vi.advanceTimersByTime(30_000)
    expect(wait.expired()).toBe(true)
    expect(wait.signal.aborted).toBe(true)
  })

  it('a model that answers again ends the wait, and the next outage gets a whole wait of its own', () => {
    vi.useFakeTimers()
    const wait = modelWait(90_000, () => undefined)
    wait.see(paused)
    vi.advanceTimersByTime(80_000)
    wait.see(resumed)
    vi.advanceTimersByTime(80_000)
    expect(wait.expired()).toBe(false)
    wait.see(paused)
    vi.advanceTimersByTime(89_000)
    expect(wait.expired()).toBe(false)
    vi.advanceTimersByTime(1_000)
    expect(wait.expired()).toBe(true)
  })

  it('--model-wait 0 gives up at the pause', () => {
    const wait = modelWait(0, () => undefined)
    wait.see(resumed)
    expect(wait.expired()).toBe(false)
    wait.see(paused)
    expect(wait.expired()).toBe(true)
  })
})

describe('orchestrator environment', () => {
  it('lists every missing secret at once', () => {
    let error: unknown
    try { loadConfig(agentSecretsEnv(['planner', 'hacker']), {}) } catch (e) { error = e }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).problems.map((p) => p.path)).toEqual(['HEIST_SECRET_PLANNER', 'HEIST_SECRET_HACKER'])
    expect(() => loadConfig(OrchestratorEnv, {})).toThrow(/HEIST_SECRET_ORCHESTRATOR[\s\S]*HEIST_OPERATOR_TOKEN[\s\S]*HEIST_MODEL_SEED_KEY/)
    expect(() => loadConfig(OrchestratorEnv, { HEIST_MODEL_SEED_KEY: 'short' })).toThrow(/HEIST_MODEL_SEED_KEY must be at least 16 characters/)
  })
})
