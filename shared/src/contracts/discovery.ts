import { z } from 'zod'
import { jsonWithin } from './common.js'
import { Scope } from './oauth.js'

/** How deep and how big a tool's input schema may be: real ones nest a handful of levels. */
export const INPUT_SCHEMA_LIMITS = { maxDepth: 32, maxNodes: 2_000 } as const

/** A tool name as the model sees it (OpenAI function names allow `^[a-zA-Z0-9_-]{1,64}$`). */
export const ToolName = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/)

/**
 * `POST /tools` on the oauth service: a tool service registers itself (scope `tools:register`).
 * Which client may register which name, and the scope callers need, are oauth's configuration
 * (`TOOL_OWNERS`): `required_scope` may be left out, and when given must be the configured one.
 */
export const ToolRegistration = z.object({
  name: ToolName,
  description: z.string().min(1).max(1000),
  required_scope: Scope.optional(),
  /** Absolute http(s) URL on the owner's configured origin, called with `POST` and a JSON body. */
  url: z.url({ protocol: /^https?$/ }).max(2048),
  /** JSON Schema of the body, generated from the tool's zod schema with `z.toJSONSchema`. */
  input_schema: z.record(z.string(), z.unknown()).refine((schema) => jsonWithin(schema, INPUT_SCHEMA_LIMITS), {
    message: `input_schema nests deeper than ${INPUT_SCHEMA_LIMITS.maxDepth} levels or holds more than ${INPUT_SCHEMA_LIMITS.maxNodes} values`,
  }),
  /** Seconds the registration lives without a renewal; the service re-registers well before. */
  ttl_s: z.number().int().min(2).max(600).default(15),
})
export type ToolRegistration = z.input<typeof ToolRegistration>

/** One tool as `GET /tools` lists it. */
export const ToolDescriptor = z.object({
  name: ToolName,
  description: z.string(),
  required_scope: z.string(),
  url: z.string(),
  /** The resource identifier (RFC 8707) to ask a token for before calling `url`. */
  resource: z.string(),
  input_schema: z.record(z.string(), z.unknown()),
  expires_at: z.string(),
})
export type ToolDescriptor = z.infer<typeof ToolDescriptor>

/** `GET /tools` reply: only the tools the bearer's scopes allow. */
export const ToolListing = z.object({
  client_id: z.string(),
  scopes: z.array(z.string()),
  tools: z.array(ToolDescriptor),
})
export type ToolListing = z.infer<typeof ToolListing>
