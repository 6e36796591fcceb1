import type { Rng } from './random.js'

type Schema = {
  type?: unknown
  properties?: Record<string, Schema>
  items?: Schema
  enum?: unknown[]
  anyOf?: Schema[]
  oneOf?: Schema[]
  const?: unknown
  minimum?: number
  maximum?: number
  minItems?: number
}

/**
 * A value matching a JSON Schema as well as a small model would: every property filled (strict
 * mode wants them all), strings from the text the model would have written.
 */
export function fillSchema(schema: Schema, text: string, rng: Rng, depth = 0, key = ''): unknown {
  if (schema.const !== undefined) return schema.const
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return rng.pick(schema.enum)
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0]
  if (variant) return fillSchema(variant, text, rng, depth, key)
  const type = Array.isArray(schema.type) ? (schema.type.find((t) => t !== 'null') as unknown) : schema.type
  if (depth > 6) return null
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const [name, child] of Object.entries(schema.properties ?? {})) out[name] = fillSchema(child, text, rng, depth + 1, name)
      return out
    }
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => fillSchema(schema.items ?? {}, text, rng, depth + 1, key))
    case 'number': {
      const low = schema.minimum ?? 0
      const high = schema.maximum ?? 1
      return Math.round((low + rng.next() * (high - low)) * 100) / 100
    }
    case 'integer':
      return Math.round((schema.minimum ?? 0) + rng.next() * ((schema.maximum ?? 10) - (schema.minimum ?? 0)))
    case 'boolean':
      return rng.chance(0.5)
    case 'null':
      return null
    default:
      return /reason|summary|text|message|content|answer|description|explanation/i.test(key) || key === '' ? text : `${key.replace(/_/g, ' ')}`
  }
}
