import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, test, vi } from 'vitest'
import { createTestSigner, TEST_TOOL_CONFIG } from '../../shared/test/tool-tokens.js'
import { buildApp as buildCalculator } from '../../services/calculator/src/app.js'
import { buildApp as buildDbQuery } from '../../services/db-query/src/app.js'
import { DEFAULT_SQL_FILE } from '../../services/db-query/src/env.js'
import { buildApp as buildFileReader } from '../../services/file-reader/src/app.js'
import { DEFAULT_DOCUMENTS_DIR } from '../../services/file-reader/src/env.js'

// The MCP Inspector's CLI (npm @modelcontextprotocol/inspector-cli): a client nobody here wrote,
// run as its own process against each tool service's /mcp with a static Authorization header.
// A run's limit is for a hung CLI, not a slow one: each run took over 30 s at load ~30 (its limit
// was 30 s, in tests of 60 with two runs each), and a few seconds idle.
const RUN_LIMIT_MS = 90_000
vi.setConfig({ testTimeout: 2 * RUN_LIMIT_MS + 20_000 })
// What the README's `pnpm mcp-inspector …` runs, from the repository root as a user would.
const INSPECTOR = fileURLToPath(new URL('../../scripts/mcp-inspector.mjs', import.meta.url))
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const run = promisify(execFile)
const signer = await createTestSigner()
// Each service is its own resource (its configured public URL is the audience its tokens must carry).
const RESOURCE = { calculator: 'http://calculator.test:8002', fileReader: 'http://file-reader.test:8003', dbQuery: 'http://db-query.test:8004' }
const apps = [
  await buildCalculator({ config: { ...TEST_TOOL_CONFIG, HEIST_PUBLIC_URL: RESOURCE.calculator }, deps: { keys: signer.keys } }),
  await buildFileReader({ config: { ...TEST_TOOL_CONFIG, HEIST_PUBLIC_URL: RESOURCE.fileReader, HEIST_DOCUMENTS_DIR: DEFAULT_DOCUMENTS_DIR }, deps: { keys: signer.keys } }),
  await buildDbQuery({ config: { ...TEST_TOOL_CONFIG, HEIST_PUBLIC_URL: RESOURCE.dbQuery, HEIST_SECURITY_SQL: DEFAULT_SQL_FILE, HEIST_QUERY_TIMEOUT_MS: 2_000, HEIST_QUERY_MAX_ROWS: 50 }, deps: { keys: signer.keys } }),
]
const [calculator, fileReader, dbQuery] = await Promise.all(apps.map((app) => app.listen({ host: '127.0.0.1', port: 0 })))
afterAll(() => Promise.all(apps.map((app) => app.close())))

async function inspector(service: string, token: string, args: string[]): Promise<unknown> {
  const { stdout } = await run(process.execPath, [INSPECTOR, `${service}/mcp`, '--transport', 'http', '--header', `Authorization: Bearer ${token}`, ...args], { timeout: RUN_LIMIT_MS, cwd: REPO_ROOT })
  return JSON.parse(stdout)
}

describe('MCP Inspector CLI against the tool services', () => {
  test.each([
    ['calculator', () => calculator, RESOURCE.calculator, 'calculator:use', 'calculator', ['expression=45*60']],
    ['file-reader', () => fileReader, RESOURCE.fileReader, 'file_reader:use', 'read_file', ['filename=vault_specs.txt']],
    ['db-query', () => dbQuery, RESOURCE.dbQuery, 'database_query:use', 'query_db', ["query=SELECT name FROM guards WHERE shift = 'night' ORDER BY id"]],
  ])('%s: tools/list shows its tool, tools/call runs it', async (_label, url, audience, scope, tool, toolArgs) => {
    const token = await signer.token('inspector', [scope], { audience })
    const listed = await inspector(url() as string, token, ['--method', 'tools/list']) as { tools: { name: string; inputSchema: unknown }[] }
    expect(listed.tools.map((t) => t.name)).toEqual([tool])
    const called = await inspector(url() as string, token, ['--method', 'tools/call', '--tool-name', tool, '--tool-arg', ...toolArgs]) as { isError?: boolean; content: { text: string }[] }
    expect(called.isError).toBeFalsy()
    expect(called.content[0]?.text).toMatch(tool === 'calculator' ? /^45\*60 = 2700$/ : tool === 'read_file' ? /TitanSafe Pro 5000/ : /Lisa Chen/)
  })

  test('a calculator token shows the inspector nothing at the file reader: refused as a token for another audience', async () => {
    const token = await signer.token('inspector', ['file_reader:use'], { audience: RESOURCE.calculator })
    const failure = await inspector(fileReader as string, token, ['--method', 'tools/list']).then(() => null, (error: { stderr?: string; stdout?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`)
    expect(failure).toMatch(/AUTH_INVALID_TOKEN.*claim \\"aud\\" is not valid/)
  })
})
