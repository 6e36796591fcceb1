/**
 * Runs queries for the db-query service in a separate process. better-sqlite3 cannot
 * interrupt a running statement, so the parent kills this process when a query overruns;
 * the parent also starts it under a data-size rlimit, so SQLite's allocations are bounded.
 * It only ever waits for the next query, so it reads its pipe with blocking reads: no event
 * loop turn and no poll call per query.
 */
import { readSync, writeSync } from 'node:fs'
import { decodeRequest, frameDecoder, PIPE_FD, replyEncoder } from './query-protocol.js'
import { openForQueries, runQuery, statementCache } from './query-rows.js'

function write(frame: Buffer): void {
  for (let written = 0; written < frame.length; ) written += writeSync(PIPE_FD, frame, written)
}

const path = process.argv[2]
if (!path) process.exit(2)
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
    write(encoder.reply(request.id, runQuery(statements, request)))
  }
}
