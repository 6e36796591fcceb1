import type { z } from 'zod'
import type { SessionState } from './contracts/sessions.js'

/**
 * Whether a session is stuck for want of its orchestrator: running or paused while the dashboard
 * has no orchestrator link. Its stored status is the last the orchestrator reported, and says
 * "running" until one resumes it, which may be never (the launcher gives up on a service that
 * keeps crashing); meanwhile it neither advances nor takes a command. No zod here: the page
 * imports it too.
 */
export function orchestratorUnreachable(status: z.infer<typeof SessionState>, orchestratorConnected: boolean): boolean {
  return !orchestratorConnected && (status === 'running' || status === 'paused')
}
