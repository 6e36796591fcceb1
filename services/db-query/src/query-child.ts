/**
 * Runs queries for the db-query service in a separate process. better-sqlite3 cannot
 * interrupt a running statement, so the parent kills this process when a query overruns;
 * the parent also starts it under a data-size rlimit, so SQLite's allocations are bounded.
 */
import type { ChildRequest } from './query-protocol.js'
import { openForQueries, runQuery, statementCache } from './query-rows.js'

const path = process.argv[2]
if (!path || !process.send) process.exit(2)
const statements = statementCache(openForQueries(path))
process.on('message', (request: ChildRequest) => process.send?.(runQuery(statements, request)))
process.send({ ready: true })
