import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FLEET } from '@heist/shared'
import { parseDocument } from 'yaml'
import { describe, expect, test } from 'vitest'
import { parseStoreId, unpinned, workspacePackages } from '../../scripts/docker/assemble.mjs'
import { parseProcStatus } from '../docker/docker-cli.js'
import { hostNetworkOverride } from '../docker/host-override.js'
import { ROOT } from '../support/fleet.js'

// The pieces of the Docker build and the Docker test that can be checked without an engine;
// `pnpm test:docker` runs them for real.
describe('scripts/docker/assemble.mjs', () => {
  test('reads name and version from pnpm store folder ids, peers and scopes included', () => {
    expect(parseStoreId('@fastify+ajv-compiler@4.0.7')).toEqual({ name: '@fastify/ajv-compiler', version: '4.0.7' })
    expect(parseStoreId('openai@6.49.0_ws@8.23.0_zod@4.6.7')).toEqual({ name: 'openai', version: '6.49.0' })
    expect(parseStoreId('@heist+shared@file+shared_@fastify+swagger@9.9.3')).toMatchObject({ name: '@heist/shared' })
    expect(parseStoreId('lock.yaml')).toBeNull()
  })

  test('flags an installed version the lockfile does not pin, and only that', () => {
    const lock = readFileSync(join(ROOT, 'pnpm-lock.yaml'), 'utf8')
    const fastify = /\n {2}(fastify@[\d.]+):/.exec(lock)?.[1]
    expect(fastify).toBeTruthy()
    expect(unpinned([fastify!, '@heist+shared@file+shared'], lock)).toEqual([])
    expect(unpinned(['fastify@0.0.1', '@fastify+send@0.0.0_x@1.0.0'], lock)).toEqual(['fastify@0.0.1', '@fastify/send@0.0.0'])
  })

  test('finds every workspace package the Dockerfile builds', () => {
    const names = [...workspacePackages(ROOT).keys()]
    for (const name of ['@heist/dashboard-ui', '@heist/shared', ...FLEET.map((s) => `@heist/${s.name}`)]) expect(names).toContain(name)
  })
})

describe('the host-network override of the Docker test', () => {
  const ports = Object.fromEntries(FLEET.map((s, i) => [s.name, 40_000 + i]))
  const doc = parseDocument(hostNetworkOverride(ports, FLEET.map((s) => s.name)))
  const services = doc.toJS().services as Record<string, { network_mode: string; ports: unknown[]; environment: Record<string, string>; healthcheck: { test: string[] } }>

  test('every service runs on the host network at its own port, reaching the others on 127.0.0.1', () => {
    for (const s of FLEET) {
      const service = services[s.name]!
      expect(service.network_mode).toBe('host')
      expect(service.ports).toEqual([])
      expect(service.environment).toMatchObject({ PORT: String(ports[s.name]), HOST: '127.0.0.1', HEIST_OAUTH_URL: `http://127.0.0.1:${ports.oauth}` })
      expect(service.healthcheck.test.join(' ')).toContain(`http://127.0.0.1:${ports[s.name]}/health`)
      if (s.llm) expect(service.environment.LLM_BASE_URL).toBe(`http://127.0.0.1:${ports['llm-sim']}/v1`)
    }
    // The ports must replace, not extend, the published ones: Compose needs the !reset tag.
    expect(String(doc)).toMatch(/ports: !reset \[\]/)
  })

  test('refuses a compose file whose services differ from the fleet table', () => {
    expect(() => hostNetworkOverride(ports, ['oauth'])).toThrow(/differ from the fleet table/)
  })
})

test('parseProcStatus reads name, pid and uid of each process', () => {
  const text = 'Name:\ttini\nPid:\t1\nUid:\t1000\t1000\t1000\t1000\nName:\tnode\nPid:\t7\nUid:\t0\t0\t0\t0\n'
  expect(parseProcStatus(text)).toEqual([{ name: 'tini', pid: 1, uid: 1000 }, { name: 'node', pid: 7, uid: 0 }])
})
