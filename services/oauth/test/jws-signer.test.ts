import { createPublicKey, randomBytes, verify } from 'node:crypto'
import { compactVerify, createLocalJWKSet, decodeProtectedHeader } from 'jose'
import { describe, expect, test } from 'vitest'
import { createJwsSigner } from '../src/jws-signer.js'
import { generateSigningKey } from '../src/signing-key.js'
import { makeApp, tokenFor } from './helpers.js'

describe('token signatures', () => {
  test('an Ed25519 key signs with libsodium, byte for byte what node:crypto signs', async () => {
    const key = await generateSigningKey('EdDSA')
    // sodium-native is a dependency with a prebuilt binary for this platform: it must load here.
    expect(key.signer.signer).toBe('libsodium')
    const node = createJwsSigner('EdDSA', key.privateKey, 'node:crypto')
    expect(node.signer).toBe('node:crypto')
    const publicKey = createPublicKey({ key: key.publicJwk, format: 'jwk' })
    for (const input of [Buffer.from('eyJhbGciOiJFZERTQSJ9.e30'), Buffer.alloc(0), randomBytes(700)]) {
      const signature = key.signer.sign(input)
      expect(signature.toString('hex')).toBe(node.sign(input).toString('hex'))
      expect(verify(null, input, publicKey, signature)).toBe(true)
      expect(verify(null, Buffer.concat([input, Buffer.from('x')]), publicKey, signature)).toBe(false)
    }
  })

  test('an ES256 key signs with node:crypto, a raw r || s that verifies', async () => {
    const key = await generateSigningKey('ES256')
    expect(key.signer.signer).toBe('node:crypto')
    const input = Buffer.from('eyJhbGciOiJFUzI1NiJ9.e30')
    const signature = key.signer.sign(input)
    expect(signature).toHaveLength(64)
    expect(verify('sha256', input, { key: createPublicKey({ key: key.publicJwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' }, signature)).toBe(true)
  })

  test.each(['EdDSA', 'ES256'] as const)('a %s token from the endpoint verifies against the served JWKS', async (alg) => {
    const { app } = await makeApp({ key: await generateSigningKey(alg) })
    const token = await tokenFor(app, 'safecracker')
    const jwks = createLocalJWKSet((await app.inject({ url: '/.well-known/jwks.json' })).json())
    expect(decodeProtectedHeader(token).alg).toBe(alg)
    await expect(compactVerify(token, jwks)).resolves.toBeDefined()
    const [header, payload, signature] = token.split('.')
    const flipped = `${signature!.startsWith('A') ? 'B' : 'A'}${signature!.slice(1)}`
    await expect(compactVerify(`${header}.${payload}.${flipped}`, jwks)).rejects.toThrow(/signature verification failed/)
    await app.close()
  })
})
