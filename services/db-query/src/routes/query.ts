import { isAscii } from 'node:buffer'
import { DbSchema, QueryRequest, QueryResult, requireScope, type HeistApp } from '@heist/shared'
import type { SecurityDb } from '../security-db.js'
import { QUERY_DB_TOOL } from '../tool.js'

/**
 * The reply's body as Node writes it cheapest: a string. Node writes a string body in one piece with
 * the head (one `write`), but a Buffer after it as a second chunk: a cork, a `writev` and the
 * stream's buffering of both (issue 16: the reply was a Buffer, and sending it cost more than
 * building it). An ASCII reply (the usual one: SQLite's text here is English) becomes a string by
 * a copy of its bytes (`latin1`, which is ASCII's bytes unchanged); any other stays the Buffer, the
 * same bytes either way.
 */
function bodyOf(json: Buffer): string | Buffer {
  return isAscii(json) ? json.toString('latin1') : json
}

/**
 * `POST /tools/query_db` (the served tool's REST door) and `GET /tools/schema`, behind
 * `database_query:use`. The query's reply is sent as the query process wrote it, a
 * `QueryResult`'s JSON (a string or a Buffer with a JSON content type skips the route's
 * serializer), where the shared tool route would parse it, check it with zod and write it again;
 * `app.test.ts` checks it against the schema, unknown keys included.
 */
export function queryRoutes(app: HeistApp, db: SecurityDb): void {
  app.post(QUERY_DB_TOOL.path, {
    // onRequest: the token is checked before the body is parsed, as on every tool route.
    onRequest: requireScope(QUERY_DB_TOOL.scope),
    schema: { body: QueryRequest, response: { 200: QueryResult } },
  }, async (request, reply) => {
    const json = await db.queryJson(request.body.query, request.principal?.clientId ?? 'anonymous')
    // The text of a QueryResult: typed as one for the route's schema, which a string with a JSON type bypasses.
    return reply.type('application/json; charset=utf-8').send(bodyOf(json) as unknown as QueryResult)
  })
  app.get('/tools/schema', { onRequest: requireScope(QUERY_DB_TOOL.scope), schema: { response: { 200: DbSchema } } }, async () => db.schema)
}
