import type { TokenSource } from '@heist/shared'
import { connectMcp, mcpHttpFailure, type McpClient } from '@heist/shared/mcp-client'
import { MCP_PATH } from '@heist/shared/mcp-server'
import type { ToolOutcome } from '../engine/types.js'

/** A discovered tool as the MCP path needs it: its name and the service (resource) serving it. */
export interface McpToolTarget {
  name: string
  /** The tool service's resource identifier (its URL); its MCP server is at `<resource>/mcp`. */
  resource: string
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
 * the agent's token for that service only. A 401 renews the token and reconnects once.
 */
export function createMcpCalls(options: { timeoutMs?: number }) {
  const clients = new Map<string, Promise<McpClient>>()

  function clientFor(agent: string, target: McpToolTarget, token: TokenSource): Promise<McpClient> {
    const key = `${agent} ${target.resource}`
    let client = clients.get(key)
    if (!client) {
      client = connectMcp({ url: `${target.resource}${MCP_PATH}`, token: () => token.get(), name: `heist-orchestrator/${agent}` })
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
    async call(agent: string, target: McpToolTarget, args: unknown, token: TokenSource, signal?: AbortSignal): Promise<ToolOutcome> {
      try {
        return await callOnce(agent, target, args, token, signal)
      } catch (error) {
        if (mcpHttpFailure(error)?.status !== 401) throw error
        token.invalidate()
        clients.delete(`${agent} ${target.resource}`)
        return await callOnce(agent, target, args, token, signal)
      }
    },
    async close(): Promise<void> {
      const open = [...clients.values()]
      clients.clear()
      await Promise.allSettled(open.map(async (client) => (await client).close()))
    },
  }
}
