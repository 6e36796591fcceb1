import { z } from 'zod'

/** Scopes the fleet knows. Tool scopes are the seed's; the rest guard service-to-service calls. */
export const SCOPES = {
  calculator: 'calculator:use',
  fileReader: 'file_reader:use',
  databaseQuery: 'database_query:use',
  toolsRegister: 'tools:register',
  eventsPublish: 'events:publish',
  sessionsRead: 'sessions:read',
  memoryRead: 'memory:read',
  memoryWrite: 'memory:write',
  detectionRun: 'detection:run',
  detectionsWrite: 'detections:write',
  introspect: 'oauth:introspect',
} as const

/** A scope token per RFC 6749 §3.3 (printable ASCII without space, quote or backslash). */
export const Scope = z.string().regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, 'invalid scope token')

/** `POST /oauth/token` body (RFC 6749 §4.4.2), form-encoded or JSON. */
export const TokenRequest = z.object({
  grant_type: z.string().min(1),
  client_id: z.string().min(1).max(128).optional(),
  client_secret: z.string().min(1).max(512).optional(),
  scope: z.string().max(1024).optional(),
  /** RFC 8707: the service the token is for; repeated (a form array) is refused with `invalid_target`. */
  resource: z.union([z.string().max(2048), z.array(z.string().max(2048)).max(8)]).optional(),
})
export type TokenRequest = z.infer<typeof TokenRequest>

/** Successful token reply (RFC 6749 §5.1). */
export const TokenResponse = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int().positive(),
  scope: z.string(),
})
export type TokenResponse = z.infer<typeof TokenResponse>

/** Error reply of the token endpoint (RFC 6749 §5.2). */
export const OAuthErrorCode = z.enum([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'invalid_target',
  'slow_down',
])
export const OAuthErrorBody = z.object({
  error: OAuthErrorCode,
  error_description: z.string().optional(),
})
export type OAuthErrorBody = z.infer<typeof OAuthErrorBody>

/** Claims of every access token the fleet issues. */
export const AccessTokenClaims = z.object({
  iss: z.string(),
  sub: z.string(),
  aud: z.union([z.string(), z.array(z.string())]),
  scope: z.string(),
  iat: z.number(),
  exp: z.number(),
  jti: z.string(),
  client_id: z.string().optional(),
})
export type AccessTokenClaims = z.infer<typeof AccessTokenClaims>

/** `POST /oauth/introspect` reply (RFC 7662 §2.2). */
export const IntrospectionResponse = z.union([
  z.object({ active: z.literal(false) }),
  z.object({
    active: z.literal(true),
    scope: z.string(),
    client_id: z.string(),
    sub: z.string(),
    aud: z.union([z.string(), z.array(z.string())]),
    iss: z.string(),
    exp: z.number(),
    iat: z.number(),
    jti: z.string(),
    token_type: z.literal('Bearer'),
  }),
])
export type IntrospectionResponse = z.infer<typeof IntrospectionResponse>

/** Authorization server metadata (RFC 8414 §2), the fields the fleet fills. */
export const AuthServerMetadata = z.object({
  issuer: z.string(),
  token_endpoint: z.string(),
  jwks_uri: z.string(),
  introspection_endpoint: z.string(),
  grant_types_supported: z.array(z.string()),
  token_endpoint_auth_methods_supported: z.array(z.string()),
  introspection_endpoint_auth_methods_supported: z.array(z.string()),
  scopes_supported: z.array(z.string()),
  response_types_supported: z.array(z.string()),
})
export type AuthServerMetadata = z.infer<typeof AuthServerMetadata>

/** Split a space-separated scope string into a de-duplicated list. */
export function parseScopes(scope: string | undefined): string[] {
  return [...new Set((scope ?? '').split(' ').filter(Boolean))]
}
