import type { ToolDefinition } from '@heist/shared'
import { DEFAULT_SQL_FILE, openSecurityDb, QUERY_DB_TOOL } from '@heist/db-query/domain'

/**
 * The database tool in-process: the db-query service's own security database, query guard and
 * row reading, run in this thread (`inProcess`). The service's query process answers with the
 * same rows; its round trip per query was most of the eval's waiting on a loaded machine, and its
 * deadline guards against queries the simulated agents never send.
 */
export async function createQueryTool(): Promise<{ def: ToolDefinition; run: (query: string) => Promise<string>; close: () => void }> {
  const db = await openSecurityDb({ sqlFile: DEFAULT_SQL_FILE, timeoutMs: 2_000, maxRows: 50, inProcess: true })
  return { def: QUERY_DB_TOOL, run: async (query) => (await db.query(query)).text, close: () => db.close() }
}
