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

/** A config profile is a folder of `config/profiles/`, named by one short word: never a path. */
export const ProfileName = z.string().regex(/^[a-z0-9_-]{1,32}$/, 'a profile folder name: lowercase letters, digits, - and _ (max 32)')
export type ProfileName = z.infer<typeof ProfileName>

/** Session ids are URL-safe and short. */
export const SessionId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, - and _ (max 64)')
export type SessionId = z.infer<typeof SessionId>

/**
 * True when a parsed JSON value nests at most `maxDepth` containers deep and holds at most
 * `maxNodes` values. Walks with an explicit stack, so a hostile 30,000-level value is measured
 * without overflowing the call stack (the recursive serialisers downstream would).
 */
export function jsonWithin(value: unknown, limits: { maxDepth: number; maxNodes: number }): boolean {
  const stack: [unknown, number][] = [[value, 1]]
  let nodes = 0
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number]
    if (++nodes > limits.maxNodes) return false
    if (typeof current !== 'object' || current === null) continue
    if (depth > limits.maxDepth) return false
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1])
  }
  return true
}
