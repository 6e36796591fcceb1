import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FLEET } from '@heist/shared'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseEnvText } from '../../scripts/init-env.mjs'
import { ROOT } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'
import { atLeast, killRunning, parseProcStatus, parseVersion, run } from './docker-cli.js'
import { freePorts, hostNetworkOverride } from './host-override.js'
import { copyWorkingTree } from './workspace.js'

// `docker compose up` as a user runs it, on a real Docker engine: every image built from a clean
// build cache, the fleet up, then what a user does with it. Needs a running engine and Compose
// ≥ 2.24 (on the CI machines: `. ../shared/docker/engine.sh && ensure_engine`). Run: pnpm test:docker
// HEIST_DOCKER_WARM=1 keeps the build cache (for iterating on the test itself, not for CI).
const PROJECT = process.env.HEIST_DOCKER_PROJECT ?? 'heist-docker-test'
const BASE_IMAGE = 'node:22-bookworm-slim'
const MAX_ABOVE_BASE_MB = 60
/** Written to .env after the secrets; each must reach its container (not the defaults 1000 and 600). */
const SETTINGS = { HEIST_QUERY_TIMEOUT_MS: '2500', HEIST_TOKEN_TTL_S: '1200' } as const

const timings: Record<string, number> = {}
const sizes: Record<string, number> = {}
let dir = ''
let log = ''
let ports: Record<string, number> = {}
let token = ''
const apiSession = 'docker-api-1'
let cliSession = ''

let builderEnv: NodeJS.ProcessEnv = process.env

const url = (service: string) => `http://127.0.0.1:${ports[service]}`
const compose = (args: string[], timeoutMs = 120_000) =>
  run('docker', ['compose', '-p', PROJECT, '-f', 'docker-compose.yml', '-f', 'docker-compose.host-network.yml', ...args], { cwd: dir, log, timeoutMs, env: builderEnv })
