// What an MCP client does before its first call, for benches that load one session with wrk.

/** `initialize` + `notifications/initialized`, as an MCP client does: the headers that name the session. */
export async function openMcpSession(url: string, headers: Record<string, string>): Promise<Record<string, string>> {
  const init = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'auth-stack-bench', version: '1' } } }
  const reply = await fetch(url, { method: 'POST', headers, body: JSON.stringify(init) })
  const id = reply.headers.get('mcp-session-id')
  if (reply.status !== 200 || id === null) throw new Error(`MCP initialize: ${reply.status} ${await reply.text()}`)
  const session = { 'mcp-session-id': id, 'mcp-protocol-version': '2025-06-18' }
  const initialized = await fetch(url, { method: 'POST', headers: { ...headers, ...session }, body: JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }) })
  if (initialized.status !== 202) throw new Error(`MCP notifications/initialized: ${initialized.status}`)
  return session
}
