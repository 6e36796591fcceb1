import { z } from 'zod'
import { AgentName } from './common.js'
import { MemoryCompression } from './config-files.js'

// A query value is text: an absent one stays absent (the default applies), anything else must read as a number.
const queryNumber = (value: unknown) => (value === undefined ? undefined : Number(value))

/** `POST /memory/:session/messages` (scope `memory:write`). */
export const MemoryMessageIn = z.object({
  message_id: z.string().min(1).max(128),
  agent: AgentName,
  round: z.number().int().min(0),
  content: z.string().max(20_000),
})
export type MemoryMessageIn = z.infer<typeof MemoryMessageIn>

export const MemoryStored = z.object({
  stored: z.boolean(),
  message_count: z.number().int(),
  compressed: z.boolean(),
})
export type MemoryStored = z.infer<typeof MemoryStored>

/** `GET /memory/:session/context?agent=&budget=` (scope `memory:read`). */
export const MemoryContextQuery = z.object({
  agent: AgentName.optional(),
  budget: z.coerce.number().int().min(64).max(100_000).default(1500),
})
export type MemoryContextQuery = z.infer<typeof MemoryContextQuery>

export const MemoryContext = z.object({
  session_id: z.string(),
  summary: z.object({
    text: z.string(),
    covers_through: z.number().int(),
    method: z.enum(['model', 'extractive']),
    tokens: z.number().int(),
  }).nullable(),
  recent: z.array(MemoryMessageIn.extend({ tokens: z.number().int() })),
  total_tokens: z.number().int(),
  message_count: z.number().int(),
})
export type MemoryContext = z.infer<typeof MemoryContext>

/**
 * Query of `POST /memory/:session/messages`: the session's heist.yaml `memory:` settings (same
 * names, same bounds; a missing one takes heist.yaml's default). The orchestrator sends all three.
 */
export const MemoryStoreQuery = z.object(Object.fromEntries(
  Object.entries(MemoryCompression.shape).map(([key, schema]) => [key, z.preprocess(queryNumber, schema)]),
) as { [K in keyof typeof MemoryCompression.shape]: z.ZodPipe<z.ZodTransform, (typeof MemoryCompression.shape)[K]> }).strict() // an old or misspelt name is a 400, never ignored
export type MemoryStoreQuery = z.infer<typeof MemoryStoreQuery>

/** `GET /memory/:session/stats` (scope `memory:read`). */
export const MemoryStats = z.object({
  session_id: z.string(),
  messages: z.number().int(),
  message_tokens: z.number().int(),
  summary_tokens: z.number().int(),
  covers_through: z.number().int(),
  compressions: z.number().int(),
  extractive_compressions: z.number().int(),
})
export type MemoryStats = z.infer<typeof MemoryStats>

/** `DELETE /memory/:session` (scope `memory:write`). */
export const MemoryDeleted = z.object({
  session_id: z.string(),
  deleted: z.boolean(),
  messages: z.number().int(),
})
export type MemoryDeleted = z.infer<typeof MemoryDeleted>
