import { parseArgs } from 'node:util'
import { resolve } from 'node:path'

export interface CliOptions {
  only: string[]
  dataDir: string
  autoPorts: boolean
  envFile: string
  help: boolean
}

export const USAGE = `Usage: pnpm start [--only a,b] [--data-dir DIR] [--ports auto] [--secrets-file FILE]

  --only a,b       start only these services (and what they depend on)
  --data-dir DIR   where services keep their SQLite files (default: HEIST_DATA_DIR or ./data)
  --ports auto     free ports on 127.0.0.1 instead of the fixed ones (8001…8011)
  --secrets-file FILE  where secrets are kept (default: ./.env, also read by Docker Compose)

Env: LLM_BASE_URL, LLM_MODEL, LLM_API_KEY (a real OpenAI-compatible model; default: llm-sim),
     LOG_LEVEL, HEIST_PROFILE. Secrets live in .env, created on the first start.`

/** Parse the launcher's flags; throws with a readable message on a bad flag. */
export function parseCli(argv: string[], root: string, env: Record<string, string | undefined>): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      'data-dir': { type: 'string' },
      ports: { type: 'string' },
      'secrets-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  if (values.ports !== undefined && values.ports !== 'auto' && values.ports !== 'fixed') throw new Error(`--ports takes "auto" or "fixed", not "${values.ports}"`)
  return {
    only: (values.only ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    dataDir: resolve(root, values['data-dir'] ?? env.HEIST_DATA_DIR ?? 'data'),
    autoPorts: values.ports === 'auto',
    envFile: resolve(root, values['secrets-file'] ?? '.env'),
    help: values.help ?? false,
  }
}
