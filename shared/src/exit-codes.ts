import { constants } from 'node:os'

/**
 * Exit codes of the project's command-line programs, `pnpm start` (the launcher) and `pnpm heist`
 * (the CLI): one table for both, written out in the README ("Exit codes"). A script can tell a
 * mistake in how it called them (2) from something that went wrong (1) and from a stop it or its
 * user asked for (128 + the signal).
 */
export const EXIT = {
  /** Done: the session completed, the fleet was listed or restarted, `--help`. */
  ok: 0,
  /** Something failed: a service did not start, the orchestrator is unreachable, a session did not complete. */
  failure: 1,
  /** The call was wrong: a bad flag or option, a configuration file that does not validate. Fix it and run again. */
  usage: 2,
  /** `pnpm heist run` only: the model did not answer within `--model-wait`, and the session was stopped. */
  modelGone: 3,
} as const

/** Signals that stop the programs (`SIGPIPE`: their output pipe closed). */
export type StopSignal = 'SIGHUP' | 'SIGINT' | 'SIGPIPE' | 'SIGTERM'

/**
 * The exit code for a stop by `signal`: 128 + its number, what a shell reports for a process that
 * signal ended (SIGHUP 129, SIGINT 130, SIGPIPE 141, SIGTERM 143). Its parent process going away
 * without passing a signal on counts as a hang-up (129).
 */
export function signalExitCode(signal: StopSignal): number {
  return 128 + constants.signals[signal]
}
