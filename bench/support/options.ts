import { basename } from 'node:path'

/**
 * The benches' command-line options (`--rounds 3`, `--only a,b`, `--steady`), read one way. Ten
 * hand-written readers disagreed: `--clients abc` ran the default 500 clients (`|| fallback`),
 * `--rounds abc` ran no round and printed NaN, others threw a stack trace. A bad value now stops the
 * bench before anything starts, naming the option, exit 2.
 */
function refuse(message: string): never {
  // Named by its source also when run from its bundle (bench/dist/<name>/<name>.js).
  console.error(`${basename(process.argv[1] ?? 'bench').replace(/\.js$/, '.ts')}: ${message}`)
  process.exit(2)
}

/** The value after `--name`, or undefined when the option is absent; refused when it has none. */
export function textOption(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  if (at === -1) return undefined
  const value = process.argv[at + 1]
  if (value === undefined || value.startsWith('--')) refuse(`--${name} needs a value`)
  return value
}

/** `--name N`: a positive number (`whole`: a positive integer), or `fallback` when the option is absent. */
export function numberOption(name: string, fallback: number, { whole = false } = {}): number {
  const text = textOption(name)
  if (text === undefined) return fallback
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0 || (whole && !Number.isInteger(value))) {
    refuse(`--${name} must be a positive ${whole ? 'whole number' : 'number'}, not ${JSON.stringify(text)}`)
  }
  return value
}

/** `--name` given (an option without a value). */
export const flagOption = (name: string): boolean => process.argv.includes(`--${name}`)

/** `--name a,b,c`: numbers of 0 or more, comma-separated (`--us 0,10,20`), or `fallback` when the option is absent. */
export function numberListOption(name: string, fallback: readonly number[]): number[] {
  const text = textOption(name)
  if (text === undefined) return [...fallback]
  const values = text.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part)))
  if (values.some((v) => !Number.isFinite(v) || v < 0)) refuse(`--${name} must be numbers of 0 or more, comma-separated, not ${JSON.stringify(text)}`)
  return values
}
