import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import { bearerToken, insufficientScope } from './auth.js'
import { HeistError } from './errors.js'

const digest = (text: string) => createHash('sha256').update(text).digest()

function operatorDenied(message: string): HeistError {
  return new HeistError('AUTH_OPERATOR_REQUIRED', message, 401, undefined, { 'www-authenticate': 'Bearer realm="heist-operator"' })
}

/**
 * Whether a request carries `Authorization: Bearer <operator token>`. Both sides are hashed
 * first, so the constant-time comparison leaks neither content nor length.
 */
export function createOperatorCheck(operatorToken: string) {
  const expected = digest(operatorToken)
  return (request: FastifyRequest): boolean => {
    const token = bearerToken(request.headers.authorization)
    return token !== null && timingSafeEqual(digest(token), expected)
  }
}
/** A request predicate made by {@link createOperatorCheck}. */
export type OperatorCheck = ReturnType<typeof createOperatorCheck>

/** `onRequest` hook for routes that change state: only the operator token passes (401 otherwise), checked before the body is read. */
export function requireOperator(isOperator: OperatorCheck): onRequestAsyncHookHandler {
  return async (request) => {
    if (!request.headers.authorization) throw operatorDenied('this needs the operator token (Authorization: Bearer <HEIST_OPERATOR_TOKEN>)')
    if (!isOperator(request)) throw operatorDenied('the operator token is not valid')
  }
}

/** `onRequest` hook for routes services call too: a fleet token with `scope`, or the operator token. */
export function requireScopeOrOperator(scope: string, isOperator: OperatorCheck): onRequestAsyncHookHandler {
  return async function (this: FastifyInstance, request) {
    if (request.headers.authorization && isOperator(request)) return
    const principal = await this.authenticate(request)
    if (!principal.scopes.includes(scope)) throw insufficientScope(scope)
  }
}
