/** Messages between the db-query service and its query process. */
export type Cell = string | number | null

export interface ChildRequest {
  id: number
  sql: string
  maxRows: number
}

export type ChildReply =
  | { id: number; ok: true; columns: string[]; rows: Cell[][]; truncated: boolean }
  | { id: number; ok: false; name: string; message: string }

/** The error name a query process answers with for a statement that is not a reader (a write behind WITH, say). */
export const NOT_A_READER = 'NotAReader'
