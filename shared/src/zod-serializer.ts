import fastJson from 'fast-json-stringify'
import type { FastifySerializerCompiler } from 'fastify'
import { InvalidSchemaError, ResponseSerializationError } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { $ZodType, safeParse } from 'zod/v4/core'

/** A route's response schema: a zod type, or an object whose `properties` is one. */
function zodSchemaOf(schema: unknown): $ZodType {
  if (schema instanceof $ZodType) return schema
  if (typeof schema === 'object' && schema !== null && 'properties' in schema && schema.properties instanceof $ZodType) return schema.properties
  throw new InvalidSchemaError(JSON.stringify(schema))
}

/**
 * JSON Schema keywords whose meaning fast-json-stringify's output shares with "zod parse, then
 * `JSON.stringify`": a type, the properties it writes (unknown keys dropped, as zod's default
 * strips them), and keywords that only validate, which it ignores. Anything else (`default`,
 * which zod fills in and fast-json-stringify would not; unions, which it resolves with Ajv and
 * which zod resolves by parsing; `$ref`; tuples) keeps the zod serializer.
 */
const SAME_OUTPUT_KEYWORDS = new Set([
  '$schema', 'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'format',
  'description', 'title', 'examples', 'propertyNames', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'uniqueItems',
])

/** A JSON Schema node that names its type (fast-json-stringify writes a typeless one with a bare `undefined`). */
const typed = (node: unknown) => typeof node === 'object' && node !== null && 'type' in node

/** Whether every node of `schema` uses only {@link SAME_OUTPUT_KEYWORDS} (the draft-7 output of `z.toJSONSchema`). */
function sameOutput(schema: unknown): boolean {
  if (typeof schema === 'boolean') return true
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return false
  for (const [keyword, value] of Object.entries(schema)) {
    if (!SAME_OUTPUT_KEYWORDS.has(keyword)) return false
    if (keyword === 'properties' && !Object.values(value as Record<string, unknown>).every(sameOutput)) return false
    if ((keyword === 'items' || keyword === 'additionalProperties' || keyword === 'propertyNames') && !sameOutput(value)) return false
    // An untyped array item (`z.unknown()`): fast-json-stringify writes an `undefined` item as the
    // bare word `undefined` (invalid JSON) where `JSON.stringify` writes `null`.
    if (keyword === 'items' && !typed(value)) return false
    // The same for a required untyped property (`args: z.unknown()`): `{ args: undefined }` was written
    // `{"args":undefined}`, a 200 whose body is not JSON, and an absent one a 500 ("args is required!")
    // where zod's parse accepts both. (An optional one that is undefined is left out, as JSON.stringify does.)
    if (keyword === 'required' && (value as string[]).some((name) => !typed((schema as { properties?: Record<string, unknown> }).properties?.[name]))) return false
  }
  return true
}

/**
 * fast-json-stringify compiled from the JSON Schema of a zod reply schema (its output side), or
 * undefined when the schema has something whose output could differ (see {@link SAME_OUTPUT_KEYWORDS})
 * or no JSON Schema at all (a transform, a date). Also what `/mcp` writes a tool's result with
 * (`mcp-tool-server.ts`), under the same rule as the REST replies.
 */
export function compileFast(schema: $ZodType): ((data: unknown) => string) | undefined {
  let json: unknown
  try {
    json = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'throw' })
  } catch {
    return undefined // no JSON Schema for this type: the zod serializer handles it
  }
  return sameOutput(json) ? fastJson(json as Parameters<typeof fastJson>[0]) : undefined
}

export interface ReplySerializerOptions {
  /**
   * Check every reply with the route's zod schema as well (on under `NODE_ENV=test`, see
   * `createServiceApp`): the reply must parse, and fast-json-stringify's text must equal
   * `JSON.stringify` of zod's parse, byte for byte; else a `ResponseSerializationError` (500).
   */
  checkReplies: boolean
}

/**
 * Fastify's serializer compiler for the fleet's zod reply schemas, resolved once per route.
 * Where the JSON Schema of a route's zod schema (`z.toJSONSchema`, output side) maps one to one
 * onto fast-json-stringify, the reply is written by fast-json-stringify compiled from it, as
 * Fastify does for its own JSON Schemas: the fields the contract names, unknown keys dropped.
 * It does not validate: a field of the wrong type is coerced, not refused. So with
 * `checkReplies` (every test run) each reply is also parsed by the zod schema and both texts
 * must agree; in production the contract is what the tests proved, and a reply is not parsed
 * again (a zod parse and a `JSON.stringify` cost more than fast-json-stringify alone: issue 16,
 * docs/notes/kit.md). Other schemas keep zod's parse and `JSON.stringify` on every reply.
 */
export function replySerializerCompiler({ checkReplies }: ReplySerializerOptions): FastifySerializerCompiler<unknown> {
  return ({ schema, method, url }) => {
    const zodSchema = zodSchemaOf(schema)
    const parsed = (data: unknown): unknown => {
      const result = safeParse(zodSchema, data)
      if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error })
      return result.data
    }
    const fast = compileFast(zodSchema)
    if (fast === undefined) return (data: unknown) => JSON.stringify(parsed(data))
    if (!checkReplies) return fast
    return (data: unknown) => {
      const exact = JSON.stringify(parsed(data))
      const text = fast(data)
      if (text !== exact) {
        const issue = { code: 'custom' as const, path: [], input: data, message: `fast-json-stringify wrote ${text}, zod's parse gives ${exact}` }
        throw new ResponseSerializationError(method, url, { cause: new z.ZodError([issue]) })
      }
      return text
    }
  }
}
