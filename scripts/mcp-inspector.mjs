#!/usr/bin/env node
// `pnpm mcp-inspector <url> --transport http --header "Authorization: Bearer …" --method tools/list`:
// the MCP Inspector's CLI (devDependency @modelcontextprotocol/inspector-cli 1.0.3), runnable from the
// repository. Its own bin cannot be: `npx @modelcontextprotocol/inspector-cli` looks for the web
// client of the full inspector package, and its `--cli` mode runs build/index.js, which checks for
// `../package.json` relative to the working directory but imports it relative to itself. From its own
// build folder both agree, so it runs there; every argument is passed through unchanged (URLs are
// absolute), and its exit code is this command's.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname } from 'node:path'

const entry = createRequire(import.meta.url).resolve('@modelcontextprotocol/inspector-cli/build/index.js')
const { status, signal, error } = spawnSync(process.execPath, [entry, ...process.argv.slice(2)], { cwd: dirname(entry), stdio: 'inherit' })
if (error) throw error
process.exitCode = status ?? (signal ? 1 : 0)
