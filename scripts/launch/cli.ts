import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { FLEET } from '@heist/shared/fleet'
import type { LaunchFrom } from './entry.js'

export interface CliOptions {
  only: string[]
  dataDir: string
  /** agents.yaml, heist.yaml and profiles/: validated before anything starts. */
  configDir: string
  autoPorts: boolean
  envFile: string
  help: boolean
  /** Restart this service of the launcher already running on `dataDir`, then exit. */
  restart?: string
  /** Print the services of the launcher already running on `dataDir`, then exit. */
  status: boolean
  /** One bundle per service, compiled `dist/`, or the sources through tsx; `auto`: the bundles. */
  from: LaunchFrom
}

export const USAGE = `Usage: pnpm start [--only a,b] [--data-dir DIR] [--config-dir DIR] [--ports auto] [--secrets-file FILE] [--from auto|bundle|dist|source]
       pnpm start --restart <service> [--data-dir DIR]    (restart one service of the running fleet)
       pnpm start --status [--data-dir DIR]               (what the running fleet's launcher sees)

  --only a,b       start only these services (and what they depend on)
  --data-dir DIR   where services keep their SQLite files (default: HEIST_DATA_DIR or ./data)
  --config-dir DIR agents.yaml, heist.yaml and profiles/ (default: HEIST_CONFIG_DIR or ./config);
                   every file is checked before anything starts (a bad one: every problem, exit 2)
  --ports auto     free ports on 127.0.0.1 instead of the fixed ones (8001…8011)
  --secrets-file FILE  where secrets are kept (default: ./.env, also read by Docker Compose)
  --from WHAT      auto (default): each service as one file bundled by esbuild from the sources,
                   rebuilt first when a source changed (bundle: the same, or fail); dist: tsc's
                   dist/ (\`pnpm build\`, what Docker runs); source: the sources through tsx
  --restart NAME   ask the launcher running on this data directory to restart one service
  --status         ask it which services are up, their pids and URLs

A service that exits unexpectedly is restarted (after 0.1, 0.2, 0.4, 0.8, 1.6 s); one that crashes
more than 5 times in 60 s is left down and reported. With --ports auto, one whose port was taken
meanwhile gets another, and the fleet starts again with it. Ctrl-C, SIGTERM or SIGHUP stop everything.

Exit codes (the same as pnpm heist's): 0 done; 1 a failure (a service did not start); 2 a bad flag or
config file; 128 + the signal when stopped: 130 Ctrl-C, 143 SIGTERM, 129 SIGHUP or pnpm gone, 141 the
output pipe closed.

Env: LLM_BASE_URL, LLM_MODEL, LLM_API_KEY (a real OpenAI-compatible model; default: llm-sim),
     LOG_LEVEL, HEIST_PROFILE. Secrets live in .env, created on the first start.`

/** Parse the launcher's flags; throws with a readable message on a bad flag. */
export function parseCli(argv: string[], root: string, env: Record<string, string | undefined>): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      'data-dir': { type: 'string' },
      'config-dir': { type: 'string' },
      ports: { type: 'string' },
      'secrets-file': { type: 'string' },
      restart: { type: 'string' },
      status: { type: 'boolean' },
      from: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  if (values.ports !== undefined && values.ports !== 'auto' && values.ports !== 'fixed') throw new Error(`--ports takes "auto" or "fixed", not "${values.ports}"`)
  const from = values.from ?? 'auto'
  if (from !== 'auto' && from !== 'bundle' && from !== 'dist' && from !== 'source') throw new Error(`--from takes "auto", "bundle", "dist" or "source", not "${from}"`)
  const only = (values.only ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  // A misspelt name is a bad flag (exit 2, before anything starts), not a failed launch (exit 1).
  const unknown = only.filter((name) => !FLEET.some((s) => s.name === name))
  if (unknown.length > 0) throw new Error(`--only: unknown service ${unknown.map((n) => `"${n}"`).join(', ')} (services: ${FLEET.map((s) => s.name).join(', ')})`)
  return {
    only,
    dataDir: resolve(root, values['data-dir'] ?? env.HEIST_DATA_DIR ?? 'data'),
    configDir: resolve(root, values['config-dir'] ?? env.HEIST_CONFIG_DIR ?? 'config'),
    autoPorts: values.ports === 'auto',
    envFile: resolve(root, values['secrets-file'] ?? '.env'),
    help: values.help ?? false,
    ...(values.restart ? { restart: values.restart } : {}),
    status: values.status ?? false,
    from,
  }
}