const images = () => FLEET.map((s) => `${PROJECT}-${s.name}`)
async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
  const started = Date.now()
  try {
    return await step()
  } finally {
    timings[name] = Date.now() - started
  }
}
const operator = () => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' })
async function json(path: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const response = await fetch(path, init)
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

beforeAll(async () => {
  try {
    await run('docker', ['info', '--format', '{{.ServerVersion}}'])
  } catch (error) {
    throw new Error(`no Docker engine answers (start Docker; on the CI machines: . ../shared/docker/engine.sh && ensure_engine; export DOCKER_CONFIG as engine.sh does):\n${String(error)}`)
  }
  const version = parseVersion((await run('docker', ['compose', 'version', '--short'])).stdout)
  if (!atLeast(version, [2, 24, 0])) throw new Error(`docker-compose.yml needs Compose 2.24 or newer, this is ${version.join('.')}`)
  // Engines before 23 (Debian's docker.io 20.10, on the CI machines) embed BuildKit 0.8, which with
  // a current buildx never finds a COPY from the build context in its cache: every build, and every
  // service of one `compose build`, would redo the whole Dockerfile. Their classic builder caches
  // by content, as current BuildKit does. HEIST_DOCKER_BUILDER=buildkit|classic overrides.
  const engine = parseVersion((await run('docker', ['version', '--format', '{{.Server.Version}}'])).stdout)
  const builder = process.env.HEIST_DOCKER_BUILDER ?? (atLeast(engine, [23, 0, 0]) ? 'buildkit' : 'classic')
  if (builder === 'classic') builderEnv = { ...process.env, DOCKER_BUILDKIT: '0' }
  console.log(`docker test: engine ${engine.join('.')}, Compose ${version.join('.')}, ${builder} builder`)
  dir = copyWorkingTree(ROOT)
  log = join(dir, 'docker-test.log')
  ports = await freePorts()
  const services = Object.keys((parse(readFileSync(join(dir, 'docker-compose.yml'), 'utf8')) as { services: object }).services)
  writeFileSync(join(dir, 'docker-compose.host-network.yml'), hostNetworkOverride(ports, services))
}, 180_000)

afterAll(async () => {
  killRunning()
  if (dir) await compose(['down', '-v', '--remove-orphans']).catch((error: unknown) => console.error(String(error)))
  const base = sizes[BASE_IMAGE]
  const lines = Object.entries(sizes).map(([name, bytes]) => `  ${name.padEnd(24)} ${(bytes / 1e6).toFixed(0).padStart(4)} MB${base && name !== BASE_IMAGE ? `  (+${((bytes - base) / 1e6).toFixed(0)} MB)` : ''}`)
  console.log(`docker test: ${Object.entries(timings).map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join(', ')}\nimage sizes:\n${lines.join('\n')}\nlog: ${log}`)
  if (dir && !process.env.HEIST_DOCKER_KEEP) rmSync(dir, { recursive: true, force: true })
}, 180_000)

describe.sequential('docker compose: build, run and use the fleet', () => {
  test('secrets come from a container: no Node needed on the host', async () => {
    const user = `${process.getuid?.() ?? 1000}:${process.getgid?.() ?? 1000}`
    await run('docker', ['run', '--rm', '--network', 'none', '-v', `${dir}:/repo`, '-w', '/repo', '-u', user, BASE_IMAGE, 'node', 'scripts/init-env.mjs'], { log })
    const secrets = parseEnvText(readFileSync(join(dir, '.env'), 'utf8')) as Record<string, string>
    token = secrets.HEIST_OPERATOR_TOKEN ?? ''
    expect(token).toMatch(/^[\w-]{32}$/)
    expect(secrets.HEIST_MODEL_SEED_KEY, 'the model-seed key of its own').toMatch(/^[\w-]{32}$/)
    // Tuning settings a user adds to .env, as for `pnpm start`: checked once the fleet is up.
    appendFileSync(join(dir, '.env'), Object.entries(SETTINGS).map(([name, value]) => `${name}=${value}\n`).join(''))
  })

  test('every image builds from a clean build cache', async () => {
    await compose(['down', '-v', '--remove-orphans']) // containers and volumes a killed run may have left
    if (!process.env.HEIST_DOCKER_WARM) {
      await timed('empty build cache', async () => {
        await run('docker', ['builder', 'prune', '-af'], { log, timeoutMs: 300_000 })
        // The classic builder's cache is the intermediate images under the ones it tagged.
        await run('docker', ['image', 'rm', '-f', ...images()], { log }).catch(() => undefined) // some may not exist yet
        await run('docker', ['image', 'prune', '-f'], { log, timeoutMs: 300_000 })
      })
    }
    // One image first builds the stages all nine share; the other eight then add only their own.
    await timed('build first image', () => compose(['build', 'oauth'], 40 * 60_000))
    await timed('build other 8', () => compose(['build'], 30 * 60_000))
    for (const image of [BASE_IMAGE, ...images()]) {
      const { stdout } = await run('docker', ['image', 'inspect', '--format', '{{.Size}}', image])
      sizes[image] = Number(stdout.trim())
    }
    const tooBig = FLEET.filter((s) => sizes[`${PROJECT}-${s.name}`]! - sizes[BASE_IMAGE]! > MAX_ABOVE_BASE_MB * 1e6)
    expect(tooBig.map((s) => s.name), `images more than ${MAX_ABOVE_BASE_MB} MB above ${BASE_IMAGE}`).toEqual([])
  }, 75 * 60_000)

  test('an edit to the README or the docs rebuilds nothing: same images, in under 30 s', async () => {
    const ids = () => Promise.all(images().map(async (image) => (await run('docker', ['image', 'inspect', '--format', '{{.Id}}', image])).stdout.trim()))
    const before = await ids()
    appendFileSync(join(dir, 'README.md'), '\nAn edit.\n')
    appendFileSync(join(dir, 'docs', 'notes', 'ops.md'), '\nAn edit.\n')
    const { ms } = await timed('rebuild after a README edit', () => compose(['build'], 5 * 60_000))
    expect(await ids()).toEqual(before)
    expect(ms).toBeLessThan(30_000)
  }, 6 * 60_000)

  test('the fleet comes up healthy (up --wait)', async () => {
    await timed('up --wait', () => compose(['up', '-d', '--wait'], 5 * 60_000))
    for (const s of FLEET) expect((await fetch(`${url(s.name)}/health`)).status, s.name).toBe(200)
  }, 6 * 60_000)

  // Compose passes each setting a service reads by name (`HEIST_QUERY_TIMEOUT_MS:` with no value),
  // from the shell or .env. Before, none reached a container, and HEIST_TOKEN_TTL_S only oauth (which
  // reads .env whole): the tool services then refused its 1200 s tokens.
  test('settings in .env reach their containers, as under pnpm start', async () => {
    const secrets = parseEnvText(readFileSync(join(dir, '.env'), 'utf8')) as Record<string, string>
    const tokenFor = async (client: string, service: string) => {
      const reply = await json(`${url('oauth')}/oauth/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${client}:${secrets[`HEIST_SECRET_${client.toUpperCase()}`] ?? ''}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', resource: url(service) }),
      })
      expect(reply.status, JSON.stringify(reply.body)).toBe(200)
      return reply.body as { access_token: string; expires_in: number }
    }
    const call = async (service: string, path: string, bearer: string, body: unknown) =>
      json(`${url(service)}${path}`, { method: 'POST', headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const intel = await tokenFor('intel', 'db-query')
    expect(intel.expires_in, 'oauth took HEIST_TOKEN_TTL_S').toBe(Number(SETTINGS.HEIST_TOKEN_TTL_S))
    const runaway = await call('db-query', '/tools/query_db', intel.access_token, { query: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT count(*) FROM c' })
    expect(runaway, 'db-query took HEIST_QUERY_TIMEOUT_MS').toMatchObject({ status: 400, body: { error: { code: 'DB_QUERY_TIMEOUT' } } })
    expect((runaway.body as { error: { message: string } }).error.message).toContain(`longer than ${SETTINGS.HEIST_QUERY_TIMEOUT_MS} ms`)
    const safecracker = await tokenFor('safecracker', 'calculator')
    expect(await call('calculator', '/tools/calculator', safecracker.access_token, { expression: '6*7' }), 'the calculator took HEIST_TOKEN_TTL_S: it accepts the longer token')
      .toMatchObject({ status: 200 })
  }, 60_000)

  test('the dashboard page opens with the operator token, with its script', async () => {
    const page = await fetch(`${url('dashboard')}/?token=${token}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    const script = /<script[^>]+src="\/?([^"]+\.js)"/.exec(html)?.[1]
    expect(script, 'the page loads a script').toBeTruthy()
    const asset = await fetch(`${url('dashboard')}/${script}`)
    expect(asset.status).toBe(200)
    expect((await asset.text()).length).toBeGreaterThan(10_000)
  })

  test('a session through the orchestrator API runs to its end', async () => {
    const start = await json(`${url('orchestrator')}/sessions`, { method: 'POST', headers: operator(), body: JSON.stringify({ rounds: 2, seed: 7, session_id: apiSession }) })
    expect(start, 'POST /sessions').toMatchObject({ status: 201, body: { session_id: apiSession } })
    const done = await waitFor('the API session to complete', () => json(`${url('orchestrator')}/sessions/${apiSession}`, { headers: operator() }),
      (r) => ['completed', 'failed', 'stopped'].includes((r.body as { status?: string }).status ?? ''), 120_000)
    expect((done.body as { status: string }).status).toBe('completed')
  }, 150_000)

  test('a session with the CLI inside the orchestrator container', async () => {
    const { stdout } = await compose(['exec', '-T', 'orchestrator', 'node', 'dist/cli/main.js', 'run', '--rounds', '1', '--seed', '3'], 150_000)
    cliSession = /Heist (h-[\w-]+)/.exec(stdout)?.[1] ?? ''
    expect(cliSession, stdout.slice(0, 500)).not.toBe('')
  }, 160_000)

  test("both sessions are in the dashboard's store, with their messages", async () => {
    for (const id of [apiSession, cliSession]) {
      const detail = await json(`${url('dashboard')}/api/sessions/${id}`)
      expect(detail.status, id).toBe(200)
      expect(detail.body, id).toMatchObject({ session_id: id, status: 'completed' })
      expect((detail.body as { message_count: number }).message_count, id).toBeGreaterThan(0)
    }
  })

  test('POST /detect scores the session (sent with the operator token)', async () => {
    const detect = await json(`${url('detection')}/detect`, { method: 'POST', headers: operator(), body: JSON.stringify({ session_id: apiSession }) })
    expect(detect.status, JSON.stringify(detect.body)).toBe(200)
    expect(detect.body).toMatchObject({ session_id: apiSession })
    expect((detect.body as { scores: unknown[] }).scores.length).toBe(6)
  }, 60_000)

  // The README's and agents.yaml's path for a new agent: its secret from init-env, then `up -d`, which
  // recreates the containers whose environment changed (oauth and the orchestrator read .env whole).
  // `docker compose restart`, which the README said before, keeps each container's old environment:
  // without the new agent's secret, both refuse to start.
  test('an agent added to config/agents.yaml joins after init-env and up -d', async () => {
    const agents = join(dir, 'config', 'agents.yaml')
    writeFileSync(agents, readFileSync(agents, 'utf8').replace('agents:\n', 'agents:\n  - name: forger\n    role: Document Forger\n    colour: "#c070ff"\n    tools: [calculator]\n    scopes: [calculator:use]\n    persona: You are a document forger; you think about badges and paperwork.\n'))
    await run(process.execPath, ['scripts/init-env.mjs'], { cwd: dir, log })
    const secret = (parseEnvText(readFileSync(join(dir, '.env'), 'utf8')) as Record<string, string>).HEIST_SECRET_FORGER ?? ''
    expect(secret).toMatch(/^[\w-]{32}$/)
    await timed('up after a new agent', () => compose(['up', '-d', '--wait'], 5 * 60_000))
    const issued = await json(`${url('oauth')}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`forger:${secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', resource: url('calculator') }),
    })
    expect(issued.status, `oauth knows the new agent: ${JSON.stringify(issued.body)}`).toBe(200)
    expect((await fetch(`${url('orchestrator')}/health`)).status, 'the orchestrator started with its secret').toBe(200)
  }, 6 * 60_000)

  test('every container runs as a non-root user, under tini', async () => {
    for (const s of FLEET) {
      // A process can end between the shell's glob and cat's read (the exec's own short-lived
      // helpers do): cat then reports that one file and exits 1 after printing all the others.
      // What is missing is gone, so it cannot be a root process that runs; the checks below need
      // tini and node to be in what was read.
      const { stdout } = await compose(['exec', '-T', s.name, 'sh', '-c', 'cat /proc/[0-9]*/status 2>/dev/null; exit 0'])
      const processes = parseProcStatus(stdout)
      expect(processes.find((p) => p.pid === 1)?.name, s.name).toBe('tini')
      expect(processes.some((p) => p.name === 'node'), s.name).toBe(true)
      // runc's own init for this very `exec` can be caught mid-way, as root, before it becomes the
      // exec's user: it is the runtime's process, not the service's, so it does not count.
      const serviceProcesses = processes.filter((p) => !p.name.startsWith('runc:'))
      expect(serviceProcesses.filter((p) => p.uid === 0), s.name).toEqual([])
    }
  }, 120_000)

  // Compose sends SIGTERM and kills whatever still runs after its grace period (10 s per
  // container): a service that closes by itself exits 0; one that was killed exits 137. The wall
  // time of the whole stop is a printed figure, not an assertion (it depends on the machine's load).
  test('docker compose stop: every service closes by itself on SIGTERM (exit 0, none killed)', async () => {
    await timed('stop', () => compose(['stop'], 120_000))
    const states = await Promise.all(FLEET.map(async (s) => {
      const { stdout } = await compose(['ps', '--all', '--format', '{{.State}} {{.ExitCode}}', s.name])
      return `${s.name}: ${stdout.trim()}`
    }))
    expect(states).toEqual(FLEET.map((s) => `${s.name}: exited 0`))
  }, 180_000)

  test('down then up keeps the data', async () => {
    const kid = async () => ((await json(`${url('oauth')}/.well-known/jwks.json`)).body as { keys: { kid: string }[] }).keys[0]?.kid
    await compose(['up', '-d', '--wait'], 5 * 60_000)
    const keyBefore = await kid()
    const before = await json(`${url('dashboard')}/api/sessions/${apiSession}`)
    await timed('down', () => compose(['down'], 120_000))
    await timed('up again', () => compose(['up', '-d', '--wait'], 5 * 60_000))
    expect(await kid(), 'the signing key survives').toBe(keyBefore)
    expect(await json(`${url('dashboard')}/api/sessions/${apiSession}`), 'the session survives').toEqual(before)
    const stored = await json(`${url('detection')}/detect/${apiSession}`)
    expect(stored.status, 'the detection result survives').toBe(200)
  }, 12 * 60_000)

  test('down -v removes the containers and the volumes', async () => {
    await timed('down -v', () => compose(['down', '-v'], 120_000))
    const { stdout } = await run('docker', ['volume', 'ls', '-q', '--filter', `label=com.docker.compose.project=${PROJECT}`])
    expect(stdout.trim()).toBe('')
  }, 130_000)
})
