import { QueryRequest, SCOPES, type ToolDefinition } from '@heist/shared'

/** The security database as the oauth service lists it and the model sees it. */
export const QUERY_DB_TOOL: ToolDefinition = {
  name: 'query_db',
  description: 'Run one read-only SQLite SELECT on the bank\'s security database. Tables: guards, shifts, guard_shifts, patrol_rounds, personnel, access_levels, cameras, blind_spots, sensors, alarms, vault. Example: SELECT name, post FROM guards WHERE shift = \'night\'',
  scope: SCOPES.databaseQuery,
  path: '/tools/query_db',
  input: QueryRequest,
}
