// Preloaded into every service the launcher starts: when the launcher dies without stopping its
// children (kill -9, a crashed terminal, a stop in the middle of start-up), the service stops
// itself, so no orphan keeps a port. The launcher holds the other end of this process's stdin
// and never writes to it; the kernel closes that pipe when the launcher dies, however it dies,
// even before this file ran (then the end comes at once). Services handle SIGTERM by closing
// cleanly; one that hangs is ended 5 s later.
const orphaned = () => {
  process.kill(process.pid, 'SIGTERM')
  setTimeout(() => process.exit(1), 5000).unref()
}
if (process.stdin && typeof process.stdin.on === 'function') {
  process.stdin.once('end', orphaned)
  process.stdin.once('error', orphaned)
  process.stdin.resume()
  // Watching the pipe must not keep a service alive that would otherwise exit.
  process.stdin.unref?.()
}
