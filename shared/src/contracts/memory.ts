import { z } from 'zod'
import { AgentName } from './common.js'

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

/** Optional query of `POST /memory/:session/messages`: per-request compression settings. */
export const MemoryStoreQuery = z.object({
  threshold: z.coerce.number().int().min(2).max(1000).optional(),
  recent: z.coerce.number().int().min(1).max(100).optional(),
})
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
