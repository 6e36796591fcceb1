import { randomUUID } from 'node:crypto'
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { ConfigError } from '@heist/shared'
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose'
import { z } from 'zod'

export const SIGNING_ALG = 'ES256'

/** The key tokens are signed with; only `publicJwk` ever leaves the process. */
export interface SigningKey {
  kid: string
  privateKey: CryptoKey
  publicJwk: JWK
}

const Ec256Jwk = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string().min(1), y: z.string().min(1) })
const KeyFile = z.object({
  kid: z.string().min(1),
  alg: z.literal(SIGNING_ALG),
  created_at: z.string(),
  private_jwk: Ec256Jwk.extend({ d: z.string().min(1) }),
})
type KeyFile = z.infer<typeof KeyFile>

function publicPart(jwk: JWK): JWK {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }
}

async function fromFile(file: KeyFile): Promise<SigningKey> {
  const publicJwk = { ...publicPart(file.private_jwk), kid: file.kid, alg: SIGNING_ALG, use: 'sig' }
  const privateKey = await importJWK(file.private_jwk, SIGNING_ALG)
  return { kid: file.kid, privateKey: privateKey as CryptoKey, publicJwk }
}

async function newKeyFile(now: Date): Promise<KeyFile> {
  const { privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true })
  const jwk = await exportJWK(privateKey)
  const kid = await calculateJwkThumbprint(publicPart(jwk), 'sha256')
  return KeyFile.parse({ kid, alg: SIGNING_ALG, created_at: now.toISOString(), private_jwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d } })
}

/** A fresh key that lives only in memory (tests, benchmarks). */
export async function generateSigningKey(): Promise<SigningKey> {
  return fromFile(await newKeyFile(new Date()))
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
    return await fromFile(readKeyFile(path))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
  const temp = `${path}.${randomUUID()}.tmp`
  writeFileSync(temp, `${JSON.stringify(await newKeyFile(now), null, 2)}\n`, { mode: 0o600, flag: 'w' })
  try {
    linkSync(temp, path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  } finally {
    unlinkSync(temp)
  }
  return fromFile(readKeyFile(path))
}
