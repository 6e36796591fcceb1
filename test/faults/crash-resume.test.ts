import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { constants as osConstants } from 'node:os'
import { join } from 'node:path'
import { SessionEvent, Transcript } from '@heist/shared'
import { beforeAll, describe, expect, test } from 'vitest'
import { operatorAuth, ROOT } from '../support/fleet.js'
import { checkProjectPnpm } from '../support/project-pnpm.js'
import { waitFor } from '../support/poll.js'
import { sharedFleet } from '../support/shared-fleet.js'

// The real fleet under the healing launcher (the faults project's, turns 150 ms apart, a paused
// session probing the model every second: vitest.config.ts); services are killed with SIGKILL from
// outside, as a crash would (the launcher did not ask for it, so it restarts them).
const fleet = sharedFleet()
const operator = operatorAuth(fleet)

interface Snapshot { status: string; round: number; turn: number; last_seq: number }

// A JSON content type only with a body: Fastify refuses an empty JSON body with 400, which once made a
// resume here fail unseen and the session look hung after llm-sim's crash.
const orchestrator = (path: string, init: RequestInit = {}) => fetch(`${fleet.urls.orchestrator}${path}`, {
  ...init, headers: { ...operator, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
})
const snapshot = (id: string): Promise<Snapshot | null> => orchestrator(`/sessions/${id}`).then((r) => (r.ok ? (r.json() as Promise<Snapshot>) : null), () => null)
const healthy = (name: string) => fetch(`${fleet.urls[name]}/health`).then((r) => r.status === 200, () => false)

async function start(body: object): Promise<string> {
  const response = await orchestrator('/sessions', { method: 'POST', body: JSON.stringify(body) })
  expect(response.status, await response.clone().text()).toBe(201)
  return ((await response.json()) as { session_id: string }).session_id
}

/** Wait for the end; a session the model's absence paused is resumed, as its operator would. */
async function finish(id: string, timeoutMs = 100_000): Promise<Snapshot | null> {
  try {
    return await waitFor(`session ${id} to complete`, async () => {
      const now = await snapshot(id)
      if (now?.status !== 'paused') return now
      const resumed = await orchestrator(`/sessions/${id}/resume`, { method: 'POST' })
      // 409: it ended or was resumed between the two calls; anything else is a bug to see, not to wait on.
      if (resumed.status !== 200 && resumed.status !== 409) throw new Error(`resume answered ${resumed.status}: ${await resumed.text()}`)
      return now
    }, (s) => s?.status === 'completed' || s?.status === 'failed' || s?.status === 'stopped', timeoutMs)
  } catch (error) {
    throw new Error(`${(error as Error).message}; orchestrator: ${JSON.stringify(await snapshot(id))}; last events: ${await tail(id)}`)
  }
}

/** The last events the dashboard stored for a session, for failure messages. */
const tail = (id: string) => fetch(`${fleet.urls.dashboard}/api/sessions/${id}/events?after_seq=0`).then((r) => r.text(), () => '').then((t) => t.slice(-2500))

/** The transcript the dashboard stored, as a user sees it: who said what, in which round and turn. */
async function messages(id: string): Promise<string[]> {
  const response = await fetch(`${fleet.urls.dashboard}/api/sessions/${id}/transcript`, { headers: operator })
  const transcript = Transcript.parse(await response.json())
  return transcript.messages.map((m) => `${m.round}/${m.turn} ${m.agent} [${m.message_id.replace(id, '')}] ${m.content}`)
}

/** Kill a service as a crash would; returns how long until the launcher had it healthy again. */
async function crash(name: string): Promise<number> {
  const pid = await fleet.pid(name)
  expect(pid, `${name} is running`).toBeDefined()
  const killedAt = Date.now()
  process.kill(pid as number, 'SIGKILL')
  await waitFor(`${name} restarted`, async () => {
    const now = await fleet.pid(name)
    return now !== undefined && now !== pid && (await healthy(name))
  }, Boolean, 60_000)
  return (Date.now() - killedAt) / 1000
}

/**
 * Run `action` (stopping a service) while the operator holds session `id` paused, then resume it: a
 * short session cannot end before the action is done, however slow the machine.
 */
async function holdWhile(id: string, action: () => Promise<void>): Promise<void> {
  const paused = await orchestrator(`/sessions/${id}/pause`, { method: 'POST' })
  expect(paused.status, await paused.clone().text()).toBe(200)
  await action()
  const resumed = await orchestrator(`/sessions/${id}/resume`, { method: 'POST' })
  expect(resumed.status, await resumed.clone().text()).toBe(200)
}

describe('sessions survive crashes', () => {
  test('kill -9 of the orchestrator in round 2: the launcher restarts it and the transcript equals an uninterrupted run', async () => {
    const reference = await start({ rounds: 4, seed: 11, session_id: 'uninterrupted-11' })
    expect(await finish(reference)).toMatchObject({ status: 'completed' })

    const id = await start({ rounds: 4, seed: 11, session_id: 'crashed-11' })
    await waitFor('round 2', () => snapshot(id), (s) => (s?.round ?? 0) >= 2 && (s?.turn ?? 0) >= 8, 60_000)
    const back = await crash('orchestrator')
    console.log(`orchestrator back ${back.toFixed(1)} s after kill -9`)
    expect(await finish(id)).toMatchObject({ status: 'completed' })

    await waitFor('the dashboard has the whole session', () => fetch(`${fleet.urls.dashboard}/api/sessions/${id}`).then((r) => r.json() as Promise<{ status: string; contiguous_seq: number; last_seq: number }>), (d) => d.status === 'completed' && d.contiguous_seq === d.last_seq, 30_000)
    const expected = await messages(reference)
    expect(expected).toHaveLength(24)
    expect(await messages(id)).toEqual(expected)
    // The same game: the mole drawn before the crash is the one revealed after it.
    const reveal = async (s: string) => (await orchestrator(`/sessions/${s}/reveal`)).json()
    expect(await reveal(id)).toEqual(await reveal(reference))
    // The log says where it went on, and no seq is missing or repeated.
    const events = readFileSync(join(fleet.dataDir, 'orchestrator', 'sessions', `${id}.jsonl`), 'utf8').trim().split('\n').map((l) => SessionEvent.parse(JSON.parse(l)))
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1))
    expect(events.filter((e) => e.type === 'session_resumed' && e.reason === 'restart')).toHaveLength(1)
    // An id used before the restart is still taken after it.
    for (const used of [id, reference]) {
      const again = await orchestrator('/sessions', { method: 'POST', body: JSON.stringify({ rounds: 1, session_id: used }) })
      expect(again.status).toBe(409)
    }
  })

  // A model call that fails while llm-sim is down pauses the session (model_unavailable); `finish`
  // resumes it as an operator would, so the session completes once llm-sim is back.
  test.each(['oauth', 'calculator', 'file-reader', 'db-query', 'memory', 'dashboard', 'detection', 'llm-sim'])('kill -9 of %s mid-session: it comes back and the session completes', async (name) => {
    const id = await start({ rounds: 3, seed: 5 })
    await waitFor('a few turns', () => snapshot(id), (s) => (s?.turn ?? 0) >= 3, 60_000)
    const back = await crash(name)
    console.log(`${name} back ${back.toFixed(1)} s after kill -9`)
    expect(await finish(id)).toMatchObject({ status: 'completed' })
    await waitFor('the dashboard has it all', () => fetch(`${fleet.urls.dashboard}/api/sessions/${id}`).then((r) => r.json() as Promise<{ status: string; contiguous_seq: number; last_seq: number }>, () => null), (d) => d?.status === 'completed' && d.contiguous_seq === d.last_seq, 30_000)
    expect(await messages(id)).toHaveLength(18)
  })
})

