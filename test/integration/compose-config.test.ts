import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DCLinter } from 'dclint'
import { validate as lintDockerfile } from 'dockerfile-utils'
import { FLEET, SERVICE_CLIENTS, urlEnvName } from '@heist/shared'
import { parse } from 'yaml'
import { afterAll, describe, expect, test } from 'vitest'
import { parseEnvText, requiredNames } from '../../scripts/init-env.mjs'
import { secretNames, serviceEnvNames, serviceSecretNames } from '../../scripts/launch/env.js'
import { readAgentNames } from '../../scripts/launch/fleet.js'
import { envSchemaKeys } from '../support/env-schemas.js'
import { ROOT } from '../support/fleet.js'

// No Docker engine here: the compose file and the Dockerfile are checked as files, against the
// Compose specification, a Dockerfile linter, and the fleet table the launcher uses.
interface ComposeService {
  build?: { context?: string; target?: string; args?: Record<string, string> }
  depends_on?: Record<string, { condition?: string }>
  volumes?: string[]
  environment?: Record<string, string | null>
  env_file?: { path: string; required?: boolean }[]
  ports?: string[]
  extra_hosts?: string[]
  healthcheck?: { test?: string[]; timeout?: string }
}
interface ComposeFile { services: Record<string, ComposeService>; volumes?: Record<string, unknown> }

