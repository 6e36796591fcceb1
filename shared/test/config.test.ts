import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { AgentsFile, BaseEnv, ConfigError, HeistFile, LlmEnv, envPort, loadConfig, loadYamlFiles, serviceUrl } from '../src/index.js'

const dir = mkdtempSync(join(tmpdir(), 'heist-config-'))
function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('loadConfig', () => {
  const Env = z.object({ PORT: envPort(8001), NAME: z.string().min(3), MODE: z.enum(['a', 'b']) })

  test('parses, applies defaults and freezes', () => {
    const config = loadConfig(Env, { NAME: 'oauth', MODE: 'a' })
    expect(config).toEqual({ PORT: 8001, NAME: 'oauth', MODE: 'a' })
    expect(Object.isFrozen(config)).toBe(true)
  })

  test('reports every problem at once', () => {
    const error = (() => { try { loadConfig(Env, { PORT: 'x', NAME: 'a' }); return null } catch (e) { return e } })()
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).problems.map((p) => p.path).sort()).toEqual(['MODE', 'NAME', 'PORT'])
  })
})

describe('service URLs', () => {
  test('default to loopback and lose trailing slashes, so paths never double up', () => {
    const Env = BaseEnv.extend({ ...serviceUrl('oauth'), ...serviceUrl('file-reader'), ...LlmEnv.shape })
    const config = loadConfig(Env, { HEIST_OAUTH_URL: 'http://oauth:8001//', LLM_BASE_URL: 'http://127.0.0.1:1234/v1/' })
    expect(config.HEIST_OAUTH_URL).toBe('http://oauth:8001')
    expect(config.HEIST_FILE_READER_URL).toBe('http://127.0.0.1:8003')
    expect(config.LLM_BASE_URL).toBe('http://127.0.0.1:1234/v1')
  })
})

describe('loadYamlFiles', () => {
  test('the shipped config files are valid', () => {
    const agents = loadYamlFiles(AgentsFile, ['config/agents.yaml'])
    expect(agents.agents.map((a) => a.name)).toEqual(['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout'])
    const heist = loadYamlFiles(HeistFile, ['config/heist.yaml'])
    expect(Object.keys(heist.mole.strategies)).toHaveLength(5)
    expect(heist.detection.rule_weight).toBe(0.6)
  })

  test('a profile overlays the base file', () => {
    const heist = loadYamlFiles(HeistFile, ['config/heist.yaml', 'config/profiles/dev/heist.yaml'])
    expect(heist.session.rounds).toBe(3)
    expect(heist.session.turn_order).toHaveLength(6)
  })

  test('tools.transport is rest unless a profile says mcp, and nothing else is accepted', () => {
    expect(loadYamlFiles(HeistFile, ['config/heist.yaml']).tools.transport).toBe('rest')
    const mcp = file('mcp.yaml', 'tools:\n  transport: mcp\n')
    expect(loadYamlFiles(HeistFile, ['config/heist.yaml', mcp]).tools.transport).toBe('mcp')
    const pigeon = file('pigeon.yaml', 'tools:\n  transport: carrier-pigeon\n')
    expect(() => loadYamlFiles(HeistFile, ['config/heist.yaml', pigeon])).toThrow(ConfigError)
    try {
      loadYamlFiles(HeistFile, ['config/heist.yaml', pigeon])
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([expect.objectContaining({ path: 'tools.transport', line: 2, source: pigeon })])
    }
  })

  test('every problem is listed with file and line', () => {
    const path = file('bad-agents.yaml', [
      'agents:',
      '  - name: planner',
      '    role: Planner',
      '    persona: plans',
      '    colour: blue',
      '  - name: Planner!',
      '    role: Hacker',
      '    persona: hacks',
      '    colour: "#00ff00"',
    ].join('\n'))
    try {
      loadYamlFiles(AgentsFile, [path])
      expect.unreachable()
    } catch (error) {
      const problems = (error as ConfigError).problems
      expect(problems).toHaveLength(2)
      expect(problems).toContainEqual(expect.objectContaining({ path: 'agents.0.colour', line: 5, source: path }))
      expect(problems).toContainEqual(expect.objectContaining({ path: 'agents.1.name', line: 6 }))
    }
  })

  test('a tool an agent lists must exist and be allowed by its scopes, else it would silently never be offered', () => {
    const path = file('tools-agents.yaml', [
      'agents:',
      '  - name: driver',
      '    role: Driver',
      '    persona: drives',
      '    colour: "#00ff00"',
      '    tools: [calculator, read_fle]',
      '    scopes: [file_reader:use]',
      '  - name: planner',
      '    role: Planner',
      '    persona: plans',
      '    colour: "#0000ff"',
      '    tools: [calculator]',
      '    scopes: [calculator:use]',
    ].join('\n'))
    try {
      loadYamlFiles(AgentsFile, [path])
      expect.unreachable()
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        expect.objectContaining({ path: 'agents.0.tools.0', line: 6, message: expect.stringContaining('tool "calculator" needs the scope calculator:use') }),
        expect.objectContaining({ path: 'agents.0.tools.1', line: 6, message: 'unknown tool "read_fle"; did you mean read_file?' }),
      ])
    }
  })

  test('YAML syntax errors and missing files are reported, not thrown raw', () => {
    const broken = file('broken.yaml', 'agents: [\n  - name: x\n')
    expect(() => loadYamlFiles(AgentsFile, [broken])).toThrow(ConfigError)
    expect(() => loadYamlFiles(AgentsFile, [join(dir, 'missing.yaml')])).toThrow(/cannot read file/)
  })
})
