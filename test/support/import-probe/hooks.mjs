// A module resolve hook that reports, on stderr, every package under `@modelcontextprotocol/` a
// process loads (test/integration/startup-imports.test.ts).
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context)
  if (resolved.url.includes('/@modelcontextprotocol/')) process.stderr.write(`MCP-SDK ${specifier} <- ${context.parentURL}\n`)
  return resolved
}
