import { DetectionResult, ensureDatabaseDir, setUpDatabase } from '@heist/shared'
import Database from 'better-sqlite3'

export type Db = Database.Database

/** Schema changes, applied in order; `PRAGMA user_version` records how many have run. Append only. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE detections (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     session_id TEXT NOT NULL,
     created_at TEXT NOT NULL,
     mode TEXT NOT NULL,
     suspect TEXT,
     confidence REAL NOT NULL,
     result TEXT NOT NULL
   );
   CREATE INDEX detections_session ON detections (session_id, id);`,
  // What was scored: an unchanged transcript is answered from the store, not scored again.
  'ALTER TABLE detections ADD COLUMN input_hash TEXT;',
]

/** Open (creating its folder) and migrate the detection database; `:memory:` for tests. */
export function openDatabase(file: string): Db {
  return setUpDatabase(new Database(ensureDatabaseDir(file)), MIGRATIONS)
}

/** Every detection run is kept; reads return the latest for a session. */
export function createStore(db: Db) {
  const insert = db.prepare('INSERT INTO detections (session_id, created_at, mode, suspect, confidence, result, input_hash) VALUES (?, ?, ?, ?, ?, ?, ?)')
  const latest = db.prepare<[string], { result: string }>('SELECT result FROM detections WHERE session_id = ? ORDER BY id DESC LIMIT 1')
  const scored = db.prepare<[string, string], { result: string }>('SELECT result FROM detections WHERE session_id = ? AND input_hash = ? ORDER BY id DESC LIMIT 1')
  return {
    /** Keep a result with the hash of what it scored (`null` for results stored without one). */
    save(result: DetectionResult, inputHash: string | null = null): void {
      insert.run(result.session_id, result.created_at, result.mode, result.suspect, result.confidence, JSON.stringify(result), inputHash)
    },
    /** The latest result that scored exactly this input, if any. */
    scored(sessionId: string, inputHash: string): DetectionResult | null {
      const row = scored.get(sessionId, inputHash)
      return row ? DetectionResult.parse(JSON.parse(row.result)) : null
    },
    latest(sessionId: string): DetectionResult | null {
      const row = latest.get(sessionId)
      return row ? DetectionResult.parse(JSON.parse(row.result)) : null
    },
  }
}
export type DetectionStore = ReturnType<typeof createStore>
