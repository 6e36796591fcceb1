import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import { HeistError } from '@heist/shared'

const digest = (text: string) => createHash('sha256').update(text).digest()

/**
 * A `preHandler` that admits only `Authorization: Bearer <HEIST_OPERATOR_TOKEN>`. Both sides
 * are hashed first so the comparison takes the same time whatever the length or content.
 */
export function operatorAuth(token: string) {
  const expected = digest(token)
  return async (request: FastifyRequest) => {
    const header = request.headers.authorization ?? ''
    const given = /^Bearer (.+)$/i.exec(header.trim())?.[1] ?? ''
    if (!timingSafeEqual(digest(given), expected) || given === '') {
      throw new HeistError('OPERATOR_UNAUTHORIZED', 'this needs Authorization: Bearer <HEIST_OPERATOR_TOKEN>', 401, undefined, { 'www-authenticate': 'Bearer realm="heist-operator"' })
    }
  }
}
