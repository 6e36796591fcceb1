import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createTestSigner, TEST_TOOL_CONFIG } from '../../../shared/test/tool-tokens.js'
import { buildApp } from '../src/app.js'
import { DEFAULT_DOCUMENTS_DIR } from '../src/env.js'

const signer = await createTestSigner()
const app = await buildApp({ config: { ...TEST_TOOL_CONFIG, HEIST_DOCUMENTS_DIR: DEFAULT_DOCUMENTS_DIR }, deps: { keys: signer.keys } })
const auth = { authorization: `Bearer ${await signer.token('hacker', ['file_reader:use'])}` }

const EXPECTED_FILES = ['access_control.txt', 'bank_layout.txt', 'guard_roster.txt', 'security_system.txt', 'timing_specs.txt', 'vault_specs.txt']

function read(filename: unknown, target = app, headers: Record<string, string> = auth) {
  return target.inject({ method: 'POST', url: '/tools/read_file', headers, payload: { filename } as Record<string, unknown> })
}

describe('POST /tools/read_file', () => {
  test('returns the document text for the model', async () => {
    const reply = await read('vault_specs.txt')
    expect(reply.statusCode).toBe(200)
    const body = reply.json()
    expect(body.tool).toBe('read_file')
    expect(body.result).toContain('TitanSafe Pro 5000')
    expect(body.result).toContain('02:00-02:45')
    expect(body.data).toEqual({ filename: 'vault_specs.txt', bytes: Buffer.byteLength(body.result) })
  })

  test.each(['VAULT_SPECS.TXT', 'vault_specs', ' vault_specs.txt '])('%s is forgiven and finds vault_specs.txt', async (name) => {
    const reply = await read(name)
    expect(reply.statusCode).toBe(200)
    expect(reply.json().data.filename).toBe('vault_specs.txt')
  })

  test('an unknown file is a 404 naming the available files', async () => {
    const reply = await read('blueprints.pdf')
    expect(reply.statusCode).toBe(404)
    const { error } = reply.json()
    expect(error.code).toBe('FILE_NOT_FOUND')
    expect(error.message).toContain('bank_layout.txt, guard_roster.txt')
    expect(error.details.available).toEqual(EXPECTED_FILES)
  })
})

describe('GET /tools/files', () => {
  test('lists every document with its size and title', async () => {
    const reply = await app.inject({ url: '/tools/files', headers: auth })
    expect(reply.statusCode).toBe(200)
    const { files } = reply.json()
    expect(files.map((f: { filename: string }) => f.filename)).toEqual(EXPECTED_FILES)
    expect(files[5]).toMatchObject({ filename: 'vault_specs.txt', title: 'FIRST NATIONAL BANK - VAULT SPECIFICATIONS' })
  })

  test('needs file_reader:use too', async () => {
    const reply = await app.inject({ url: '/tools/files', headers: { authorization: `Bearer ${await signer.token('intel', ['database_query:use'])}` } })
    expect(reply.statusCode).toBe(403)
  })
})

describe('nothing outside the documents directory is readable', () => {
  const traversals = [
    '../../../../etc/passwd',
    '../package.json',
    '..',
    '/etc/passwd',
    '..%2f..%2f..%2fetc%2fpasswd',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '%252e%252e%252fetc%252fpasswd',
    '..%c0%af..%c0%afetc%c0%afpasswd',
    '..\\..\\..\\etc\\passwd',
    'C:\\Windows\\win.ini',
    'vault_specs.txt/../../../etc/passwd',
    '....//....//etc/passwd',
    'vault_specs.txt\u0000.png',
    '\u2025/etc/passwd',
    '\uff0e\uff0e\uff0fetc\uff0fpasswd',
    'vault\u2024specs.txt',
    '.env',
    '~/.ssh/id_rsa',
    'file:///etc/passwd',
    'documents/vault_specs.txt',
  ]
  test.each(traversals)('%j is a 4xx that leaks nothing', async (name) => {
    const reply = await read(name)
    expect([400, 404]).toContain(reply.statusCode)
    expect(reply.body).not.toContain('root:')
    expect(reply.body).not.toContain('"name": "@heist')
    expect(reply.json().error.code).toMatch(/^FILE_(OUTSIDE_ROOT|INVALID_NAME|NOT_FOUND)$|^REQUEST_VALIDATION$/)
  })

  test('symlinks that leave the directory, dotfiles and folders are never served', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'heist-outside-'))
    writeFileSync(join(outside, 'secret.txt'), 'TOP SECRET')
    const dir = mkdtempSync(join(tmpdir(), 'heist-docs-'))
    writeFileSync(join(dir, 'plan.txt'), 'The plan\nstep 1')
    writeFileSync(join(dir, '.hidden'), 'hidden')
    mkdirSync(join(dir, 'sub'))
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'secret.txt'))
    symlinkSync('/etc/passwd', join(dir, 'passwd'))
    symlinkSync(join(dir, 'plan.txt'), join(dir, 'alias.txt'))
    const sandbox = await buildApp({ config: { ...TEST_TOOL_CONFIG, HEIST_DOCUMENTS_DIR: dir }, deps: { keys: signer.keys } })
    const listing = await sandbox.inject({ url: '/tools/files', headers: auth })
    expect(listing.json().files.map((f: { filename: string }) => f.filename)).toEqual(['alias.txt', 'plan.txt'])
    for (const name of ['secret.txt', 'passwd', '.hidden', 'sub']) {
      const reply = await read(name, sandbox)
      expect([400, 404]).toContain(reply.statusCode)
      expect(reply.body).not.toContain('TOP SECRET')
      expect(reply.body).not.toContain('root:')
    }
    expect((await read('alias.txt', sandbox)).json().result).toBe('The plan\nstep 1')
    await sandbox.close()
  })
})

describe('hostile requests', () => {
  test('a non-string filename, an empty one and extra fields are 400s', async () => {
    for (const payload of [{ filename: 42 }, { filename: '' }, { filename: 'a'.repeat(300) }, { filename: 'x.txt', path: '/etc' }, { filename: ['a', 'b'] }]) {
      const reply = await app.inject({ method: 'POST', url: '/tools/read_file', headers: auth, payload })
      expect(reply.statusCode).toBe(400)
      expect(reply.json().error.code).toBe('REQUEST_VALIDATION')
    }
  })

  test('malformed JSON is a 400 and an oversized body a 413', async () => {
    const headers = { ...auth, 'content-type': 'application/json' }
    expect((await app.inject({ method: 'POST', url: '/tools/read_file', headers, payload: '{"filename":' })).statusCode).toBe(400)
    expect((await app.inject({ method: 'POST', url: '/tools/read_file', headers, payload: JSON.stringify({ filename: 'x'.repeat(50_000) }) })).statusCode).toBe(413)
  })

  test('missing, invalid and insufficient tokens are 401/401/403', async () => {
    expect((await read('vault_specs.txt', app, {})).statusCode).toBe(401)
    expect((await read('vault_specs.txt', app, { authorization: 'Bearer x.y.z' })).statusCode).toBe(401)
    const calc = await read('vault_specs.txt', app, { authorization: `Bearer ${await signer.token('safecracker', ['calculator:use'])}` })
    expect(calc.statusCode).toBe(403)
    expect(calc.headers['www-authenticate']).toContain('scope="file_reader:use"')
    expect(calc.body).not.toContain('TitanSafe')
  })

  test('the service still answers afterwards', async () => {
    expect((await read('guard_roster.txt')).json().result).toContain('Lisa Chen')
  })
})
