import { z } from 'zod'
import { AgentName, SessionId } from './common.js'

export const DetectRequest = z.object({ session_id: SessionId }).strict()
export type DetectRequest = z.infer<typeof DetectRequest>

export const SignalName = z.enum(['tool_usage', 'timing', 'message_anomaly', 'information_quality'])
export type SignalName = z.infer<typeof SignalName>

/** A piece of evidence behind a rule score: which message or tool call, and why. */
export const Evidence = z.object({
  signal: SignalName,
  ref: z.string(),
  note: z.string(),
  weight: z.number(),
})
export type Evidence = z.infer<typeof Evidence>

export const AgentScore = z.object({
  agent: AgentName,
  score: z.number().min(0).max(1),
  rule_score: z.number().min(0).max(1),
  model_score: z.number().min(0).max(1).nullable(),
  signals: z.record(SignalName, z.number().min(0).max(1)),
  model_reason: z.string().nullable(),
  evidence: z.array(Evidence),
})
export type AgentScore = z.infer<typeof AgentScore>

export const DetectionResult = z.object({
  session_id: SessionId,
  created_at: z.string(),
  mode: z.enum(['hybrid', 'rules_only']),
  /** Why the model part is missing, when mode is `rules_only`. */
  model_error: z.string().nullable(),
  weights: z.object({ rules: z.number(), model: z.number(), signals: z.record(SignalName, z.number()) }),
  /** The top suspect; null ("nobody") when no agent's score clears `threshold`. */
  suspect: AgentName.nullable(),
  /** The top score (the suspect's, or the highest one below the threshold when nobody is named). */
  confidence: z.number().min(0).max(1),
  /**
   * The accusation threshold for this result's mode, calibrated on control games (no mole) to a
   * stated false-accusation rate. Absent in results stored before the "nobody" verdict.
   */
  threshold: z.number().min(0).max(1).optional(),
  scores: z.array(AgentScore),
  /** Combined score per agent after each round, for the suspicion-over-time chart. */
  timeline: z.array(z.object({ round: z.number().int(), scores: z.record(AgentName, z.number()) })),
  message_count: z.number().int(),
})
export type DetectionResult = z.infer<typeof DetectionResult>
