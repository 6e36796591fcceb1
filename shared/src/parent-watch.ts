/**
 * Call `onGone` once when this process's parent exits without passing a signal on, which shows
 * as a new parent (the process is re-parented). `kill <pnpm's pid>` does this to a script: pnpm
 * kills only its own shell, and the script would run on alone. Node has no event for it, so this
 * polls; the timer does not keep the process alive. Returns a function that stops watching.
 */
export function watchParent(onGone: () => void, intervalMs = 500): () => void {
  const parent = process.ppid
  const timer = setInterval(() => {
    if (process.ppid === parent) return
    clearInterval(timer)
    onGone()
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
