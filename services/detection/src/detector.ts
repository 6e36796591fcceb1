import { type DetectionResult, HeistError, isHeistError } from '@heist/shared'
import type { DashboardClient } from './dashboard-client.js'
import { type Calibration, type ChatFn, detect, type DetectionWeights } from './scoring/index.js'
import type { DetectionStore } from './store.js'

export interface DetectorDeps {
  store: DetectionStore
  dashboard: DashboardClient
  /** The model; absent means every result is `rules_only` and says why. */
  chat?: ChatFn
  weights: DetectionWeights
  /** Accusation thresholds per mode; the calibrated ones (scoring/calibration.ts) by default. */
  thresholds?: Calibration['thresholds']
  now?: () => Date
  /** Where a failed push to the dashboard is reported (the result is stored anyway). */
  onPublishError?: (error: unknown) => void
}

export interface DetectionRun {
  result: DetectionResult
  published: boolean
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
  const result = await detect(transcript, { sessionId, weights: deps.weights, chat: deps.chat, now: deps.now, ...(deps.thresholds ? { thresholds: deps.thresholds } : {}) })
  deps.store.save(result)
  try {
    await deps.dashboard.publish(result, requestId)
    return { result, published: true }
  } catch (error) {
    deps.onPublishError?.(error)
    return { result, published: false }
  }
}

/** The latest stored result; 404 when the session was never scored. */
export function latestDetection(store: DetectionStore, sessionId: string): DetectionResult {
  const result = store.latest(sessionId)
  if (!result) throw new HeistError('DETECTION_NOT_FOUND', `session "${sessionId}" has not been scored; POST /detect first`, 404)
  return result
}
