import { QueryRequest, QueryResult, SCOPES, serveTool, type ToolDefinition } from '@heist/shared'
import { QUERY_DB_TOOL_NAME } from './query-protocol.js'
import type { SecurityDb } from './security-db.js'

/** The security database as the oauth service lists it and the model sees it. */
export const QUERY_DB_TOOL: ToolDefinition = {
  name: QUERY_DB_TOOL_NAME,
  description: 'Run one read-only SQLite SELECT on the bank\'s security database. Tables: guards, shifts, guard_shifts, patrol_rounds, personnel, access_levels, cameras, blind_spots, sensors, alarms, vault. Example: SELECT name, post FROM guards WHERE shift = \'night\'',
  scope: SCOPES.databaseQuery,
  path: '/tools/query_db',
  input: QueryRequest,
}

/** `{query}` → a text table and the rows, for `POST /tools/query_db` and MCP `tools/call` alike. */
export function queryDbTool(db: SecurityDb) {
  return serveTool({ ...QUERY_DB_TOOL, input: QueryRequest }, QueryResult, async ({ query }, caller) => {
    const { text, data } = await db.query(query, caller.clientId)
    return { tool: QUERY_DB_TOOL.name, result: text, data }
  })
}
