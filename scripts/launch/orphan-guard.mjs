// Preloaded into every service the launcher starts: when the launcher dies without stopping its
// children (kill -9, a crashed terminal, a stop in the middle of start-up), the service stops
// itself, so no orphan keeps a port. The launcher holds the other end of this process's stdin
// and never writes to it; the kernel closes that pipe when the launcher dies, however it dies,
// even before this file ran (then the end comes at once). Services handle SIGTERM by closing
// cleanly; one that hangs is killed 5 s later.
//
// The 5 s deadline runs in a worker thread, not a timer of the main thread: the launcher also
// held the service's stdout, so every log line now fails with EPIPE, and pino's exit handler
// (flushSync of sonic-boom 4.2) retries a failed write forever in a synchronous loop when more
// than one line is queued at exit. A main thread stuck there runs no timer; the worker still can.
import { Worker } from 'node:worker_threads'

const KILL_AFTER_MS = 5000
const orphaned = () => {
  const deadline = new Worker(
    `setTimeout(() => process.kill(${process.pid}, 'SIGKILL'), ${KILL_AFTER_MS})`,
    { eval: true, stdout: true, stderr: true },
  )
  // A service that closes in time exits without waiting for the deadline.
  deadline.unref()
  process.kill(process.pid, 'SIGTERM')
}
if (process.stdin && typeof process.stdin.on === 'function') {
  process.stdin.once('end', orphaned)
  process.stdin.once('error', orphaned)
  process.stdin.resume()
  // Watching the pipe must not keep a service alive that would otherwise exit.
  process.stdin.unref?.()
}
