import { ensureDatabaseDir, setUpDatabase } from '@heist/shared'
import Database from 'better-sqlite3'

export type Db = Database.Database

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many ran.
 * Events are the source of truth; messages, tool calls and orders are derived from them
 * in the same transaction. The game's secret lives apart in `game_secrets`.
 */
const MIGRATIONS: string[] = [
  `CREATE TABLE sessions (
     session_id TEXT PRIMARY KEY,
     status TEXT NOT NULL DEFAULT 'running',
     status_seq INTEGER NOT NULL DEFAULT 0,
     rounds INTEGER NOT NULL DEFAULT 0,
     current_round INTEGER NOT NULL DEFAULT 0,
     agents TEXT NOT NULL DEFAULT '[]',
     model TEXT,
     started_at TEXT,
     updated_at TEXT NOT NULL,
     last_seq INTEGER NOT NULL DEFAULT 0,
     contiguous_seq INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE events (
     session_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     type TEXT NOT NULL,
     ts TEXT NOT NULL,
     body TEXT,
     PRIMARY KEY (session_id, seq)
   ) WITHOUT ROWID;
   CREATE TABLE messages (
     session_id TEXT NOT NULL, message_id TEXT NOT NULL, seq INTEGER NOT NULL,
     round INTEGER NOT NULL, turn INTEGER NOT NULL, agent TEXT NOT NULL, content TEXT NOT NULL,
     reply_to TEXT, prompt_tokens INTEGER NOT NULL, completion_tokens INTEGER NOT NULL,
     latency_ms REAL NOT NULL, ts TEXT NOT NULL,
     PRIMARY KEY (session_id, message_id)
   );
   CREATE INDEX messages_by_seq ON messages (session_id, seq);
   CREATE TABLE tool_calls (
     session_id TEXT NOT NULL, call_id TEXT NOT NULL, seq INTEGER NOT NULL,
     round INTEGER NOT NULL, turn INTEGER NOT NULL, agent TEXT NOT NULL, tool TEXT NOT NULL,
     args TEXT, ok INTEGER, result TEXT, error TEXT, duration_ms REAL, ts TEXT NOT NULL,
     PRIMARY KEY (session_id, call_id)
   );
   CREATE TABLE orders (
     session_id TEXT NOT NULL, order_id TEXT NOT NULL, seq INTEGER NOT NULL, agent TEXT NOT NULL,
     text TEXT NOT NULL, delivered_turn INTEGER,
     PRIMARY KEY (session_id, order_id)
   );
   CREATE TABLE game_secrets (
     session_id TEXT PRIMARY KEY, mole TEXT, strategy TEXT, seed INTEGER NOT NULL, sealed_at TEXT NOT NULL
   );
   CREATE TABLE games (
     session_id TEXT PRIMARY KEY, guess TEXT, guessed_at TEXT, outcome TEXT, evaluated_at TEXT, revealed_at TEXT
   );
   CREATE TABLE detections (
     id INTEGER PRIMARY KEY AUTOINCREMENT, session_id TEXT NOT NULL, created_at TEXT NOT NULL,
     suspect TEXT, confidence REAL NOT NULL, body TEXT NOT NULL
   );
   CREATE INDEX detections_by_session ON detections (session_id, id);`,
  // What became of commands answered 202 (pending), so GET /api/commands/:id outlives a restart.
  // The rowid orders them (a row is written anew at each change): the newest are kept.
  `CREATE TABLE command_outcomes (
     command_id TEXT PRIMARY KEY, action TEXT NOT NULL, session_id TEXT, state TEXT NOT NULL, ack TEXT, reason TEXT
   );`,
]

/** Open (creating folders) and migrate the dashboard database. `:memory:` for tests. */
export function openDb(path: string): Db {
  return setUpDatabase(new Database(ensureDatabaseDir(path)), MIGRATIONS)
}
