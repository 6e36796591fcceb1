import { z } from 'zod'

/** Body of every error reply in the fleet (except the RFC 6749 token endpoint). */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
    request_id: z.string().optional(),
  }),
})
export type ErrorBody = z.infer<typeof ErrorBody>

/** Reply of every `GET /health`. */
export const HealthReply = z.object({
  status: z.enum(['ok', 'degraded']),
  service: z.string(),
  version: z.string(),
  uptime_s: z.number(),
  checks: z.record(z.string(), z.string()).optional(),
})
export type HealthReply = z.infer<typeof HealthReply>

/** Agent names are short lowercase identifiers, the same as their OAuth client ids. */
export const AgentName = z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, 'lowercase letters, digits, - and _')
export type AgentName = z.infer<typeof AgentName>

/** Session ids are URL-safe and short. */
export const SessionId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, - and _ (max 64)')
export type SessionId = z.infer<typeof SessionId>
