import { isHeistError, toolRegistration, type ToolDefinition } from '@heist/shared'
import { calculate, CALCULATOR_TOOL } from '@heist/calculator/domain'
import { DEFAULT_DOCUMENTS_DIR, loadDocuments, READ_FILE_TOOL } from '@heist/file-reader/domain'
import { createInProcessTools, type TeamConfig, type ToolOutcome, type ToolRunner } from '@heist/orchestrator/engine'
import { createQueryTool } from './query-tool.js'

/** A tool failure as the services would answer it: the error code, message and status. */
function failure(error: unknown): ToolOutcome {
  if (isHeistError(error)) return { ok: false, error: { code: error.code, message: error.message, status: error.statusCode } }
  return { ok: false, error: { code: 'TOOL_FAILED', message: error instanceof Error ? error.message : String(error), status: 500 } }
}

function guarded(input: ToolDefinition['input'], run: (args: never) => string | Promise<string>) {
  return async (args: unknown): Promise<ToolOutcome> => {
    const parsed = input.safeParse(args)
    if (!parsed.success) return { ok: false, error: { code: 'REQUEST_VALIDATION', message: parsed.error.issues[0]?.message ?? 'invalid input', status: 400 } }
    try {
      return { ok: true, result: await run(parsed.data as never) }
    } catch (error) {
      return failure(error)
    }
  }
}

/**
 * The three tools in-process, from the tool services' own domain modules, each given only to
 * the agents whose scopes allow it (what discovery would show them).
 */
export async function createEvalTools(team: TeamConfig): Promise<{ tools: ToolRunner; close: () => void }> {
  const documents = await loadDocuments(DEFAULT_DOCUMENTS_DIR)
  const query = await createQueryTool()
  const entry = (def: ToolDefinition, run: (args: unknown) => Promise<ToolOutcome>) => ({
    tool: { name: def.name, description: def.description, inputSchema: toolRegistration(def, 'http://in-process').input_schema },
    agents: team.agents.filter((a) => a.scopes.includes(def.scope)).map((a) => a.name),
    run,
  })
  const tools: Parameters<typeof createInProcessTools>[0] = {
    calculator: entry(CALCULATOR_TOOL, guarded(CALCULATOR_TOOL.input, ({ expression }: { expression: string }) => `${expression.trim()} = ${calculate(expression.trim()).text}`)),
    read_file: entry(READ_FILE_TOOL, guarded(READ_FILE_TOOL.input, ({ filename }: { filename: string }) => documents.resolve(filename.trim()).text)),
  }
  tools[query.def.name] = entry(query.def, guarded(query.def.input, ({ query: q }: { query: string }) => query.run(q)))
  return { tools: createInProcessTools(tools), close: query.close }
}
