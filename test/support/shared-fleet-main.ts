import { startFleet } from './fleet.js'
import type { SharedFleetInfo } from './shared-fleet.js'

// The shared fleet's process (started by shared-fleet-setup.ts): it starts the whole fleet,
// prints one JSON line describing it, and closes it when its stdin ends, which happens when the
// set-up asks and whenever vitest exits, however it exits.
const fleet = await startFleet()
const info: SharedFleetInfo = { urls: fleet.urls, env: fleet.env, started: fleet.started, dataDir: fleet.dataDir, logDir: fleet.logDir }
process.stdout.write(`${JSON.stringify(info)}\n`)
process.stdin.resume()
process.stdin.once('close', () => {
  fleet.close().then(() => process.exit(0), (error: unknown) => {
    process.stderr.write(`shared fleet: ${(error as Error).message}\n`)
    process.exit(1)
  })
})
