import { createServer } from 'node:http'
import { startFleet } from './fleet.js'
import type { SharedFleetInfo } from './shared-fleet.js'

// The shared fleet's process (started by shared-fleet-setup.ts): it starts the whole fleet,
// prints one JSON line describing it, and closes it when its stdin ends, which happens when the
// set-up asks and whenever vitest exits, however it exits.
const fleet = await startFleet()

// Test files run in vitest's workers, not in the process that owns this one: they stop and start a
// service through this loopback port (`POST /stop/<name>`, `POST /start/<name>`; 204 once done).
const control = createServer((request, response) => {
  const [, action, name] = /^\/(stop|start)\/([\w-]+)$/.exec(request.url ?? '') ?? []
  if (request.method !== 'POST' || !name || !fleet.started.includes(name)) {
    response.writeHead(404).end()
    return
  }
  ;(action === 'stop' ? fleet.stop(name) : fleet.start(name)).then(
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
