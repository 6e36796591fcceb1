import type { ToolDefinition } from '@heist/shared'

/** The database tool in-process, once the db-query service exposes its domain module. */
export async function createQueryTool(): Promise<{ def: ToolDefinition; run: (query: string) => string } | null> {
  return null
}
