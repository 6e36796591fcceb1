import { ensureDatabaseDir, setUpDatabase } from '@heist/shared'
import Database from 'better-sqlite3'

export type Db = Database.Database

/** Schema changes, applied in order; `PRAGMA user_version` records how many have run. Append only. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE messages (
     session_id TEXT NOT NULL,
     idx INTEGER NOT NULL,
     message_id TEXT NOT NULL,
     agent TEXT NOT NULL,
     round INTEGER NOT NULL,
     content TEXT NOT NULL,
     tokens INTEGER NOT NULL,
     created_at TEXT NOT NULL,
     PRIMARY KEY (session_id, idx),
     UNIQUE (session_id, message_id)
   ) WITHOUT ROWID;
   CREATE TABLE summaries (
     session_id TEXT PRIMARY KEY,
     text TEXT NOT NULL,
     covers_through INTEGER NOT NULL,
     method TEXT NOT NULL CHECK (method IN ('model', 'extractive')),
     tokens INTEGER NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE compressions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     session_id TEXT NOT NULL,
     from_idx INTEGER NOT NULL,
     to_idx INTEGER NOT NULL,
     method TEXT NOT NULL,
     summary_tokens INTEGER NOT NULL,
     duration_ms INTEGER NOT NULL,
     error TEXT,
     created_at TEXT NOT NULL,
     UNIQUE (session_id, from_idx)
   );`,
]

/** Open (creating its folder) and migrate the memory database; `:memory:` for tests. */
export function openDatabase(file: string): Db {
  return setUpDatabase(new Database(ensureDatabaseDir(file)), MIGRATIONS)
}
