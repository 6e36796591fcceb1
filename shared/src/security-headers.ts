import fastifyHelmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/**
 * The Content-Security-Policy of a service that serves a page (the dashboard): its own scripts,
 * styles and images, `connect-src 'self'` for its API and WebSocket, and never inside a frame.
 * `upgrade-insecure-requests` is left out: the fleet speaks plain HTTP on loopback and in compose.
 */
export const PAGE_CSP = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
}

/** The policy of a JSON API: nothing may load from a response, and nothing may frame it. */
export const API_CSP = {
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
}

export interface SecurityHeadersOptions {
  /** The service serves an HTML page: use {@link PAGE_CSP} instead of {@link API_CSP}. */
  page?: boolean
}

/**
 * Security headers on every reply of every service (@fastify/helmet): CSP, `X-Frame-Options: DENY`,
 * `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`. No HSTS: nothing in the fleet
 * terminates TLS, and HSTS on plain HTTP only misleads.
 */
export const securityHeaders = fp(
  async (app: FastifyInstance, options: SecurityHeadersOptions) => {
    await app.register(fastifyHelmet, {
      global: true,
      contentSecurityPolicy: { useDefaults: false, directives: options.page ? PAGE_CSP : API_CSP },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
    })
  },
  { name: 'heist-security-headers', fastify: '5.x' },
)
