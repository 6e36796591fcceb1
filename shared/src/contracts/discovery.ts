import { z } from 'zod'
import { Scope } from './oauth.js'

/** A tool name as the model sees it (OpenAI function names allow `^[a-zA-Z0-9_-]{1,64}$`). */
export const ToolName = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/)

/** `POST /tools` on the oauth service: a tool service registers itself (scope `tools:register`). */
export const ToolRegistration = z.object({
  name: ToolName,
  description: z.string().min(1).max(1000),
  required_scope: Scope,
  /** Absolute URL the tool is called at with `POST` and a JSON body. */
  url: z.url(),
  /** JSON Schema of the body, generated from the tool's zod schema with `z.toJSONSchema`. */
  input_schema: z.record(z.string(), z.unknown()),
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
