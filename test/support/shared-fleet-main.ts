import { createServer } from 'node:http'
import { startFleet } from './fleet.js'
import type { SharedFleetInfo } from './shared-fleet.js'

// The shared fleet's process (started by shared-fleet-setup.ts): it starts the whole fleet with the
// env given as its one argument (JSON), prints one JSON line describing it, and closes it when its
// stdin ends, which happens when the set-up asks and whenever vitest exits, however it exits.
const fleet = await startFleet({ env: JSON.parse(process.argv[2] ?? '{}') as Record<string, string> })
// Up means usable: the launcher returns once the orchestrator holds the dashboard's link (a start from
// the page right after "up" was a 503 before it waited). Checked here, at a whole fleet's start: test
// files find the shared fleet after others restarted its services.
const overview = (await (await fetch(`${fleet.urls.dashboard}/api/analytics/overview`)).json()) as { orchestrator_connected?: boolean }
if (overview.orchestrator_connected !== true) {
  process.stderr.write('shared fleet: the launcher returned before the orchestrator held the dashboard\'s link\n')
  await fleet.close()
  process.exit(1)
}

// Test files run in vitest's workers, not in the process that owns this one: they stop, start and
// kill a service through this loopback port (`POST /stop/<name>`, `/start/<name>`, `/kill/<name>`: 204
// once done) and ask for its process id (`GET /pid/<name>`: `{ "pid": n }`, null while it is down).
const ACTIONS = { stop: fleet.stop, start: fleet.start, kill: fleet.kill } as const
const control = createServer((request, response) => {
  const [, action, name] = /^\/(stop|start|kill|pid)\/([\w-]+)$/.exec(request.url ?? '') ?? []
  if (!action || !name || !fleet.started.includes(name) || request.method !== (action === 'pid' ? 'GET' : 'POST')) {
    response.writeHead(404).end()
    return
  }
  if (action === 'pid') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ pid: fleet.pid(name) ?? null }))
    return
  }
  ACTIONS[action as keyof typeof ACTIONS](name).then(
    () => response.writeHead(204).end(),
    (error: unknown) => response.writeHead(500, { 'content-type': 'text/plain' }).end((error as Error).message),
  )
})
await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve))
const { port } = control.address() as { port: number }

const info: SharedFleetInfo = { urls: fleet.urls, env: fleet.env, started: fleet.started, dataDir: fleet.dataDir, logDir: fleet.logDir, control: `http://127.0.0.1:${port}` }
process.stdout.write(`${JSON.stringify(info)}\n`)
process.stdin.resume()
process.stdin.once('close', () => {
  control.close()
  fleet.close().then(() => process.exit(0), (error: unknown) => {
    process.stderr.write(`shared fleet: ${(error as Error).message}\n`)
    process.exit(1)
  })
})
