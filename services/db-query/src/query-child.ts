/**
 * Runs queries for the db-query service in a separate process. better-sqlite3 cannot
 * interrupt a running statement, so the parent kills this process when a query overruns;
 * the parent also starts it under a data-size rlimit, so SQLite's allocations are bounded.
 * It only ever waits for the next query, so it reads its pipe with blocking reads: no event
 * loop turn and no poll call per query.
 */
import { readSync, writeSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { decodeRequest, frameDecoder, PIPE_FD, replyEncoder, type ChildRequest } from './query-protocol.js'
import { openForQueries, runQuery, statementCache } from './query-rows.js'

function write(frame: Buffer): void {
  for (let written = 0; written < frame.length; ) written += writeSync(PIPE_FD, frame, written)
}

/**
 * A service killed outright (SIGKILL, the OOM killer) cannot kill this process, and this loop
 * cannot notice while it is inside a runaway statement: it would run on, orphaned, until the
 * statement ends, which for a runaway is never. A watchdog thread ends the process once its parent
 * is gone (its parent pid is no longer the service's). It wakes once a second and costs a thread's
 * few megabytes. The service's pid comes from the service (argv), not from `process.ppid` read when
 * the thread starts: a thread starts in its own time, on a loaded host after the query has begun,
 * and one that started after its service died took the re-parented pid for the service's and
 * watched over an orphan for ever.
 */
const watchdog = (service: number) => `
  const started = new Int32Array(require('node:worker_threads').workerData)
  Atomics.store(started, 0, 1)
  Atomics.notify(started, 0)
  setInterval(() => { if (process.ppid !== ${service}) process.kill(process.pid, 'SIGKILL') }, 1000)`

/**
 * Starts the watchdog and waits (10 s at most) until it runs. A thread's start is a Node
 * environment's boot, tens of ms of CPU: before the ready frame it is part of the process's start,
 * which the service waits for anyway; after it, it ran beside the first query and counted in that
 * query's deadline (a plain SELECT then overran 300 ms at load 18 in query-runner's tests).
 */
function startWatchdog(service: number): void {
  const started = new Int32Array(new SharedArrayBuffer(4))
  new Worker(watchdog(service), { eval: true, workerData: started.buffer })
  Atomics.wait(started, 0, 0, 10_000)
}

/**
 * The reply frame for one query. Encoding a large reply can fail too (growing the frame buffer
 * past the rlimit: "Array buffer allocation failed"); that is answered like an error inside the
 * query, which the service turns into a 400, where an exception here would end the process.
 */
function answer(request: ChildRequest): Buffer {
  try {
    return encoder.reply(request.id, runQuery(statements, request))
  } catch (error) {
    return encoder.reply(request.id, { ok: false, name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) })
  }
}

const [path, service] = [process.argv[2], Number(process.argv[3])]
if (!path || !Number.isInteger(service)) process.exit(2)
startWatchdog(service)
const statements = statementCache(openForQueries(path))
const encoder = replyEncoder()
write(encoder.ready())
const decoder = frameDecoder()
const chunk = Buffer.allocUnsafe(64 * 1024)
for (;;) {
  const read = readSync(PIPE_FD, chunk, 0, chunk.length, null)
  // The service closed its end (it stopped, or a profiler is done): nothing more will come.
  if (read === 0) process.exit(0)
  // Each request is decoded before the next read reuses `chunk`.
  for (const payload of decoder.push(chunk.subarray(0, read))) {
    const request = decodeRequest(payload)
    write(answer(request))
  }
}
