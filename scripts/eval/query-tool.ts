import type { ToolDefinition } from '@heist/shared'
import { DEFAULT_SQL_FILE, openSecurityDb, QUERY_DB_TOOL } from '@heist/db-query/domain'

/** The database tool in-process: the db-query service's own security database and query guard. */
export async function createQueryTool(): Promise<{ def: ToolDefinition; run: (query: string) => Promise<string>; close: () => void }> {
  const db = await openSecurityDb({ sqlFile: DEFAULT_SQL_FILE, timeoutMs: 2_000, maxRows: 50 })
  return { def: QUERY_DB_TOOL, run: async (query) => (await db.query(query)).text, close: () => db.close() }
}
