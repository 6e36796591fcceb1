import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError, loadConfig } from '@heist/shared'
import { describe, expect, it } from 'vitest'
import { connection, parseCli, UsageError } from '../src/cli/args.js'
import { createRenderer, painter } from '../src/cli/render.js'
import { agentSecretsEnv, OrchestratorEnv } from '../src/env.js'

describe('pnpm heist command line', () => {
  it('turns options into start options', () => {
    expect(parseCli(['run', '--rounds', '3', '--seed', '42', '--mole', 'none', '--json'])).toEqual({ start: { rounds: 3, seed: 42, mole: 'none' }, json: true, deltas: false, help: false })
    expect(parseCli(['run', '--strategy', 'false_info', '--profile', 'dev', '--deltas']).start).toEqual({ strategy: 'false_info', profile: 'dev' })
    expect(parseCli(['--help']).help).toBe(true)
  })

  it('refuses bad options with one clear line', () => {
    const bad = [['run', '--rounds', '0'], ['run', '--seed', '-1'], ['run', '--strategy', 'chaos'], ['run', '--mole', 'Bad Name'], ['run', '--bogus'], ['fly'], []]
    for (const argv of bad) {
      let error: unknown
      try { parseCli(argv) } catch (e) { error = e }
      expect(error, argv.join(' ')).toBeInstanceOf(UsageError)
      expect((error as Error).message).not.toContain('\n')
    }
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
    render({ ...base, type: 'session_started', rounds: 1, turn_order: ['hacker'], agents: [{ name: 'hacker', role: 'Tech', colour: '#39d98a', emoji: '💻' }], model: 'm' })
    expect(render({ ...base, type: 'message', round: 1, turn: 1, agent: 'hacker', message_id: 'm', content: 'Cameras on floor 2.', reply_to: null, prompt_tokens: 1, completion_tokens: 1, latency_ms: 1 })).toBe('💻 hacker: Cameras on floor 2.')
    expect(render({ ...base, type: 'tool_result', round: 1, turn: 1, agent: 'hacker', call_id: 'c', tool: 'read_file', ok: false, error: { code: 'FILE_NOT_FOUND', message: 'no such file' }, duration_ms: 1 })).toContain('ERROR FILE_NOT_FOUND: no such file')
    expect(render({ ...base, type: 'token_delta', turn: 1, agent: 'hacker', delta: 'x' })).toBeNull()
    expect(painter('#39d98a', 0, { COLORTERM: 'truecolor' }, true)('x')).toBe('\x1b[38;2;57;217;138mx\x1b[39m')
    expect(painter('#39d98a', 0, {}, false)('x')).toBe('x')
  })
})

describe('orchestrator environment', () => {
  it('lists every missing secret at once', () => {
    let error: unknown
    try { loadConfig(agentSecretsEnv(['planner', 'hacker']), {}) } catch (e) { error = e }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).problems.map((p) => p.path)).toEqual(['HEIST_SECRET_PLANNER', 'HEIST_SECRET_HACKER'])
    expect(() => loadConfig(OrchestratorEnv, {})).toThrow(/HEIST_SECRET_ORCHESTRATOR[\s\S]*HEIST_OPERATOR_TOKEN/)
  })
})
