#!/usr/bin/env node
// `pnpm mcp-inspector <url> --transport http --header "Authorization: Bearer …" --method tools/list`:
// the MCP Inspector's CLI (devDependency @modelcontextprotocol/inspector-cli 1.0.3), runnable from the
// repository. Its own bin cannot be: `npx @modelcontextprotocol/inspector-cli` looks for the web
// client of the full inspector package, and its `--cli` mode runs build/index.js, which checks for
// `../package.json` relative to the working directory but imports it relative to itself. From its own
// build folder both agree, so it runs there; every argument is passed through unchanged (URLs are
// absolute). It runs in this process, as if started itself (its argv, its folder): a second Node for it
// cost a start each run (seven in the tests). It ends the process itself: exit 0, or 1 with the error.
import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { pathToFileURL } from 'node:url'

const entry = createRequire(import.meta.url).resolve('@modelcontextprotocol/inspector-cli/build/index.js')
process.chdir(dirname(entry))
process.argv = [process.argv[0], entry, ...process.argv.slice(2)]
await import(pathToFileURL(entry).href)
