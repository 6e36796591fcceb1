import { createHash } from 'node:crypto'
import { type DetectionResult, HeistError, isHeistError, type Transcript } from '@heist/shared'
import type { DashboardClient } from './dashboard-client.js'
import { type Calibration, type ChatFn, detect, type DetectionWeights } from './scoring/index.js'
import type { DetectionStore } from './store.js'

export interface DetectorDeps {
  store: DetectionStore
  dashboard: DashboardClient
  /** The model; absent means every result is `rules_only` and says why. */
  chat?: ChatFn
  /** The model's name, part of what a stored result was scored with. */
  modelName?: string
  /** The base `heist.yaml` weights. */
  weights: DetectionWeights
  /** The weights of a session that ran with a profile (base overlaid with the profile's file); base when absent. */
  weightsFor?: (profile: string) => DetectionWeights
  /** Accusation thresholds per mode; the calibrated ones (scoring/calibration.ts) by default. */
  thresholds?: Calibration['thresholds']
  now?: () => Date
  /** Where a failed push to the dashboard is reported (the result is stored anyway). */
  onPublishError?: (error: unknown) => void
}

export interface DetectionRun {
  result: DetectionResult
  published: boolean
  /** The transcript had not changed since a stored result: that result, with no new work. */
  cached: boolean
}

/**
 * What a result depends on: the public record (not its status, which changes nothing scored),
 * the weights, the thresholds and the model. Equal hashes mean scoring again would only repeat the work.
 */
export function inputHash(transcript: Transcript, deps: Pick<DetectorDeps, 'weights' | 'modelName' | 'thresholds'>): string {
  const { messages, tool_calls, orders, agents } = transcript
  return createHash('sha256').update(JSON.stringify({ messages, tool_calls, orders, agents, weights: deps.weights, thresholds: deps.thresholds ?? null, model: deps.modelName ?? null })).digest('hex')
}

/** Read the session from the dashboard, score it, store the result and push it back to the dashboard. */
export async function runDetection(deps: DetectorDeps, sessionId: string, requestId?: string): Promise<DetectionRun> {
  let transcript
  try {
    transcript = await deps.dashboard.transcript(sessionId, requestId)
  } catch (error) {
    if (isHeistError(error) && error.statusCode === 404) throw new HeistError('DETECTION_SESSION_NOT_FOUND', `no session "${sessionId}" on the dashboard`, 404)
    throw error
  }
  if (transcript.messages.length === 0) {
    throw new HeistError('DETECTION_NO_MESSAGES', `session "${sessionId}" has no messages yet; run detection once agents have spoken`, 422)
  }
  const weights = transcript.profile !== undefined && deps.weightsFor ? deps.weightsFor(transcript.profile) : deps.weights
  const hash = inputHash(transcript, { ...deps, weights })
  const stored = deps.store.scored(sessionId, hash)
  const result = stored ?? await detect(transcript, { sessionId, weights, chat: deps.chat, now: deps.now, ...(deps.thresholds ? { thresholds: deps.thresholds } : {}) })
  if (!stored) deps.store.save(result, hash)
  // A stored result is delivered again (the dashboard keeps one copy): an earlier push may have failed.
  try {
    await deps.dashboard.publish(result, requestId)
    return { result, published: true, cached: stored !== null }
  } catch (error) {
    deps.onPublishError?.(error)
    return { result, published: false, cached: stored !== null }
  }
}

/** The latest stored result; 404 when the session was never scored. */
export function latestDetection(store: DetectionStore, sessionId: string): DetectionResult {
  const result = store.latest(sessionId)
  if (!result) throw new HeistError('DETECTION_NOT_FOUND', `session "${sessionId}" has not been scored; POST /detect first`, 404)
  return result
}
