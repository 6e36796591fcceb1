import { createHttpClient, type DetectionResult, Transcript } from '@heist/shared'
import { z } from 'zod'

/** What the detector needs from the dashboard; a fake in unit tests. */
export interface DashboardClient {
  /** The public transcript; throws the dashboard's error (404 for an unknown session). */
  transcript(sessionId: string, requestId?: string): Promise<Transcript>
  /** Store and broadcast a result on the dashboard. */
  publish(result: DetectionResult, requestId?: string): Promise<void>
}

export function createDashboardClient(options: { baseUrl: string; token: () => Promise<string>; timeoutMs?: number }): DashboardClient {
  const http = createHttpClient({ service: 'dashboard', baseUrl: options.baseUrl, token: options.token, timeoutMs: options.timeoutMs ?? 10_000, retries: 1 })
  return {
    transcript: (sessionId, requestId) =>
      http.request({ path: `/api/sessions/${encodeURIComponent(sessionId)}/transcript`, schema: Transcript, requestId }),
    async publish(result, requestId) {
      await http.request({ method: 'POST', path: `/api/sessions/${encodeURIComponent(result.session_id)}/detections`, body: result, schema: z.unknown(), requestId })
    },
  }
}
