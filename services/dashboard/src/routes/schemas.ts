import { SessionId } from '@heist/shared'
import { z } from 'zod'

export const SessionParams = z.object({ id: SessionId })
export type SessionParams = z.infer<typeof SessionParams>