describe('a model that comes back', () => {
  // llm-sim stopped on purpose (the launcher does not heal a stop it was asked for) until the
  // session has paused, then started again: nobody resumes the session, it goes on by itself.
  test('a session paused because llm-sim was down resumes by itself once it answers, and the page is told', async () => {
    const id = await start({ rounds: 5, seed: 23 })
    await waitFor('a few turns', () => snapshot(id), (s) => (s?.turn ?? 0) >= 2, 60_000)
    // Held by its operator while llm-sim stops, so it cannot end first (12 turns, 150 ms apart, once
    // finished before a loaded machine had stopped llm-sim); its next model call after the resume fails.
    // Five rounds (30 turns) leave the pause itself ~4 s to arrive after turn 2 (two rounds left ~1.5 s).
    await holdWhile(id, () => fleet.stop('llm-sim'))
    await waitFor('paused for the model', () => snapshot(id), (s) => s?.status === 'paused', 60_000)
    await fleet.start('llm-sim')
    const end = await waitFor('completed with no resume by hand', () => snapshot(id), (s) => s?.status === 'completed' || s?.status === 'stopped' || s?.status === 'failed', 90_000)
    expect(end).toMatchObject({ status: 'completed' })
    const stored = await waitFor('the dashboard has it all', () => fetch(`${fleet.urls.dashboard}/api/sessions/${id}/events?after_seq=0`).then((r) => r.json() as Promise<{ events: SessionEvent[] }>, () => null), (d) => d?.events.at(-1)?.type === 'session_completed', 30_000)
    const controls = stored?.events.flatMap((e) => (e.type === 'session_paused' || e.type === 'session_resumed' ? [`${e.type} ${e.reason ?? ''}`] : [])) ?? []
    // After the pause for the model, nobody but the model's return resumed it.
    expect(controls.slice(controls.lastIndexOf('session_paused model_unavailable'))).toEqual(['session_paused model_unavailable', 'session_resumed model_available'])
    expect(await messages(id)).toHaveLength(30)
  })
})

