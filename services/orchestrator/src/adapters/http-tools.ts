import { createHttpClient, createTokenSource, HeistError, isHeistError, ToolListing, ToolResult, UpstreamError, type TokenSource } from '@heist/shared'
import type { AgentTool, ToolOutcome, ToolRunner } from '../engine/types.js'

export interface HttpToolsOptions {
  oauthUrl: string
  /** Client secret per agent (the agent's name is its client id). */
  secrets: Readonly<Record<string, string>>
  timeoutMs?: number
  retries?: number
  /** How long a discovery answer is reused; tools come and go without a restart. */
  discoveryTtlMs?: number
  now?: () => number
}

type Discovered = AgentTool & { url: string; missing?: boolean }

/**
 * Tools over HTTP with each agent's own identity: a client-credentials token per agent
 * (cached, renewed before expiry), discovery with `GET /tools`, calls with `POST <url>`.
 */
export function createHttpTools(options: HttpToolsOptions): ToolRunner & { tokenFor(agent: string): TokenSource } {
  const now = options.now ?? Date.now
  const ttl = options.discoveryTtlMs ?? 5_000
  const tokens = new Map<string, TokenSource>()
  const listings = new Map<string, { at: number; tools: Discovered[] }>()
  /** Every tool an agent was ever offered: one that drops out of discovery (its service died) stays offered, and fails visibly. */
  const known = new Map<string, Map<string, Discovered>>()

  function tokenFor(agent: string): TokenSource {
    let source = tokens.get(agent)
    if (!source) {
      const secret = options.secrets[agent]
      if (!secret) throw new HeistError('AGENT_NO_SECRET', `no client secret for agent "${agent}" (set its HEIST_SECRET_ variable)`, 500)
      source = createTokenSource({ tokenUrl: `${options.oauthUrl}/oauth/token`, clientId: agent, clientSecret: secret })
      tokens.set(agent, source)
    }
    return source
  }

  async function discover(agent: string, fresh = false, signal?: AbortSignal): Promise<Discovered[]> {
    const cached = listings.get(agent)
    if (!fresh && cached && now() - cached.at < ttl) return cached.tools
    const token = tokenFor(agent)
    const client = createHttpClient({ service: 'oauth', baseUrl: options.oauthUrl, token: () => token.get(), timeoutMs: options.timeoutMs ?? 5_000, retries: options.retries ?? 2 })
    const listing = await client.request({ path: '/tools', schema: ToolListing, signal })
    const live = listing.tools.map((t) => ({ name: t.name, description: t.description, inputSchema: t.input_schema, url: t.url }))
    const seen = known.get(agent) ?? new Map<string, Discovered>()
    for (const tool of live) seen.set(tool.name, tool)
    known.set(agent, seen)
    const missing = [...seen.values()].filter((t) => !live.some((l) => l.name === t.name)).map((t) => ({ ...t, missing: true }))
    const tools = [...live, ...missing]
    listings.set(agent, { at: now(), tools })
    return tools
  }

  async function post(agent: string, tool: Discovered, args: unknown, signal?: AbortSignal): Promise<ToolOutcome> {
    const url = new URL(tool.url)
    const token = tokenFor(agent)
    const client = createHttpClient({ service: tool.name, baseUrl: url.origin, token: () => token.get(), timeoutMs: options.timeoutMs ?? 10_000, retries: options.retries ?? 2 })
    const reply = await client.request({ path: url.pathname, body: args, schema: ToolResult, signal })
    return { ok: true, result: reply.result }
  }

  return {
    tokenFor,
    async listTools(agent, signal) {
      return (await discover(agent, false, signal)).map(({ url: _url, missing: _missing, ...tool }) => tool)
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
          tokenFor(agent).invalidate()
          return await post(agent, tool, args, signal)
        }
      } catch (error) {
        if (error instanceof UpstreamError) return { ok: false, error: { code: error.code, message: error.message, status: error.upstreamStatus } }
        if (isHeistError(error)) return { ok: false, error: { code: error.code, message: error.message, status: error.statusCode } }
        return { ok: false, error: { code: 'TOOL_FAILED', message: error instanceof Error ? error.message : 'tool call failed' } }
      }
    },
  }
}
