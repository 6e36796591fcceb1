import type { TokenSource } from '@heist/shared'
import { closeMcp, connectMcp, mcpHttpFailure, type McpClient } from '@heist/shared/mcp-client'
import type { ToolOutcome } from '../engine/types.js'

/** A discovered tool as the MCP path needs it: its name and its service's MCP endpoint. */
export interface McpToolTarget {
  name: string
  /** `<service URL>/mcp`: where the MCP server answers, and the resource its tokens are minted for. */
  endpoint: string
}

/** What `tools/call` returns, reduced to what becomes an outcome. */
interface CallResult {
  isError?: boolean
  content?: unknown
  _meta?: Record<string, unknown>
}

function textOf(content: unknown): string {
  if (!Array.isArray(content)) return ''
  return content.flatMap((part: unknown) => (typeof part === 'object' && part !== null && (part as { type?: unknown }).type === 'text' ? [String((part as { text?: unknown }).text)] : [])).join('\n')
}

/**
 * The same outcome the REST path gives: the result text, or the service's coded error with
 * the tool's name in front (as `UpstreamError` words it) and the HTTP status REST would answer.
 */
export function outcomeOf(tool: string, result: CallResult): ToolOutcome {
  if (!result.isError) return { ok: true, result: textOf(result.content) }
  const coded = result._meta?.['heist/error'] as { code?: unknown; message?: unknown; status?: unknown } | undefined
  if (typeof coded?.code === 'string' && typeof coded.message === 'string') {
    return { ok: false, error: { code: coded.code, message: `${tool}: ${coded.message}`, ...(typeof coded.status === 'number' ? { status: coded.status } : {}) } }
  }
  return { ok: false, error: { code: 'TOOL_FAILED', message: `${tool}: ${textOf(result.content) || 'the tool failed'}` } }
}

/**
 * Calls tools over MCP with one connected SDK client per agent and tool service, each holding
 * the agent's token for that service only and one MCP session for its life. A 401 renews the
 * token and reconnects once; a 404 (the server ended the session: idle, restarted) reconnects once.
 */
export function createMcpCalls(options: { timeoutMs?: number }) {
  const clients = new Map<string, Promise<McpClient>>()

  function clientFor(agent: string, target: McpToolTarget, token: TokenSource): Promise<McpClient> {
    const key = `${agent} ${target.endpoint}`
    let client = clients.get(key)
    if (!client) {
      client = connectMcp({ url: target.endpoint, token: () => token.get(), name: `heist-orchestrator/${agent}` })
      // A failed connection is not kept: the next call tries again.
      client.catch(() => clients.delete(key))
      clients.set(key, client)
    }
    return client
  }

  async function callOnce(agent: string, target: McpToolTarget, args: unknown, token: TokenSource, signal?: AbortSignal): Promise<ToolOutcome> {
    const client = await clientFor(agent, target, token)
    const result = await client.callTool({ name: target.name, arguments: args as Record<string, unknown> }, undefined, {
      timeout: options.timeoutMs ?? 10_000,
      ...(signal ? { signal } : {}),
    })
    return outcomeOf(target.name, result)
  }

  return {
    /** A tool's outcome; an HTTP refusal (403, say) is an outcome too, a network failure throws. */
    async call(agent: string, target: McpToolTarget, args: unknown, token: TokenSource, signal?: AbortSignal): Promise<ToolOutcome> {
      try {
        try {
          return await callOnce(agent, target, args, token, signal)
        } catch (error) {
          const status = mcpHttpFailure(error)?.status
          if (status !== 401 && status !== 404) throw error
          if (status === 401) token.invalidate()
          clients.delete(`${agent} ${target.endpoint}`)
          return await callOnce(agent, target, args, token, signal)
        }
      } catch (error) {
        const refused = mcpHttpFailure(error)
        if (!refused) throw error
        return { ok: false, error: { code: refused.code ?? 'TOOL_REFUSED', message: `${target.name}: ${refused.message}`, status: refused.status } }
      }
    },
    async close(): Promise<void> {
      const open = [...clients.values()]
      clients.clear()
      await Promise.allSettled(open.map(async (client) => closeMcp(await client)))
    },
  }
}
