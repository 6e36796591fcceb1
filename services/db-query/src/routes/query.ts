import { DbSchema, QueryRequest, QueryResult, requireScope, type HeistApp } from '@heist/shared'
import type { SecurityDb } from '../security-db.js'
import { QUERY_DB_TOOL } from '../tool.js'

/**
 * `POST /tools/query_db` (the served tool's REST door) and `GET /tools/schema`, behind
 * `database_query:use`. The query's reply is sent as the query process wrote it, a
 * `QueryResult`'s JSON (a Buffer skips the route's serializer), where the shared tool route
 * would parse it, check it with zod and write it again; `app.test.ts` checks it against the
 * schema, unknown keys included.
 */
export function queryRoutes(app: HeistApp, db: SecurityDb): void {
  app.post(QUERY_DB_TOOL.path, {
    // onRequest: the token is checked before the body is parsed, as on every tool route.
    onRequest: requireScope(QUERY_DB_TOOL.scope),
    schema: { body: QueryRequest, response: { 200: QueryResult } },
  }, async (request, reply) => {
    const json = await db.queryJson(request.body.query, request.principal?.clientId ?? 'anonymous')
    // The bytes of a QueryResult: typed as one for the route's schema, which a Buffer bypasses.
    return reply.type('application/json; charset=utf-8').send(json as unknown as QueryResult)
  })
  app.get('/tools/schema', { onRequest: requireScope(QUERY_DB_TOOL.scope), schema: { response: { 200: DbSchema } } }, async () => db.schema)
}
