import { HeistError, notFound, type ToolDescriptor, type ToolRegistration } from '@heist/shared'

type Registration = Required<ToolRegistration>

interface Entry {
  owner: string
  registration: Registration
  expiresAt: number
}

export interface ToolRegistryOptions {
  now: () => number
  /** Tools registered at most, so a misbehaving service cannot grow the registry forever. */
  maxTools?: number
}

function toDescriptor(entry: Entry): ToolDescriptor {
  const { name, description, required_scope, url, input_schema } = entry.registration
  return { name, description, required_scope, url, input_schema, expires_at: new Date(entry.expiresAt).toISOString() }
}

/**
 * Live tool registrations. A registration lives `ttl_s` seconds unless renewed; expired
 * entries are dropped on read, so a stopped tool vanishes without anyone noticing it stopped.
 * The first client to register a name owns it until the registration expires.
 */
export function createToolRegistry(options: ToolRegistryOptions) {
  const maxTools = options.maxTools ?? 256
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

  return {
    /** Register or renew; `created` is false for a renewal. */
    upsert(owner: string, registration: Registration): { tool: ToolDescriptor; created: boolean } {
      const existing = live(registration.name)
      if (existing && existing.owner !== owner) {
        throw new HeistError('TOOL_NAME_TAKEN', `tool "${registration.name}" is registered by another client`, 409)
      }
      if (!existing) {
        prune()
        if (entries.size >= maxTools) throw new HeistError('TOOL_REGISTRY_FULL', `the registry holds ${maxTools} tools already`, 409)
      }
      const entry: Entry = { owner, registration, expiresAt: options.now() + registration.ttl_s * 1000 }
      entries.set(registration.name, entry)
      return { tool: toDescriptor(entry), created: !existing }
    },

    remove(owner: string, name: string): void {
      const existing = live(name)
      if (!existing) throw notFound('TOOL_NOT_FOUND', `no tool "${name}" is registered`)
      if (existing.owner !== owner) throw new HeistError('TOOL_NOT_OWNER', `tool "${name}" is registered by another client`, 403)
      entries.delete(name)
    },

    /** Live tools whose required scope is among `scopes`, by name. */
    visibleTo(scopes: readonly string[]): ToolDescriptor[] {
      prune()
      return [...entries.values()]
        .filter((e) => scopes.includes(e.registration.required_scope))
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
