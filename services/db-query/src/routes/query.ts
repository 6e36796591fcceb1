import { DbSchema, QueryRequest, QueryResult, requireScope, type HeistApp } from '@heist/shared'
import type { SecurityDb } from '../security-db.js'
import { QUERY_DB_TOOL } from '../tool.js'

/** `POST /tools/query_db {query}` and `GET /tools/schema`, both behind `database_query:use`. */
export function queryRoutes(app: HeistApp, db: SecurityDb): void {
  const preHandler = requireScope(QUERY_DB_TOOL.scope)
  app.post(QUERY_DB_TOOL.path, { preHandler, schema: { body: QueryRequest, response: { 200: QueryResult } } }, async (request) => {
    const { text, data } = await db.query(request.body.query)
    return { tool: QUERY_DB_TOOL.name, result: text, data }
  })
  app.get('/tools/schema', { preHandler, schema: { response: { 200: DbSchema } } }, async () => db.schema)
}