describe('a tool service that is down', () => {
  // Stopped on purpose, so it stays down for the whole session (a crash is healed within seconds and
  // may fall between two calls). The orchestrator has seen the calculator before, as it would have.
  test('the safecracker gets a tool error it reads, the page gets it as an event, and the session completes', async () => {
    expect(await finish(await start({ rounds: 1, seed: 3 }))).toMatchObject({ status: 'completed' })
    await fleet.stop('calculator')
    try {
      const id = await start({ rounds: 2, seed: 3 })
      expect(await finish(id)).toMatchObject({ status: 'completed' })
      const stored = await waitFor('the dashboard has it all', () => fetch(`${fleet.urls.dashboard}/api/sessions/${id}/events?after_seq=0`).then((r) => r.json() as Promise<{ events: SessionEvent[] }>, () => null), (d) => d?.events.at(-1)?.type === 'session_completed', 30_000)
      const calculator = stored?.events.flatMap((e) => (e.type === 'tool_result' && e.tool === 'calculator' ? [e] : [])) ?? []
      expect(calculator.length, 'the safecracker still tried the calculator').toBeGreaterThan(0)
      for (const result of calculator) {
        expect(result).toMatchObject({ agent: 'safecracker', ok: false })
        expect(['TOOL_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE']).toContain(result.error?.code)
      }
    } finally {
      await fleet.start('calculator')
    }
  })
})

// Every run goes through the project's pnpm, as a user types it: its exit code is the one documented.
describe('pnpm heist run: exit codes, and stopping its session however it is ended', () => {
  beforeAll(() => checkProjectPnpm())
  interface Run { output: () => string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; pid: number }
  function cli(command: string): Run {
    const child = spawn('sh', ['-c', command], {
      cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', HEIST_ORCHESTRATOR_URL: fleet.urls.orchestrator, HEIST_OPERATOR_TOKEN: fleet.env.HEIST_OPERATOR_TOKEN },
    })
    let output = ''
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
    return { output: () => output, exited, pid: child.pid as number }
  }
  const sessionOf = (output: string) => /"session_id":"(h-[0-9a-f]+)"/.exec(output)?.[1]
  /** The shell's `$?`: a code, or 128 + the signal that ended the process. */
  const status = ({ code, signal }: { code: number | null; signal: NodeJS.Signals | null }) => code ?? 128 + (signal ? osConstants.signals[signal] : 0)

  // To the whole process group (pnpm, its shell, the CLI), as a terminal sends Ctrl-C or a hangup.
  test.each([['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const)('%s to its process group: exit %i and the session is stopped', async (signal, code) => {
    const run = cli('exec pnpm -s heist run --rounds 50 --json')
    const id = await waitFor('the session to start', async () => sessionOf(run.output()), Boolean, 90_000)
    await waitFor('a few turns', () => snapshot(id as string), (s) => (s?.turn ?? 0) >= 2, 60_000)
    process.kill(-run.pid, signal)
    expect(status(await run.exited)).toBe(code)
    expect(await waitFor('the session stopped', () => snapshot(id as string), (s) => s?.status === 'stopped', 20_000)).toMatchObject({ status: 'stopped' })
  })

  test('a closed output pipe (| head -1) stops the session', async () => {
    const run = cli('pnpm -s heist run --rounds 50 --json | head -1')
    await run.exited
    const id = sessionOf(run.output())
    expect(id, run.output()).toBeDefined()
    expect(await waitFor('the session stopped', () => snapshot(id as string), (s) => s?.status === 'stopped', 30_000)).toMatchObject({ status: 'stopped' })
  })

  // As on the page: the session waits for the model by itself, and the CLI with it, saying so.
  test('the model down: it says it waits, and the run completes once the model is back (exit 0)', async () => {
    const run = cli('exec pnpm -s heist run --rounds 2 --seed 29 --json')
    const id = await waitFor('the session to start', async () => sessionOf(run.output()), Boolean, 90_000)
    await waitFor('a few turns', () => snapshot(id as string), (s) => (s?.turn ?? 0) >= 2, 60_000)
    try {
      await holdWhile(id as string, () => fleet.stop('llm-sim'))
      await waitFor('the CLI to say it waits', async () => run.output(), (text) => text.includes('… waiting up to 300 s for the model'), 60_000)
      expect(await snapshot(id as string)).toMatchObject({ status: 'paused' })
    } finally {
      await fleet.start('llm-sim')
    }
    expect(status(await run.exited), run.output()).toBe(0)
    expect(run.output()).toContain('"type":"session_resumed","reason":"model_available"')
    expect(run.output()).toContain('"type":"reveal"')
  })

  test('the model down for longer than --model-wait: the session is stopped, exit 3', async () => {
    const run = cli('exec pnpm -s heist run --rounds 50 --json --model-wait 3')
    const id = await waitFor('the session to start', async () => sessionOf(run.output()), Boolean, 90_000)
    await waitFor('a few turns', () => snapshot(id as string), (s) => (s?.turn ?? 0) >= 2, 60_000)
    await fleet.stop('llm-sim')
    try {
      expect(status(await run.exited), run.output()).toBe(3)
    } finally {
      await fleet.start('llm-sim')
    }
    expect(run.output()).toContain('… waiting up to 3 s for the model')
    expect(run.output()).toMatch(new RegExp(`heist: the model did not answer within 3 s \\(--model-wait\\), session ${id} stopped: `))
    expect(await snapshot(id as string)).toMatchObject({ status: 'stopped' })
  })
})
