import type { FastifySchemaCompiler } from 'fastify'
import { validatorCompiler } from 'fastify-type-provider-zod'
import { z } from 'zod'

/** A field of a plain string object: its name and length bounds (UTF-16 code units, as zod counts). */
interface StringField {
  name: string
  min: number
  max: number
}

/** The length checks zod's `z.string().min(n).max(m)` keeps, by their `check` name. */
const LENGTH_CHECKS = new Set(['min_length', 'max_length'])

/**
 * The condition zod gives its own length checks (they run when the input has a length, which a
 * string always has), read from a check zod makes: a check with any other condition is not one
 * of these.
 */
const LENGTH_CHECK_WHEN = (z.string().min(1).def.checks?.[0]?._zod.def as { when?: unknown } | undefined)?.when

/**
 * The fields of `schema` when it is a zod object whose every field is a required `z.string()` with
 * at most `.min()`/`.max()` (no coercion, no other check, no transform) and whose unknown keys are
 * stripped or refused (zod's default or `.strict()`), with no check on the object itself; else
 * undefined. Reads zod's own definition (`def`), the one it parses by.
 */
export function plainStringFields(schema: unknown): StringField[] | undefined {
  if (!(schema instanceof z.ZodObject)) return undefined
  const { catchall, checks } = schema.def
  if ((checks?.length ?? 0) > 0) return undefined
  if (catchall !== undefined && !(catchall instanceof z.ZodNever)) return undefined
  const fields: StringField[] = []
  for (const [name, field] of Object.entries(schema.shape as Record<string, unknown>)) {
    if (!(field instanceof z.ZodString) || field.def.coerce === true) return undefined
    let min = 0
    let max = Number.POSITIVE_INFINITY
    for (const check of field.def.checks ?? []) {
      const def = check._zod.def as { check: string; minimum?: number; maximum?: number; when?: unknown; abort?: unknown }
      if (!LENGTH_CHECKS.has(def.check) || def.when !== LENGTH_CHECK_WHEN) return undefined
      if (def.check === 'min_length') min = Math.max(min, def.minimum ?? 0)
      else max = Math.min(max, def.maximum ?? Number.POSITIVE_INFINITY)
    }
    fields.push({ name, min, max })
  }
  return fields
}

/**
 * zod's answer for `data` when it is a plain object holding exactly `fields`, each a string within
 * its bounds: a new object of those fields, in the schema's order, as zod's parse returns; else
 * undefined (zod then parses it, and its error is the answer). No other key is allowed through: a
 * strict schema refuses it and a stripping one drops it, so both leave that input to zod.
 */
function plainStringCheck(fields: StringField[]): (data: unknown) => { value: Record<string, string> } | undefined {
  return (data) => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined
    const input = data as Record<string, unknown>
    let keys = 0
    for (const key in input) {
      if (!Object.hasOwn(input, key)) return undefined
      keys++
    }
    if (keys !== fields.length) return undefined
    const value: Record<string, string> = {}
    for (const { name, min, max } of fields) {
      const text = input[name]
      if (typeof text !== 'string' || text.length < min || text.length > max) return undefined
      value[name] = text
    }
    return { value }
  }
}

/** Parsers made by {@link quickSafeParse}, one per schema. */
const quickParsers = new WeakMap<z.ZodType, (data: unknown) => z.ZodSafeParseResult<unknown>>()

/**
 * `schema.safeParse`, with the direct check of a plain string object first (as
 * {@link bodyValidatorCompiler} does for a body): the MCP `tools/call` arguments of the calculator
 * and db-query, parsed by the same zod schema as their REST bodies. Made once per schema.
 */
export function quickSafeParse<T extends z.ZodType>(schema: T): (data: unknown) => z.ZodSafeParseResult<z.output<T>> {
  let parse = quickParsers.get(schema)
  if (parse === undefined) {
    const fields = plainStringFields(schema)
    const fast = fields === undefined ? undefined : plainStringCheck(fields)
    parse = fast === undefined ? (data) => schema.safeParse(data) : (data) => {
      const checked = fast(data)
      return checked === undefined ? schema.safeParse(data) : { success: true, data: checked.value }
    }
    quickParsers.set(schema, parse)
  }
  return parse as (data: unknown) => z.ZodSafeParseResult<z.output<T>>
}

/**
 * Fastify's validator compiler for the zod route schemas (fastify-type-provider-zod's): a body
 * whose schema is an object of plain bounded strings (the calculator's `{expression}`,
 * db-query's `{query}`) is first checked by a direct test of exactly those rules, which answers as
 * zod does for a valid body without running zod's parser (its compiled object parser and each
 * string's checks: ~2 600 of the calculator call's ~122 000 instructions under callgrind; issue
 * 16); anything else, and every invalid body, goes to zod, whose result or error is the answer.
 * shared/test/zod-validator.test.ts holds both ways to the same answers.
 */
export const bodyValidatorCompiler: FastifySchemaCompiler<z.ZodType> = (route) => {
  const zod = validatorCompiler(route)
  const fields = route.httpPart === 'body' ? plainStringFields(route.schema) : undefined
  if (fields === undefined) return zod
  const fast = plainStringCheck(fields)
  return (data) => fast(data) ?? zod(data)
}
