import { canonicalUrl, createHttpClient, createTokenSource, HeistError, isHeistError, MCP_PATH, secretEnvName, ToolListing, ToolResult, UpstreamError, type TokenSource } from '@heist/shared'
import type { AgentTool, ToolOutcome, ToolRunner } from '../engine/types.js'
import type { createMcpCalls } from './mcp-calls.js'

export interface HttpToolsOptions {
  oauthUrl: string
  /** Client secret per agent (the agent's name is its client id). */
  secrets: Readonly<Record<string, string>>
  /**
   * Resource identifiers of the tool services this fleet configured (`HEIST_<SERVICE>_URL`).
   * A discovered tool is called only when its resource is one of them and its URL is on that
   * resource's origin: an agent's token never goes to a URL the fleet did not configure.
   */
  toolResources: Iterable<string>
  timeoutMs?: number
  retries?: number
  /** How long a discovery answer is reused; tools come and go without a restart. */
  discoveryTtlMs?: number
  now?: () => number
  /** Told about a discovered tool that is refused (its URL or resource is not configured). */
  onRefused?: (tool: { name: string; url: string; resource: string }) => void
  /**
   * `rest` posts to the discovered URL; `mcp` calls the tool at its service's MCP server
   * (`<resource>/mcp`) with the SDK client. Discovery and tokens are the same either way.
   */
  transport?: 'rest' | 'mcp'
}

type Discovered = AgentTool & { url: string; resource: string; missing?: boolean }

/** True when `url` is http(s) on the origin of `resource`, and `resource` is a configured one. */
function callable(tool: { url: string; resource: string }, resources: ReadonlySet<string>): boolean {
  try {
    const url = new URL(tool.url)
    const resource = canonicalUrl(tool.resource)
    return resources.has(resource) && (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === new URL(resource).origin
  } catch {
    return false
  }
}

/**
 * Tools over HTTP with each agent's own identity: client-credentials tokens per agent (cached,
 * renewed before expiry) — one for discovery with `GET /tools` at oauth, and one per tool
 * service, minted for that service alone (RFC 8707) — and calls with `POST <url>`.
 */
export function createHttpTools(options: HttpToolsOptions): ToolRunner & { close(): Promise<void> } {
  const now = options.now ?? Date.now
  const ttl = options.discoveryTtlMs ?? 5_000
  const resources = new Set([...options.toolResources].map(canonicalUrl))
  const tokens = new Map<string, TokenSource>()
  const listings = new Map<string, { at: number; tools: Discovered[] }>()
  /** Every tool an agent was ever offered: one that drops out of discovery (its service died) stays offered, and fails visibly. */
  const known = new Map<string, Map<string, Discovered>>()

  /** The agent's token for `resource` (undefined: for oauth itself). */
  function tokenFor(agent: string, resource?: string): TokenSource {
    const key = `${agent} ${resource ?? ''}`
    let source = tokens.get(key)
    if (!source) {
      const secret = options.secrets[agent]
      if (!secret) throw new HeistError('AGENT_NO_SECRET', `no client secret for agent "${agent}" (set ${secretEnvName(agent)})`, 500)
      source = createTokenSource({ tokenUrl: `${options.oauthUrl}/oauth/token`, clientId: agent, clientSecret: secret, ...(resource ? { resource } : {}) })
      tokens.set(key, source)
    }
    return source
  }

  async function discover(agent: string, fresh = false, signal?: AbortSignal): Promise<Discovered[]> {
    const cached = listings.get(agent)
    if (!fresh && cached && now() - cached.at < ttl) return cached.tools
    const token = tokenFor(agent)
    const client = createHttpClient({ service: 'oauth', baseUrl: options.oauthUrl, token: () => token.get(), timeoutMs: options.timeoutMs ?? 5_000, retries: options.retries ?? 2 })
    const listing = await client.request({ path: '/tools', schema: ToolListing, signal })
    const live = listing.tools.flatMap((t) => {
      if (callable(t, resources)) return [{ name: t.name, description: t.description, inputSchema: t.input_schema, url: t.url, resource: canonicalUrl(t.resource) }]
      options.onRefused?.(t)
      return []
    })
    const seen = known.get(agent) ?? new Map<string, Discovered>()
    for (const tool of live) seen.set(tool.name, tool)
    known.set(agent, seen)
    const missing = [...seen.values()].filter((t) => !live.some((l) => l.name === t.name)).map((t) => ({ ...t, missing: true }))
    const tools = [...live, ...missing]
    listings.set(agent, { at: now(), tools })
    return tools
  }

  // The MCP client SDK (~2 s of CPU to load on a busy machine) is loaded at the first MCP call,
  // so an orchestrator whose sessions use REST never loads it.
  let mcp: Promise<ReturnType<typeof createMcpCalls>> | null = null
  const mcpCalls = () => (mcp ??= import('./mcp-calls.js').then((m) => m.createMcpCalls({ timeoutMs: options.timeoutMs ?? 10_000 })))

  async function post(agent: string, tool: Discovered, args: unknown, signal?: AbortSignal): Promise<ToolOutcome> {
    if (options.transport === 'mcp') return (await mcpCalls()).call(agent, { name: tool.name, endpoint: `${tool.resource}${MCP_PATH}` }, args, tokenFor(agent, tool.resource), signal)
    const url = new URL(tool.url)
    const token = tokenFor(agent, tool.resource)
    const client = createHttpClient({ service: tool.name, baseUrl: url.origin, token: () => token.get(), timeoutMs: options.timeoutMs ?? 10_000, retries: options.retries ?? 2 })
    const reply = await client.request({ path: url.pathname, body: args, schema: ToolResult, signal })
    return { ok: true, result: reply.result }
  }

  return {
    async listTools(agent, signal) {
      return (await discover(agent, false, signal)).map(({ url: _url, resource: _resource, missing: _missing, ...tool }) => tool)
    },
    async call(agent, name, args, signal) {
      try {
        let tool = (await discover(agent, false, signal)).find((t) => t.name === name)
        tool ??= (await discover(agent, true, signal)).find((t) => t.name === name)
        if (!tool) return { ok: false, error: { code: 'TOOL_UNKNOWN', message: `no tool "${name}" is available to ${agent}` } }
        if (tool.missing) {
          // Not registered any more: its service is down or restarting. Try its last address once, so a
          // service that is already back answers; otherwise the agent and the page see why.
          return await post(agent, tool, args, signal).catch(() => ({ ok: false as const, error: { code: 'TOOL_UNAVAILABLE', message: `the ${name} service is down (it left tool discovery); try again later`, status: 503 } }))
        }
        try {
          return await post(agent, tool, args, signal)
        } catch (error) {
          if (!(error instanceof UpstreamError) || error.upstreamStatus !== 401) throw error
          tokenFor(agent, tool.resource).invalidate()
          return await post(agent, tool, args, signal)
        }
      } catch (error) {
        if (error instanceof UpstreamError) return { ok: false, error: { code: error.code, message: error.message, status: error.upstreamStatus } }
        if (isHeistError(error)) return { ok: false, error: { code: error.code, message: error.message, status: error.statusCode } }
        return { ok: false, error: { code: 'TOOL_FAILED', message: error instanceof Error ? error.message : 'tool call failed' } }
      }
    },
    /** Close the MCP clients it opened (none on the REST path), ending their sessions on the tool servers. */
    async close() {
      const opened = mcp
      mcp = null
      if (opened) await (await opened).close()
    },
  }
}
