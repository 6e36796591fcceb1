import { writeSync } from 'node:fs'

// A module resolve hook that reports, on stderr, every package under `@modelcontextprotocol/` a
// process loads (test/integration/startup-imports.test.ts). Written synchronously: hooks run on a
// thread of their own, whose process.stderr reaches the main thread later, while the test reads
// the order of these lines against what the main thread writes between groups of imports.
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context)
  if (resolved.url.includes('/@modelcontextprotocol/')) writeSync(2, `MCP-SDK ${specifier} <- ${context.parentURL}\n`)
  return resolved
}
