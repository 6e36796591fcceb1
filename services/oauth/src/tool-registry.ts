import { HeistError, notFound, type ToolDescriptor, type ToolOwnership, type ToolRegistration } from '@heist/shared'

interface Entry {
  owner: string
  registration: ToolRegistration
  scope: string
  resource: string
  expiresAt: number
}

export interface ToolRegistryOptions {
  now: () => number
  /** Tool name → the one client that may register it and the scope callers need (`TOOL_OWNERS`). */
  owners: Readonly<Record<string, ToolOwnership>>
  /** An owner's resource identifier (its configured URL): tools must be served on its origin. */
  resourceOf: (owner: string) => string
}

function toDescriptor(entry: Entry): ToolDescriptor {
  const { name, description, url, input_schema } = entry.registration
  return { name, description, required_scope: entry.scope, url, resource: entry.resource, input_schema, expires_at: new Date(entry.expiresAt).toISOString() }
}

const refused = (code: string, message: string) => new HeistError(code, message, 403)

/**
 * Live tool registrations, bound to their owners by configuration: a name can be registered
 * only by the client `owners` names for it, with the scope configured for it, at a URL on that
 * client's configured origin. So no client can take another's name, before or after a restart
 * (a restarted owner simply registers again and has it at once), and nobody can add names the
 * fleet did not configure, which also caps each owner at its configured names.
 * A registration lives `ttl_s` seconds unless renewed; expired entries are dropped on read, so a
 * stopped tool vanishes without anyone noticing it stopped.
 */
export function createToolRegistry(options: ToolRegistryOptions) {
  const entries = new Map<string, Entry>()

  function live(name: string): Entry | undefined {
    const entry = entries.get(name)
    if (entry && entry.expiresAt <= options.now()) {
      entries.delete(name)
      return undefined
    }
    return entry
  }

  function prune(): void {
    for (const name of [...entries.keys()]) live(name)
  }

  /** The configuration for `name` when `owner` may register it; a 403 naming why otherwise. */
  function ownership(owner: string, name: string): ToolOwnership {
    // Own properties only: `constructor` or `__proto__` are not tool names.
    const configured = Object.hasOwn(options.owners, name) ? options.owners[name] : undefined
    if (!configured) throw refused('TOOL_NOT_CONFIGURED', `no tool "${name}" is configured for this fleet`)
    if (configured.owner !== owner) throw refused('TOOL_NOT_OWNER', `tool "${name}" belongs to another client`)
    return configured
  }

  return {
    /** Register or renew; `created` is false for a renewal. */
    upsert(owner: string, registration: ToolRegistration): { tool: ToolDescriptor; created: boolean } {
      const { scope } = ownership(owner, registration.name)
      if (registration.required_scope !== undefined && registration.required_scope !== scope) {
        throw refused('TOOL_SCOPE_MISMATCH', `tool "${registration.name}" requires "${scope}" by configuration`)
      }
      const resource = options.resourceOf(owner)
      const url = new URL(registration.url)
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== new URL(resource).origin) {
        throw refused('TOOL_URL_NOT_ALLOWED', `tools of "${owner}" must be served under ${new URL(resource).origin}`)
      }
      const existing = live(registration.name)
      const entry: Entry = { owner, registration, scope, resource, expiresAt: options.now() + (registration.ttl_s ?? 15) * 1000 }
      entries.set(registration.name, entry)
      return { tool: toDescriptor(entry), created: !existing }
    },

    remove(owner: string, name: string): void {
      ownership(owner, name)
      if (!live(name)) throw notFound('TOOL_NOT_FOUND', `no tool "${name}" is registered`)
      entries.delete(name)
    },

    /** Live tools whose required scope is among `scopes`, by name. */
    visibleTo(scopes: readonly string[]): ToolDescriptor[] {
      prune()
      return [...entries.values()]
        .filter((e) => scopes.includes(e.scope))
        .map(toDescriptor)
        .sort((a, b) => a.name.localeCompare(b.name))
    },

    size(): number {
      prune()
      return entries.size
    },
  }
}
export type ToolRegistry = ReturnType<typeof createToolRegistry>
