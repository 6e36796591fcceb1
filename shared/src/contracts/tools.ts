import { z } from 'zod'

/** Every tool reply: a result string the model can read, plus structured data for the UI. */
export const ToolResult = z.object({
  tool: z.string(),
  result: z.string(),
  data: z.unknown().optional(),
})
export type ToolResult = z.infer<typeof ToolResult>

/** `POST /tools/calculator`. */
export const CalcRequest = z.object({
  expression: z.string().min(1).max(500).describe('Arithmetic expression, e.g. "45 * 60 + max(3, 4)"'),
}).strict()
export type CalcRequest = z.infer<typeof CalcRequest>
export const CalcResult = ToolResult.extend({ data: z.object({ expression: z.string(), value: z.number() }) })
export type CalcResult = z.infer<typeof CalcResult>

/** `POST /tools/read_file`. */
export const ReadFileRequest = z.object({
  filename: z.string().min(1).max(255).describe('Name of a scenario document, e.g. "vault_specs.txt"'),
}).strict()
export type ReadFileRequest = z.infer<typeof ReadFileRequest>
export const ReadFileResult = ToolResult.extend({ data: z.object({ filename: z.string(), bytes: z.number().int() }) })
export type ReadFileResult = z.infer<typeof ReadFileResult>

/** `GET /tools/files`. */
export const FileListing = z.object({
  files: z.array(z.object({ filename: z.string(), bytes: z.number().int(), title: z.string() })),
})
export type FileListing = z.infer<typeof FileListing>

/** `POST /tools/query_db`. */
export const QueryRequest = z.object({
  query: z.string().min(1).max(2000).describe('One read-only SQLite SELECT or WITH statement'),
}).strict()
export type QueryRequest = z.infer<typeof QueryRequest>
export const QueryResult = ToolResult.extend({
  data: z.object({
    columns: z.array(z.string()),
    rows: z.array(z.array(z.unknown())),
    row_count: z.number().int(),
    truncated: z.boolean(),
  }),
})
export type QueryResult = z.infer<typeof QueryResult>

/** `GET /tools/schema`. */
export const DbSchema = z.object({
  tables: z.array(z.object({
    name: z.string(),
    columns: z.array(z.object({ name: z.string(), type: z.string() })),
  })),
})
export type DbSchema = z.infer<typeof DbSchema>
