import { sign, type KeyObject } from 'node:crypto'
import { createRequire } from 'node:module'

/** What signs a token's JWS input: libsodium (Ed25519 keys, when it loads) or `node:crypto`. */
export type SignerName = 'libsodium' | 'node:crypto'

export interface JwsSigner {
  signer: SignerName
  /** The JWS signature of `input` (RFC 7515 §5.1): Ed25519's 64 bytes, or ES256's raw r || s. */
  sign(input: Buffer): Buffer
}

/** The part of sodium-native used here. */
interface Sodium {
  crypto_sign_seed_keypair(publicKey: Buffer, secretKey: Buffer, seed: Buffer): void
  crypto_sign_detached(signature: Buffer, message: Buffer, secretKey: Buffer): void
  sodium_malloc(size: number): Buffer
  crypto_sign_BYTES: number
  crypto_sign_PUBLICKEYBYTES: number
  crypto_sign_SECRETKEYBYTES: number
}

let sodium: Sodium | null | undefined

/**
 * sodium-native, or null where its prebuilt binary does not load (a platform it ships none for):
 * then `node:crypto` signs, the same signature bytes more slowly, so nothing but speed depends on it.
 */
function loadSodium(): Sodium | null {
  if (sodium === undefined) {
    try {
      sodium = createRequire(import.meta.url)('sodium-native') as Sodium
    } catch {
      sodium = null
    }
  }
  return sodium
}

/**
 * Ed25519 by libsodium: Node's OpenSSL 3 computes Ed25519 with 25.5-bit limbs, libsodium with
 * 51-bit ones on 64-bit machines: half the CPU per signature (52 → 26 µs in one loop, 471k → 263k
 * instructions), and the signature was ~half of a token request (issue 16). Ed25519 is
 * deterministic (RFC 8032 §5.1.6), so both produce the same bytes for the same key and input
 * (tested): verifiers see no difference. The secret key lives in libsodium's guarded memory.
 */
function libsodiumEd25519(lib: Sodium, privateKey: KeyObject): JwsSigner {
  const jwk = privateKey.export({ format: 'jwk' })
  if (!jwk.d || !jwk.x) throw new Error('an Ed25519 private key must have d and x')
  const publicKey = Buffer.alloc(lib.crypto_sign_PUBLICKEYBYTES)
  const secretKey = lib.sodium_malloc(lib.crypto_sign_SECRETKEYBYTES)
  lib.crypto_sign_seed_keypair(publicKey, secretKey, Buffer.from(jwk.d, 'base64url'))
  if (!publicKey.equals(Buffer.from(jwk.x, 'base64url'))) throw new Error('libsodium derived another public key than the key file holds')
  return {
    signer: 'libsodium',
    sign(input) {
      const signature = Buffer.allocUnsafe(lib.crypto_sign_BYTES)
      lib.crypto_sign_detached(signature, input, secretKey)
      return signature
    },
  }
}

/** `node:crypto` one-shot, synchronous: ES256 keys, and Ed25519 where libsodium does not load. */
function nodeCryptoSigner(alg: 'EdDSA' | 'ES256', privateKey: KeyObject): JwsSigner {
  return {
    signer: 'node:crypto',
    sign: alg === 'EdDSA'
      ? (input) => sign(null, input, privateKey)
      // JWS wants the raw r || s (RFC 7518 §3.4), not DER.
      : (input) => sign('sha256', input, { key: privateKey, dsaEncoding: 'ieee-p1363' }),
  }
}

/** The signer of a key, made once when the key is loaded. `prefer: 'node:crypto'` skips libsodium (tests compare the two). */
export function createJwsSigner(alg: 'EdDSA' | 'ES256', privateKey: KeyObject, prefer: SignerName = 'libsodium'): JwsSigner {
  const lib = alg === 'EdDSA' && prefer === 'libsodium' ? loadSodium() : null
  return lib ? libsodiumEd25519(lib, privateKey) : nodeCryptoSigner(alg, privateKey)
}
