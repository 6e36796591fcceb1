// The MCP paths every side agrees on, apart from the SDK: a client that only needs to know where an
// MCP server answers (the orchestrator picking a transport) must not load the SDK to learn it.

/** Where an MCP server answers (Streamable HTTP) and the path its metadata is suffixed with. */
export const MCP_PATH = '/mcp'
/** RFC 9728 §3: the well-known prefix of protected resource metadata. */
export const PROTECTED_RESOURCE_WELL_KNOWN = '/.well-known/oauth-protected-resource'
