import { createHash, timingSafeEqual } from 'node:crypto'
import { HeistError, bearerToken, insufficientScope } from '@heist/shared'
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'

const digest = (text: string) => createHash('sha256').update(text).digest()

function operatorDenied(message: string): HeistError {
  return new HeistError('AUTH_OPERATOR_REQUIRED', message, 401, undefined, { 'www-authenticate': 'Bearer realm="heist-operator"' })
}

/** Constant-time comparison (hashes first, so lengths never leak either). */
export function createOperatorCheck(operatorToken: string) {
  const expected = digest(operatorToken)
  return (request: FastifyRequest): boolean => {
    const token = bearerToken(request.headers.authorization)
    return token !== null && timingSafeEqual(digest(token), expected)
  }
}
export type OperatorCheck = ReturnType<typeof createOperatorCheck>

/** `preHandler` for routes that change state: only the operator token passes. */
export function requireOperator(isOperator: OperatorCheck): preHandlerAsyncHookHandler {
  return async (request) => {
    if (!request.headers.authorization) throw operatorDenied('this needs the operator token (Authorization: Bearer <HEIST_OPERATOR_TOKEN>)')
    if (!isOperator(request)) throw operatorDenied('the operator token is not valid')
  }
}

/** `preHandler` for service routes: a fleet token with `scope`, or the operator token. */
export function requireScopeOrOperator(scope: string, isOperator: OperatorCheck): preHandlerAsyncHookHandler {
  return async function (this: FastifyInstance, request) {
    if (request.headers.authorization && isOperator(request)) return
    const principal = await this.authenticate(request)
    if (!principal.scopes.includes(scope)) throw insufficientScope(scope)
  }
}
