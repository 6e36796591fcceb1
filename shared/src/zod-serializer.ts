import type { FastifySerializerCompiler } from 'fastify'
import { InvalidSchemaError, ResponseSerializationError } from 'fastify-type-provider-zod'
import { $ZodType, safeParse } from 'zod/v4/core'

/** A route's response schema: a zod type, or an object whose `properties` is one. */
function zodSchemaOf(schema: unknown): $ZodType {
  if (schema instanceof $ZodType) return schema
  if (typeof schema === 'object' && schema !== null && 'properties' in schema && schema.properties instanceof $ZodType) return schema.properties
  throw new InvalidSchemaError(JSON.stringify(schema))
}

/**
 * fastify-type-provider-zod's serializer compiler with the same check and output (the reply
 * parsed by the route's zod schema, unknown keys dropped, then `JSON.stringify`; a reply that
 * does not match is a `ResponseSerializationError`), but the schema is resolved once per route:
 * the library resolves it on every reply, a zod `instanceof` that was a third of the
 * serializer's time in a profile of the calculator (issue 16).
 */
export const zodSerializerCompiler: FastifySerializerCompiler<unknown> = ({ schema, method, url }) => {
  const zodSchema = zodSchemaOf(schema)
  return (data: unknown) => {
    const result = safeParse(zodSchema, data)
    if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error })
    return JSON.stringify(result.data)
  }
}
