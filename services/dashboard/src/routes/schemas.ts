import { SessionId } from '@heist/shared'
import { z } from 'zod'

export const SessionParams = z.object({ id: SessionId })
export type SessionParams = z.infer<typeof SessionParams>
export const CommandParams = z.object({ command_id: z.string().min(1).max(64) })
export type CommandParams = z.infer<typeof CommandParams>
