import { Socket } from 'node:net'

/**
 * The local launcher starts every service's process at once, so that loading its code and building
 * its app (most of a start's CPU) overlaps with the services it depends on doing the same. It sets
 * this variable to `fd3`, gives the service a pipe as file descriptor 3, and writes one line to it
 * once those dependencies answer `/health`. Until then the service does not listen, so nothing it
 * does after listening (tool registration, the dashboard link, resuming sessions) runs before what
 * it needs is up. Unset (Docker, tests, a service run by hand): no wait.
 *
 * A pipe of its own, not stdin: the launcher's orphan guard already reads stdin, and a line written
 * before anyone listened for it would be lost; the kernel keeps it in fd 3 until it is read.
 */
export const START_GATE_ENV = 'HEIST_START_GATE'

/** The file descriptor the launcher writes to: stdio[3] of the service's process. */
export const START_GATE_FD = 3

/**
 * Resolves once the launcher says the service may listen (at once without the gate). Rejects if
 * the pipe closes first: the launcher is gone (its orphan guard is stopping this process anyway);
 * or if there is no pipe at fd 3.
 */
export function startGate(env: Record<string, string | undefined>): Promise<void> {
  if (env[START_GATE_ENV] !== 'fd3') return Promise.resolve()
  let pipe: Socket
  try {
    pipe = new Socket({ fd: START_GATE_FD, readable: true, writable: false })
  } catch {
    // The variable was copied where no launcher started the process (a shell, a container's env):
    // nobody will ever let it listen, and listening anyway would start it before its dependencies.
    return Promise.reject(new Error(`${START_GATE_ENV}=fd3 is set but file descriptor 3 is not a pipe: only pnpm start's launcher sets it; unset it to run a service yourself`))
  }
  return new Promise((resolve, reject) => {
    pipe.once('data', () => {
      pipe.destroy()
      resolve()
    })
    pipe.once('end', () => reject(new Error('the launcher closed the start gate before letting this service listen')))
    pipe.once('error', reject)
  })
}
