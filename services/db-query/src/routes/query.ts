import { DbSchema, requireScope, type HeistApp } from '@heist/shared'
import type { SecurityDb } from '../security-db.js'
import { QUERY_DB_TOOL } from '../tool.js'

/** `GET /tools/schema`, behind `database_query:use` (querying is the served tool `query_db`). */
export function queryRoutes(app: HeistApp, db: SecurityDb): void {
  app.get('/tools/schema', { onRequest: requireScope(QUERY_DB_TOOL.scope), schema: { response: { 200: DbSchema } } }, async () => db.schema)
}
