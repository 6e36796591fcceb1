import { createPrivateKey, randomUUID, type KeyObject } from 'node:crypto'
import { chmodSync, linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { ConfigError, ensurePrivateDir } from '@heist/shared'
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose'
import { z } from 'zod'
import { createJwsSigner, type JwsSigner } from './jws-signer.js'

/**
 * The algorithms a signing key may use. New keys are EdDSA (Ed25519); a key file written before
 * (ES256, P-256) keeps working: resource servers accept both, and the JWKS says which a key is.
 */
export const SIGNING_ALGS = ['EdDSA', 'ES256'] as const
export type SigningAlg = (typeof SIGNING_ALGS)[number]
export const DEFAULT_SIGNING_ALG: SigningAlg = 'EdDSA'

/** The key tokens are signed with; only `publicJwk` ever leaves the process. */
export interface SigningKey {
  kid: string
  alg: SigningAlg
  /** The private key as a Node key object (tests sign forgeries with it). */
  privateKey: KeyObject
  /** Signs a token's JWS input, synchronously: made once per key (jws-signer.ts). */
  signer: JwsSigner
  publicJwk: JWK
}

const Ec256Jwk = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string().min(1), y: z.string().min(1), d: z.string().min(1) })
const Ed25519Jwk = z.object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string().min(1), d: z.string().min(1) })
const KeyFile = z.discriminatedUnion('alg', [
  z.object({ kid: z.string().min(1), alg: z.literal('ES256'), created_at: z.string(), private_jwk: Ec256Jwk }),
  z.object({ kid: z.string().min(1), alg: z.literal('EdDSA'), created_at: z.string(), private_jwk: Ed25519Jwk }),
])
type KeyFile = z.infer<typeof KeyFile>

function publicPart(jwk: JWK): JWK {
  return jwk.kty === 'OKP' ? { kty: jwk.kty, crv: jwk.crv, x: jwk.x } : { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }
}

function fromFile(file: KeyFile): SigningKey {
  const publicJwk = { ...publicPart(file.private_jwk), kid: file.kid, alg: file.alg, use: 'sig' }
  const privateKey = createPrivateKey({ key: file.private_jwk, format: 'jwk' })
  return { kid: file.kid, alg: file.alg, privateKey, signer: createJwsSigner(file.alg, privateKey), publicJwk }
}

async function newKeyFile(now: Date, alg: SigningAlg): Promise<KeyFile> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true, ...(alg === 'EdDSA' ? { crv: 'Ed25519' } : {}) })
  const jwk = await exportJWK(privateKey)
  const kid = await calculateJwkThumbprint(publicPart(jwk), 'sha256')
  return KeyFile.parse({ kid, alg, created_at: now.toISOString(), private_jwk: { ...publicPart(jwk), d: jwk.d } })
}

/** A fresh key that lives only in memory (tests, benchmarks). */
export async function generateSigningKey(alg: SigningAlg = DEFAULT_SIGNING_ALG): Promise<SigningKey> {
  return fromFile(await newKeyFile(new Date(), alg))
}

function readKeyFile(path: string): KeyFile {
  // Owner-only: the file holds the private key.
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600)
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    json = null
  }
  const parsed = KeyFile.safeParse(json)
  if (!parsed.success) {
    throw new ConfigError([{ source: path, path: '', message: 'the signing key file is unreadable; delete it to generate a new key (issued tokens become invalid)' }])
  }
  return parsed.data
}

/**
 * Load the signing key from `path`, or generate it at first start. Restarts keep the key,
 * so tokens issued before a restart stay valid. Two processes starting at once agree on
 * one key: the file is published with a hard link, which fails if it already exists.
 */
export async function loadOrCreateSigningKey(path: string, now = new Date()): Promise<SigningKey> {
  try {
    return fromFile(readKeyFile(path))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  ensurePrivateDir(dirname(path))
  const temp = `${path}.${randomUUID()}.tmp`
  writeFileSync(temp, `${JSON.stringify(await newKeyFile(now, DEFAULT_SIGNING_ALG), null, 2)}\n`, { mode: 0o600, flag: 'w' })
  try {
    linkSync(temp, path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    unlinkSync(temp)
  }
  return fromFile(readKeyFile(path))
}
