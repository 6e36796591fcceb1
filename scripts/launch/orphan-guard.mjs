// Preloaded into every service the launcher starts: if the launcher dies without stopping its
// children (kill -9, a crashed terminal), the service notices its parent is gone and stops itself,
// so no orphan keeps a port. Services handle SIGTERM by closing cleanly.
const parent = process.ppid
const timer = setInterval(() => {
  try {
    process.kill(parent, 0)
  } catch {
    clearInterval(timer)
    process.kill(process.pid, 'SIGTERM')
    setTimeout(() => process.exit(1), 5000).unref()
  }
}, 1000)
timer.unref()
