import type { ToolDefinition } from '@heist/shared'
import { DEFAULT_SQL_FILE, openSecurityDb, QUERY_DB_TOOL } from '@heist/db-query/domain'

/** SQL whose answer is not a function of its text alone: calls of SQLite's random and clock functions. */
const UNSTABLE = /\b(random|randomblob|date|time|datetime|julianday|strftime|unixepoch)\s*\(/i

/**
 * The database tool in-process: the db-query service's own security database and query guard.
 * The database is read-only and the simulated agents send the same few queries game after game,
 * so each distinct query runs once through the real runner (its child process and deadline) and
 * its answer is reused: a round trip to the query process per call was most of the eval's waiting
 * on a loaded machine. Errors are not kept (a deadline missed under load is not the query's answer).
 */
export async function createQueryTool(): Promise<{ def: ToolDefinition; run: (query: string) => Promise<string>; close: () => void }> {
  const db = await openSecurityDb({ sqlFile: DEFAULT_SQL_FILE, timeoutMs: 2_000, maxRows: 50 })
  const answers = new Map<string, Promise<string>>()
  const run = (query: string): Promise<string> => {
    if (UNSTABLE.test(query)) return db.query(query).then((r) => r.text)
    let answer = answers.get(query)
    if (!answer) {
      answers.set(query, answer = db.query(query).then((r) => r.text))
      answer.catch(() => answers.delete(query))
    }
    return answer
  }
  return { def: QUERY_DB_TOOL, run, close: () => db.close() }
}