const composePath = join(ROOT, 'docker-compose.yml')
const compose = parse(readFileSync(composePath, 'utf8')) as ComposeFile
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8')
const agents = readAgentNames(join(ROOT, 'config'))
const scratch = mkdtempSync(join(tmpdir(), 'heist-compose-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function lintCompose(path: string) {
  const linter = new DCLinter({ rules: {}, quiet: false, debug: false, exclude: [] })
  const [result] = linter.lintFiles([path], false)
  return result?.messages.map((m: { line: number; rule: string; message: string }) => `${m.line}: ${m.rule}: ${m.message}`) ?? ['no result']
}

describe('docker-compose.yml and Dockerfile are valid', () => {
  test('the compose file follows the Compose specification with no dclint finding', () => {
    expect(lintCompose(composePath)).toEqual([])
    const broken = join(scratch, 'docker-compose.yml')
    writeFileSync(broken, 'services:\n  oauth:\n    build: .\n    ports: 8001\n    healthcheck: yes-please\n')
    expect(lintCompose(broken).join('\n')).toContain('invalid-schema')
  })

  test('the Dockerfile lints clean with dockerfile-utils', () => {
    expect(lintDockerfile(dockerfile).map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([])
    expect(lintDockerfile('FROM node:22\nEXPOSE port\nHEALTHCHECK --interval=5 CMD true\n').length).toBeGreaterThan(0)
  })

  test('the Dockerfile caches pnpm fetch, builds once, deploys one service and runs it slim, non-root, under tini', () => {
    // Dependencies come from the lockfile and the manifests alone; sources arrive only after the install.
    const deps = dockerfile.slice(dockerfile.indexOf('AS deps'), dockerfile.indexOf('AS deploy'))
    expect(deps.indexOf('COPY --from=manifests /src/pnpm-lock.yaml')).toBeLessThan(deps.indexOf('RUN pnpm fetch'))
    expect(deps.indexOf('RUN pnpm fetch')).toBeLessThan(deps.indexOf('COPY --from=manifests /src ./'))
    expect(deps).toMatch(/pnpm install --offline --frozen-lockfile/)
    expect(deps).not.toMatch(/^COPY (?!--from=manifests)/m)
    // The whole context is copied only where package.json files are picked out of it.
    expect(dockerfile.match(/^COPY \. /gm)).toHaveLength(1)
    expect(dockerfile).toMatch(/AS manifests\nCOPY \. \/context\n/)
    expect(dockerfile).toMatch(/pnpm -r build/)
    // `deploy --offline` fails on a clean machine (ERR_PNPM_NO_OFFLINE_META): metadata is never fetched.
    expect(dockerfile).toMatch(/pnpm --filter "@heist\/\$\{SERVICE\}" deploy --legacy --prod --prefer-offline \/out/)
    expect(dockerfile).not.toMatch(/deploy[^\n]*--offline/)
    expect(dockerfile).toMatch(/node scripts\/docker\/assemble\.mjs \/out \/src \/src\/pnpm-lock\.yaml/)
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'))
    expect(dockerfile).toMatch(/ARG NODE_IMAGE=node:22-bookworm-slim/)
    expect(runtime).toMatch(/^USER node$/m)
    expect(runtime).toMatch(/HOST=0\.0\.0\.0/)
    expect(runtime).toMatch(/ENTRYPOINT \["\/usr\/bin\/tini", "--"\]/)
    expect(runtime).toMatch(/HEALTHCHECK --interval=10s --timeout=10s /)
    expect(runtime).not.toMatch(/g\+\+|make|python3|curl/)
  })

  test('.dockerignore is an allowlist that keeps dependencies, data, secrets, docs and tests out of the context', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    expect(ignored[0]).toBe('*')
    for (const entry of ['**/node_modules', '**/dist', '**/test', '**/*.md', 'data', '.env', 'test-results']) expect(ignored).toContain(entry)
    const included = ignored.filter((l) => l.startsWith('!')).map((l) => l.slice(1))
    for (const path of ['README.md', 'docs', 'test', 'bench', 'scripts', '.env', 'data']) expect(included, path).not.toContain(path)
    // Whatever the Dockerfile copies from the context is let in.
    for (const [, source] of dockerfile.matchAll(/^COPY (?!--from)(?:--\S+ )*(\S+) /gm)) {
      expect(source === '.' || included.some((i) => source === i || source!.startsWith(`${i}/`)), source).toBe(true)
    }
  })

  test('every compose service has a buildable target: a package with build and start scripts and src/main.ts', () => {
    expect(dockerfile).toMatch(/^FROM \$\{NODE_IMAGE\} AS runtime$/m)
    for (const [name, service] of Object.entries(compose.services)) {
      const pkg = JSON.parse(readFileSync(join(ROOT, 'services', name, 'package.json'), 'utf8')) as { name: string; scripts?: Record<string, string> }
      expect(pkg.name).toBe(`@heist/${name}`)
      expect(pkg.scripts?.build, `${name} build script`).toBeTruthy()
      expect(pkg.scripts?.start, `${name} start script`).toBe('node dist/main.js')
      expect(existsSync(join(ROOT, 'services', name, 'src', 'main.ts')), `${name}/src/main.ts`).toBe(true)
      expect(service.build).toMatchObject({ context: '.', target: 'runtime', args: { SERVICE: name } })
    }
  })
})

describe('the health checks, run as Docker runs them', () => {
  // Docker runs the CMD array itself: node -e <script>, with the image's env (PORT) in the runtime image.
  const dockerfileCheck = JSON.parse(/HEALTHCHECK[^\n]*\\\n\s*CMD (\[.*\])/.exec(dockerfile)![1]!) as string[]
  const composeCheck = (port: number) => compose.services.calculator!.healthcheck!.test!.slice(1).map((a) => a.replace(/:8002\//, `:${port}/`))

  async function exitCode(argv: string[], port: number): Promise<number | null> {
    const [command, ...args] = argv
    const child = spawn(command!, args, { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' })
    const [code] = (await once(child, 'exit')) as [number | null]
    return code
  }

  test('exit 0 on a 200 from /health, 1 on a 503 or a closed port, and no fetch (node:http starts in a third of the CPU)', async () => {
    let status = 200
    const server = createServer((request, reply) => { reply.statusCode = request.url === '/health' ? status : 404; reply.end('{}') })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      for (const check of [dockerfileCheck, composeCheck(port)]) {
        expect(check.join(' ')).not.toContain('fetch(')
        status = 200
        expect(await exitCode(check, port), check.join(' ')).toBe(0)
        status = 503
        expect(await exitCode(check, port), check.join(' ')).toBe(1)
      }
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
    expect(await exitCode(dockerfileCheck, port)).toBe(1)
    expect(await exitCode(composeCheck(port), port)).toBe(1)
    for (const s of FLEET) expect(compose.services[s.name]!.healthcheck).toMatchObject({ timeout: '10s' })
  })
})

describe('docker-compose.yml agrees with the fleet table the launcher uses', () => {
  test('same services, ports and health checks', () => {
    expect(Object.keys(compose.services).sort()).toEqual(FLEET.map((s) => s.name).sort())
    for (const s of FLEET) {
      const service = compose.services[s.name]!
      expect(service.ports, s.name).toEqual([`127.0.0.1:${s.port}:${s.port}`])
      expect(service.environment?.PORT, s.name).toBe(String(s.port))
      expect(service.build?.args?.PORT, s.name).toBe(String(s.port))
      expect(service.healthcheck?.test?.join(' '), s.name).toContain(`http://127.0.0.1:${s.port}/health`)
    }
  })

  test('same dependencies, each waiting for a healthy service', () => {
    for (const s of FLEET) {
      const dependsOn = compose.services[s.name]?.depends_on ?? {}
      expect(Object.keys(dependsOn).sort(), s.name).toEqual([...s.dependsOn].sort())
      for (const dep of Object.values(dependsOn)) expect(dep.condition).toBe('service_healthy')
    }
  })

  test('same env var names as the launcher gives, with container URLs and no secret written in the file', () => {
    const envFileNames = new Set(requiredNames(ROOT))
    for (const s of FLEET) {
      const service = compose.services[s.name]!
      const environment = service.environment ?? {}
      const fromEnvFile = service.env_file?.some((f) => f.path === '.env') ? envFileNames : new Set<string>()
      const given = new Set([...Object.keys(environment), ...fromEnvFile])
      const expected = serviceEnvNames(s, agents)
      expect(expected.filter((name) => !given.has(name)), `${s.name} is missing`).toEqual([])
      const isTool = (SERVICE_CLIENTS[s.name] ?? []).includes('tools:register')
      const allowed = new Set([...expected, ...(isTool ? ['HEIST_PUBLIC_URL'] : [])])
      // Names without a value are the settings passed through (next test); "" withholds a name .env would give.
      const withheld = Object.keys(environment).filter((name) => environment[name] === '')
      expect(Object.keys(environment).filter((name) => !allowed.has(name) && environment[name] !== null && environment[name] !== ''), `${s.name} gets extra`).toEqual([])
      // Where .env is read whole, every secret or key the launcher does not give this service is withheld
      // (before, oauth held the operator token and the model-seed key, the orchestrator every service's client secret).
      expect(withheld.sort(), `${s.name} withholds`).toEqual([...fromEnvFile].filter((name) => !expected.includes(name)).sort())
      for (const other of FLEET) expect(environment[urlEnvName(other.name)]).toBe(`http://${other.name}:${other.port}`)
      if (isTool) expect(environment.HEIST_PUBLIC_URL).toBe(`http://${s.name}:${s.port}`)
      // Secrets and keys (HEIST_MODEL_SEED_KEY too) come from .env, and compose refuses to start without them.
      for (const [name, value] of Object.entries(environment)) {
        if (secretNames(agents).includes(name) && value !== '') expect(value, name).toMatch(new RegExp(`^\\$\\{${name}:\\?`))
      }
      // Named even where .env is read whole: a .env written before the key existed stops compose with
      // "run node scripts/init-env.mjs first", not a service refusing to start in a restart loop.
      for (const key of s.keys ?? []) expect(environment[key], `${s.name} ${key}`).toBe(`\${${key}:?run node scripts/init-env.mjs first}`)
      if (s.llm) {
        expect(environment.LLM_BASE_URL).toBe('${LLM_BASE_URL:-http://llm-sim:8011/v1}')
        expect(service.extra_hosts).toContain('host.docker.internal:host-gateway')
      }
      // A service that reads its secrets from environment: gets exactly its own, never another's.
      if (!service.env_file) {
        const secrets = Object.keys(environment).filter((n) => n.startsWith('HEIST_SECRET_'))
        expect(secrets.sort(), s.name).toEqual(serviceSecretNames(s, agents).sort())
      }
    }
  })

  // What `pnpm start` hands a service when the user sets it in the shell or .env (launch-env.test.ts),
  // Compose passes by name: `HEIST_QUERY_TIMEOUT_MS:` with no value takes the shell's or .env's, and
  // leaves it unset (the service's default) when neither has it. Before, HEIST_QUERY_TIMEOUT_MS and
  // the others reached no container, and HEIST_TOKEN_TTL_S only oauth (through .env): every other
  // service then refused oauth's longer tokens.
  test('every setting a service reads is passed through from the shell or .env, as the launcher passes it', async () => {
    // The images' own files and build: a host path or a dev switch from .env means nothing in a container.
    const containerOwn = new Set(['HEIST_DOCUMENTS_DIR', 'HEIST_SECURITY_SQL', 'HEIST_DASHBOARD_BUILD'])
    const envFileNames = requiredNames(ROOT)
    for (const s of FLEET) {
      const service = compose.services[s.name]!
      const environment = service.environment ?? {}
      const fromEnvFile = service.env_file?.some((f) => f.path === '.env') ? envFileNames : []
      const keys = (await envSchemaKeys(s.name)).filter((key) => !containerOwn.has(key))
      expect(keys.filter((key) => !(key in environment) && !fromEnvFile.includes(key)), `${s.name}: settings compose never gives it`).toEqual([])
      const given = new Set(serviceEnvNames(s, agents))
      // "" withholds a secret .env would give (checked in the test above).
      const passed = Object.entries(environment).filter(([name, value]) => !given.has(name) && !(value === '' && fromEnvFile.includes(name)))
      expect(passed.filter(([, value]) => value !== null), `${s.name}: settings with a value written in the file`).toEqual([])
      expect(passed.map(([name]) => name).filter((name) => !keys.includes(name)), `${s.name}: names it never reads`).toEqual([])
    }
  })

  test('stateful services keep /data on a named volume; no source is bind-mounted', () => {
    for (const s of FLEET) {
      const volumes = compose.services[s.name]?.volumes ?? []
      expect(volumes.includes(`${s.name}-data:/data`), s.name).toBe(s.stateful)
      for (const volume of volumes) expect(volume === './config:/app/config:ro' || volume === `${s.name}-data:/data`, volume).toBe(true)
    }
    expect(Object.keys(compose.volumes ?? {}).sort()).toEqual(FLEET.filter((s) => s.stateful).map((s) => `${s.name}-data`).sort())
  })

  test('init-env.mjs finds every agent the launcher finds, whatever the order of its keys', () => {
    // Docker users run init-env with Node alone (no YAML parser); the launcher and oauth parse the file.
    const root = join(scratch, 'reordered')
    mkdirSync(join(root, 'config'), { recursive: true })
    copyFileSync(join(ROOT, '.env.example'), join(root, '.env.example'))
    const forger = '  - role: Document Forger   # name comes second\n    colour: "#c070ff"\n    tools:\n      - calculator\n    scopes: [calculator:use]\n    name: forger\n    persona: >-\n      name: not an agent\n'
    writeFileSync(join(root, 'config', 'agents.yaml'), readFileSync(join(ROOT, 'config', 'agents.yaml'), 'utf8').replace('agents:\n', `agents:\n${forger}`))
    const launcherAgents = readAgentNames(join(root, 'config'))
    expect(launcherAgents).toContain('forger')
    expect(requiredNames(root).sort()).toEqual(secretNames(launcherAgents).sort())
  })

  test('init-env.mjs reads a list at its key\'s column and flow items as the launcher does, and refuses a name it cannot find', () => {
    // `agents:` then `- name: …` at column 0 is the same YAML to the launcher: init-env found no agent
    // in it, so under Compose no agent had a secret and oauth refused to start.
    const root = join(scratch, 'styles')
    mkdirSync(join(root, 'config'), { recursive: true })
    copyFileSync(join(ROOT, '.env.example'), join(root, '.env.example'))
    const original = readFileSync(join(ROOT, 'config', 'agents.yaml'), 'utf8')
    const [head, list] = original.split(/^agents:\n/m) as [string, string]
    const flow = '- {role: Document Forger, name: forger, colour: "#c070ff", persona: Forges papers.}\n'
    const styled = `${head}agents:\n${list.replace(/^ {2}/gm, '')}${flow}`
    writeFileSync(join(root, 'config', 'agents.yaml'), styled)
    const launcherAgents = readAgentNames(join(root, 'config'))
    expect(launcherAgents).toEqual([...agents, 'forger'])
    expect(requiredNames(root).sort()).toEqual(secretNames(launcherAgents).sort())
    // A name it cannot read is an error, never a secret missed in silence.
    writeFileSync(join(root, 'config', 'agents.yaml'), `${styled}- role: x\n  persona: y\n  ? name\n  : ghost\n`)
    expect(() => requiredNames(root)).toThrow(/could not find the name of agent 8/)
    writeFileSync(join(root, 'config', 'agents.yaml'), 'agents: [{name: a}, {name: b}]\n')
    expect(() => requiredNames(root)).toThrow(/found no "agents:" list/)
  })

  test('.env.example and init-env.mjs name the same secrets as the launcher writes', () => {
    const example = parseEnvText(readFileSync(join(ROOT, '.env.example'), 'utf8'))
    expect(Object.values(example).every((v) => v === ''), 'no value in .env.example').toBe(true)
    expect(Object.keys(example).sort()).toEqual(secretNames(agents).sort())
    expect(requiredNames(ROOT).sort()).toEqual(secretNames(agents).sort())
  })
})
