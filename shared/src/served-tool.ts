import type { z } from 'zod'
import { requireScope } from './auth.js'
import type { ToolResult } from './contracts/tools.js'
import type { HeistApp } from './service-app.js'
import type { ToolDefinition } from './tool-service.js'

/**
 * A tool a service serves: its definition and the domain code behind it. The REST route
 * (`POST <path>`) and the MCP server (`tools/call`) both run `run`, so limits and errors
 * are the same whichever way a caller comes in.
 */
export interface ServedTool {
  definition: ToolDefinition
  /** zod schema of the reply (`{tool, result, data}`): the REST reply and the MCP structured content. */
  output: z.ZodObject
  /**
   * Runs the tool on input already parsed with `definition.input`; throws `HeistError` on failure.
   * A synchronous tool (the calculator) answers without a promise: the REST reply then needs none.
   */
  run(input: unknown, caller: ToolCaller): ToolResult | Promise<ToolResult>
}

/**
 * Who is calling a tool, from the verified token (a tool may share its capacity fairly by it).
 * The REST route passes the request's principal itself (no object per call; issue 16).
 */
export interface ToolCaller {
  clientId: string
}

/**
 * Bind a definition to its domain code. `run` receives input parsed by `definition.input`
 * (Fastify validates the REST body with it, the MCP SDK validates `arguments` with it).
 */
export function serveTool<I extends z.ZodType, O extends z.ZodObject>(
  definition: ToolDefinition & { input: I },
  output: O,
  run: (input: z.output<I>, caller: ToolCaller) => Promise<z.output<O>> | z.output<O>,
): ServedTool {
  return {
    definition,
    output,
    // The input was parsed by `definition.input` on either path before it gets here.
    run: (input, caller) => run(input as z.output<I>, caller) as ToolResult | Promise<ToolResult>,
  }
}

/** Register a served tool's REST route: `POST <path>` behind its scope, validated both ways. */
export function toolRoute(app: HeistApp, tool: ServedTool): void {
  const { definition } = tool
  app.post(definition.path, {
    // onRequest: the token is checked before the body is parsed, so an anonymous bad body is a 401.
    onRequest: requireScope(definition.scope),
    schema: { body: definition.input, response: { 200: tool.output } },
  }, (request) => tool.run(request.body, request.principal ?? ANONYMOUS))
}

/** The caller of a route without a token (none today: every tool route requires a scope). */
const ANONYMOUS: ToolCaller = Object.freeze({ clientId: 'anonymous' })
