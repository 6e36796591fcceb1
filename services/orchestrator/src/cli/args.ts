import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs, parseEnv } from 'node:util'
import { AgentName, baseUrl, defaultUrl, ProfileName, StrategyName, type StartOptions } from '@heist/shared'

/** How long `heist run` waits for a model that is down before it stops the session: 5 minutes. */
export const DEFAULT_MODEL_WAIT_S = 300

export const USAGE = `Usage: pnpm heist run [options]

Start a heist on the running fleet and print it live.

Options:
  --rounds <n>        rounds to play (default: config/heist.yaml)
  --seed <n>          seed of the mole draw (0..2147483647); replays a session exactly
  --mole <agent>      none (control game), random (default) or an agent name
  --strategy <name>   ${StrategyName.options.join(', ')} or random
  --profile <name>    config profile (config/profiles/<name>/)
  --json              print the public events as JSON lines, then a reveal line
  --deltas            include token_delta events (streamed text)
  --model-wait <s>    how long to wait for a model that is down, in seconds (default ${DEFAULT_MODEL_WAIT_S});
                      the session goes on by itself when it answers; after that, stopped (exit 3)
  -h, --help          this help

Exit codes (the same as pnpm start's): 0 the session completed; 1 a failure (orchestrator unreachable,
session not completed); 2 a bad option; 3 the model did not answer within --model-wait; 128 + the
signal when stopped: 130 Ctrl-C, 143 SIGTERM, 129 SIGHUP or the parent gone, 141 the output pipe closed.

Env: HEIST_ORCHESTRATOR_URL (default http://127.0.0.1:8009), HEIST_OPERATOR_TOKEN (or the root .env file).`

export class UsageError extends Error {}

export interface CliOptions {
  start: StartOptions
  json: boolean
  deltas: boolean
  /** How long to wait for a model that is down (one outage); 0: stop the session at once. */
  modelWaitMs: number
  help: boolean
}

function integer(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!/^\d+$/.test(value) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${value}")`)
  return n
}

/** Parse and check the command line; throws {@link UsageError} with a one-line message. */
export function parseCli(argv: string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        rounds: { type: 'string' }, seed: { type: 'string' }, 'model-wait': { type: 'string' }, mole: { type: 'string' }, strategy: { type: 'string' }, profile: { type: 'string' },
        json: { type: 'boolean', default: false }, deltas: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    // One line, but all of it: `--seed -1`'s first line alone ("argument is ambiguous.") hides the `--seed=-1` hint.
    throw new UsageError((error as Error).message.replace(/\s*\n\s*/g, ' ') || 'bad option')
  }
  const { values, positionals } = parsed
  if (values.help) return { start: {}, json: false, deltas: false, modelWaitMs: DEFAULT_MODEL_WAIT_S * 1000, help: true }
  if (positionals[0] !== 'run' || positionals.length > 1) throw new UsageError(`unknown command "${positionals.join(' ') || '(none)'}" — try: pnpm heist run --rounds 3 --seed 42`)
  const { mole, strategy, profile } = values
  if (mole !== undefined && mole !== 'none' && mole !== 'random' && !AgentName.safeParse(mole).success) throw new UsageError(`--mole must be none, random or an agent name (got "${mole}")`)
  if (strategy !== undefined && strategy !== 'random' && !StrategyName.safeParse(strategy).success) throw new UsageError(`--strategy must be random or one of ${StrategyName.options.join(', ')} (got "${strategy}")`)
  if (profile !== undefined && !ProfileName.safeParse(profile).success) throw new UsageError(`--profile must be a profile folder name (got "${profile}")`)
  const start: StartOptions = {
    ...(values.rounds !== undefined ? { rounds: integer('rounds', values.rounds, 1, 1000) } : {}),
    ...(values.seed !== undefined ? { seed: integer('seed', values.seed, 0, 2 ** 31 - 1) } : {}),
    ...(mole ? { mole } : {}),
    ...(strategy ? { strategy: strategy as StartOptions['strategy'] } : {}),
    ...(profile ? { profile } : {}),
  }
  const modelWaitS = integer('model-wait', values['model-wait'], 0, 86_400) ?? DEFAULT_MODEL_WAIT_S
  return { start, json: values.json, deltas: values.deltas, modelWaitMs: modelWaitS * 1000, help: false }
}

/** A dotenv file, read with Node's own parser (`util.parseEnv`); empty when there is no file. */
export function readDotEnv(path: string): Record<string, string> {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    // No .env is normal (env vars may hold everything); an unreadable one is the user's to know about.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw error
  }
  return Object.fromEntries(Object.entries(parseEnv(text)).filter((entry): entry is [string, string] => entry[1] !== undefined))
}

/** Where the orchestrator is and how to authenticate: env first, then the root `.env`. */
export function connection(env: Record<string, string | undefined>, roots: string[]): { url: string; token: string | undefined } {
  const files = roots.map((r) => readDotEnv(join(r, '.env')))
  const pick = (key: string) => env[key] ?? files.find((f) => f[key])?.[key]
  // The fleet's one URL rule (trailing slashes stripped, the fleet table's port by default).
  const url = baseUrl(defaultUrl('orchestrator')).safeParse(pick('HEIST_ORCHESTRATOR_URL'))
  if (!url.success) throw new UsageError(`HEIST_ORCHESTRATOR_URL is not a URL: "${pick('HEIST_ORCHESTRATOR_URL')}"`)
  return { url: url.data, token: pick('HEIST_OPERATOR_TOKEN') }
}
