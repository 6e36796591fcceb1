/**
 * The process bench/support/instructions.ts runs under valgrind: the servers of bench/auth-stack.ts
 * (`startServers`, the same apps, oauth and tokens), without db-query, whose work happens in query
 * processes valgrind does not follow. Prints the rows (`benchRows`, query_db left out) as one line
 * of JSON, then serves until its stdin ends.
 *
 *   node --conditions=heist-source --import tsx bench/support/instructions-server.ts LOG_LEVEL [BASE_DIR]
 */
import { benchRows } from './auth-stack-rows.js'
import { LOG_LEVELS, startServers } from './auth-stack-servers.js'

const logLevel = LOG_LEVELS.find((l) => l === process.argv[2])
if (logLevel === undefined) throw new Error(`the first argument must be one of ${LOG_LEVELS.join(', ')}`)
// Tokens for an hour, the longest the fleet allows: under valgrind a run takes tens of minutes.
const servers = await startServers(logLevel, process.argv[3] || undefined, { dbQuery: false, tokenTtlS: 3600 })
const rows = (await benchRows(servers)).filter(([load]) => !load.name.startsWith('query_db'))
process.stdout.write(`${JSON.stringify(rows)}\n`)
process.stdin.resume()
process.stdin.on('end', () => {
  void servers.close().then(() => process.exit(0))
})
