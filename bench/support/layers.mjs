/**
 * Layers of a request's path, by function name (first match wins): V8's compiler and collector first
 * (the side work instructions.ts leaves out), the catch-all V8 runtime last. One list for the callgrind
 * table (callgrind-js.mjs --layers) and the perf one (time-profile.ts, which puts the kernel first).
 * @type {Array<[string, RegExp]>}
 */
export const REQUEST_LAYERS = [
  ['V8 compiler and GC (side work)', /compiler::|Scavenger|MarkCompact|Heap::|Sweeper|Marking|Runtime_CompileOptimized|Deoptimiz|Concurrent|GCTracer|MemoryAllocator|Page::/],
  ['JSON.parse', /JsonParser/],
  ['JSON.stringify', /JsonStringif/],
  ['MCP SDK (JavaScript)', /@modelcontextprotocol/],
  ['zod', /\/zod@|node_modules\/zod\//],
  ['MCP route (shared/src/mcp-*)', /shared\/src\/mcp-/],
  ['auth, kit (shared/src, other)', /shared\/src\//],
  ['tool (services/)', /services\//],
  ['fast-json-stringify', /fast-json-stringify/],
  ['Fastify and plugins', /fastify|pino|light-my-request|avvio|find-my-way/],
  ['promises and microtasks', /Promise|Microtask|AsyncFunction|Await|Generator|nextTick|processTicksAndRejections/],
  ['Node http, net, streams (JavaScript)', /node:/],
  ['llhttp and Node C++', /llhttp|node::|uv_|libuv/],
  ['libc', /libc\.so|malloc|memmove|memcpy|memset|\[\.\] __/],
  ['V8 runtime, ICs, objects, strings', /./],
]
