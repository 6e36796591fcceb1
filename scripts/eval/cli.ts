import { parseArgs } from 'node:util'
import { workerCount } from './start-workers.mjs'
import { DEVELOPMENT_VOICES, unknownVoicesError, voiceList } from './voices.js'

/** `pnpm eval`'s options as parseArgs reads them; `HELP` says what each one is, so --help lists them all. */
export const OPTIONS = {
  games: { type: 'string', default: '100' },
  seed: { type: 'string', default: '1' },
  voices: { type: 'string', default: DEVELOPMENT_VOICES.join(',') },
  // The voices the detector's rules were never read from (comma-separated): each one's games are also reported on their own, first, in this order.
  // The defaults are the development voices only (`DEVELOPMENT_VOICES`), none held out: the obvious command must never play a
  // voice nobody on the detection side may see (issue 13); the frozen runs name theirs (README, "Evaluation").
  unseen: { type: 'string', default: '' },
  // Empty: every voice played. The frozen run names the voices the shipped thresholds come from (calibration.ts's `voices`).
  'calibrate-on': { type: 'string', default: '' },
  'control-every': { type: 'string', default: '3' },
  rounds: { type: 'string', default: '5' },
  'false-accusation': { type: 'string', default: '0.05' },
  bootstrap: { type: 'string', default: '400' },
  out: { type: 'string', default: 'reports/eval' },
  // Absent: start-workers.mjs's workerCount decides (launch.mjs starts the threads before this runs).
  workers: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  'write-calibration': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const

/** Each option's value placeholder and meaning (the default is read from `OPTIONS`). */
const HELP: Record<keyof typeof OPTIONS, readonly [value: string, text: string]> = {
  games: ['N', 'games per voice'],
  seed: ['N', 'seed of the games (1: the frozen evaluation seed)'],
  voices: ['a,b,…', "llm-sim voices to play, comma-separated"],
  unseen: ['a,…', 'the voices the rules were never read from, also reported on their own, first (two or more: together too)'],
  'calibrate-on': ['a,…', "the only voices whose control games set a threshold (each voice held to the others of these; default: every voice played); a voice with no other to be held to is judged by its own controls: warned, and refused for an --unseen voice"],
  'control-every': ['N', 'one control game (no mole) in N'],
  rounds: ['N', 'rounds per game'],
  'false-accusation': ['R', 'the false-accusation rate the accusation threshold is calibrated to'],
  bootstrap: ['N', 'bootstrap samples for the confidence intervals'],
  out: ['DIR', 'where report.md, report.json and index.html are written'],
  workers: ['N', 'threads playing games (default: one per core, at most 4)'],
  quiet: ['', 'no progress bar'],
  'write-calibration': ['', "write the detection service's thresholds from these games' control games"],
  help: ['', 'this help'],
}

/** The whole usage text: every option of `OPTIONS`, with its default. */
export function usage(): string {
  const lines = Object.entries(HELP).map(([name, [value, text]]) => {
    const option = OPTIONS[name as keyof typeof OPTIONS]
    const shown = 'default' in option && typeof option.default === 'string' && option.default !== '' ? ` (default ${option.default})` : ''
    const short = 'short' in option ? `-${option.short}, ` : ''
    return `  ${`${short}--${name}${value ? ` ${value}` : ''}`.padEnd(26)}${text}${shown}`
  })
  return [
    'usage: pnpm eval [options]    e.g. pnpm eval --games 100 --seed 1',
    '',
    "Plays seeded games headless with llm-sim's voices and measures the detector on them, each voice",
    "judged with the threshold calibrated on the other voices' control games (leave-one-voice-out).",
    '',
    ...lines,
    '',
    'Exit codes: 0 done; 1 the detector at chance on a held-out voice (CHECK FAILED); 2 a bad option.',
  ].join('\n')
}

/**
 * A harness command's arguments: `parse` is its strict parseArgs call (with a boolean `help`).
 * `--help` prints `usageText` and exits 0; an option it does not know, or one without its value,
 * prints the problem and the usage and exits 2 (parseArgs alone threw a stack trace).
 */
export function commandLine<T extends { help?: boolean | undefined }>(parse: () => { values: T }, usageText: string): T {
  let values: T
  try {
    ;({ values } = parse())
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usageText}`)
    process.exit(2)
  }
  if (values.help === true) {
    console.log(usageText)
    process.exit(0)
  }
  return values
}

/** `pnpm eval`'s arguments (see `commandLine`). */
export const evalArgs = (args: readonly string[]) => commandLine(() => parseArgs({ args: [...args], options: OPTIONS }), usage())

/**
 * `pnpm eval`'s arguments read and checked: every value in range and every voice one llm-sim has, or
 * the problem printed and exit 2. launch.mjs calls it before it loads the harness or starts a thread,
 * so a refusal costs a fraction of a second; main.ts reads its plan from it.
 */
export function checkedEvalArgs(args: readonly string[]) {
  const values = evalArgs(args)
  const [games, seed, controlEvery, rounds, rate, samples] = [values.games, values.seed, values['control-every'], values.rounds, values['false-accusation'], values.bootstrap].map(Number) as [number, number, number, number, number, number]
  const workers = workerCount(values.workers)
  const voices = voiceList(values.voices)
  const unseenVoices = voiceList(values.unseen)
  const calibrationVoices = voiceList(values['calibrate-on'])
  // Each option's value is in range (NaN, a value that is not a number, never is).
  const inRange = { games: games >= 1, seed: Number.isFinite(seed), 'control-every': controlEvery >= 2, rounds: rounds >= 1, 'false-accusation': rate > 0 && rate < 1, bootstrap: Number.isFinite(samples), voices: voices.length > 0, workers: workers !== null }
  const badValues = Object.entries(inRange).filter(([, ok]) => !ok).map(([name]) => `--${name}`)
  if (badValues.length > 0 || workers === null) {
    console.error(`bad value for ${badValues.join(', ')}\n\n${usage()}`)
    process.exit(2)
  }
  const refused = unknownVoicesError([...voices, ...unseenVoices, ...calibrationVoices])
  if (refused) {
    console.error(refused)
    process.exit(2)
  }
  // A calibration voice that is not played would calibrate nothing: the run would hold every voice to fewer controls than asked.
  const unplayed = calibrationVoices.filter((v) => !voices.includes(v))
  if (unplayed.length > 0) {
    console.error(`--calibrate-on names voices --voices does not play: ${unplayed.join(', ')}\n\n${usage()}`)
    process.exit(2)
  }
  const alone = judgedByItsOwnControls(voices, calibrationVoices)
  if (alone && unseenVoices.includes(alone.voice)) {
    const remedy = alone.played ? 'Play another voice too' : `Name another calibration voice (--calibrate-on ${alone.voice},…)`
    console.error(`--unseen ${alone.voice} would be judged by its own control games: it is the only ${alone.played ? 'voice played' : 'calibration voice'}, so its never-read table would not be held out. ${remedy} or leave it out of --unseen.\n\n${usage()}`)
    process.exit(2)
  }
  // Said before the games (a long run can be stopped at once), and again in the report.
  if (alone) console.error(`warning: ${inVoiceNotice(alone.voice)}. ${alone.played ? 'Play two or more voices' : 'Name two or more voices in --calibrate-on'} for held-out figures of each.`)
  return { values, games, seed, controlEvery, rounds, rate, samples, workers, voices, unseenVoices, calibrationVoices }
}

/**
 * The voice judged by its own control games, when only one voice calibrates (`played`: it is the
 * only voice played, no --calibrate-on): with no other calibration voice to hold it to, lovo.ts
 * falls back to its own controls. Null when every voice is held out.
 */
export function judgedByItsOwnControls(voices: readonly string[], calibrationVoices: readonly string[]): { voice: string; played: boolean } | null {
  const calibrating = [...new Set(calibrationVoices.length > 0 ? calibrationVoices : voices)]
  return calibrating.length === 1 ? { voice: calibrating[0]!, played: calibrationVoices.length === 0 } : null
}

/** What the console and the report say of a voice judged by its own control games. */
export const inVoiceNotice = (voice: string) =>
  `${voice} is judged by its own control games (the only calibration voice): its figures, and the all-voices held-out figures, are in-voice for it, not held out`
