/** The database tool's domain, for in-process use (the evaluation harness): its security database and query guard. */
export { DEFAULT_SQL_FILE } from './env.js'
export { openSecurityDb } from './security-db.js'
export { QUERY_DB_TOOL } from './tool.js'
