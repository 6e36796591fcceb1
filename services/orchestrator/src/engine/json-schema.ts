/**
 * A small JSON Schema subset check for tool arguments: the tools' zod schemas are not
 * available over the wire, only their generated JSON Schemas. Covers what `z.toJSONSchema`
 * emits for tool inputs (object, properties, required, additionalProperties, scalar types,
 * string lengths, number bounds, enum, arrays). Unknown keywords are ignored: the tool
 * itself still validates and answers 400.
 */
type Schema = Record<string, unknown>

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function typeMatches(expected: unknown, value: unknown): boolean {
  const actual = typeOf(value)
  const allowed = Array.isArray(expected) ? expected : [expected]
  return allowed.some((t) => t === actual || (t === 'number' && actual === 'integer'))
}

function checkScalar(schema: Schema, value: unknown, at: string, problems: string[]): void {
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${at} must be one of ${JSON.stringify(schema.enum)}`)
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) problems.push(`${at} must have at least ${schema.minLength} characters`)
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) problems.push(`${at} must have at most ${schema.maxLength} characters`)
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${at} must be ≥ ${schema.minimum}`)
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${at} must be ≤ ${schema.maximum}`)
  }
}

function check(schema: Schema, value: unknown, at: string, problems: string[]): void {
  if (schema.type !== undefined && !typeMatches(schema.type, value)) {
    problems.push(`${at} must be ${Array.isArray(schema.type) ? schema.type.join(' or ') : String(schema.type)}, got ${typeOf(value)}`)
    return
  }
  checkScalar(schema, value, at, problems)
  if (isObject(value)) {
    const properties = isObject(schema.properties) ? schema.properties : {}
    for (const key of Array.isArray(schema.required) ? schema.required : []) {
      if (typeof key === 'string' && !(key in value)) problems.push(`${at}.${key} is required`)
    }
    for (const [key, child] of Object.entries(value)) {
      const childSchema = properties[key]
      if (isObject(childSchema)) check(childSchema, child, `${at}.${key}`, problems)
      else if (schema.additionalProperties === false) problems.push(`${at}.${key} is not allowed`)
    }
  }
  if (Array.isArray(value) && isObject(schema.items)) {
    const items = schema.items
    value.forEach((item, i) => check(items, item, `${at}[${i}]`, problems))
  }
}

/** Every problem of `value` against `schema`, as short sentences (empty when valid). */
export function validateArgs(schema: Schema, value: unknown): string[] {
  const problems: string[] = []
  check(schema, value, 'args', problems)
  return problems
}

/** The property a single positional argument maps to (`[TOOL:calculator:15*60]` → `expression`). */
export function primaryProperty(schema: Schema): string | null {
  const properties = isObject(schema.properties) ? Object.keys(schema.properties) : []
  const required = Array.isArray(schema.required) ? schema.required.filter((k): k is string => typeof k === 'string') : []
  return required[0] ?? properties[0] ?? null
}
