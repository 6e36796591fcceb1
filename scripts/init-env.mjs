#!/usr/bin/env node
// Creates or completes the git-ignored `.env` that holds the fleet's secrets. Plain JavaScript
// with no dependencies, so Docker users need only Node: `node scripts/init-env.mjs`.
// The launcher (`pnpm start`) calls the same functions before every start.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { parseEnv } from 'node:util'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** `HEIST_SECRET_FILE_READER` for client `file-reader` (same rule as `secretEnvName` in shared/src/fleet.ts). */
export function secretEnvName(clientId) {
  return `HEIST_SECRET_${clientId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`
}

export const OPERATOR_TOKEN_NAME = 'HEIST_OPERATOR_TOKEN'

/** A fresh random secret: 24 bytes, base64url (32 characters). */
export function newSecret() {
  return randomBytes(24).toString('base64url')
}

/** Parse a dotenv text with Node's own parser (`util.parseEnv`): the one dotenv reader of the house. */
export function parseEnvText(text) {
  return { ...parseEnv(text) }
}

/**
 * Make sure every name in `names` has a value in the env file at `path`: existing lines are kept
 * untouched, missing names get a new random secret appended. Returns every value in the file and
 * the names that were added.
 */
export function ensureEnvFile(path, names) {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : ''
  const values = parseEnvText(text)
  const added = names.filter((name) => !values[name])
  if (added.length > 0) {
    const header = text ? '' : '# Heist secrets, generated locally. Never commit this file.\n'
    const lines = added.map((name) => {
      values[name] = newSecret()
      return `${name}=${values[name]}`
    })
    const sep = text && !text.endsWith('\n') ? '\n' : ''
    writeFileSync(path, `${text}${sep}${header}${lines.join('\n')}\n`, { mode: 0o600 })
  }
  return { values, added }
}

/**
 * Agent names of `config/agents.yaml`, read without a YAML parser (Docker users run this with Node
 * alone): the `name:` key of each item of the top-level `agents:` list, wherever it stands among the
 * item's keys. Only `- name:` was read before, so an agent written `- role: …` then `name: forger` got
 * no secret, and under Compose oauth and the orchestrator refused to start. A line indented deeper
 * than the item's keys (a persona's text, a nested list) is a value, never one of its keys. The list
 * may stand at the key's own column (`agents:` then `- name: …` at column 0, valid YAML the launcher
 * reads) and an item may be a flow mapping (`- {name: forger, …}`). An item whose name this reader
 * cannot find, or no list at all, throws: a secret missed in silence is a service refusing to start.
 */
export function agentNamesFromYaml(text) {
  const names = []
  let items = 0
  let inAgents = false
  let dashIndent = -1
  let keyColumn = -1
  let named = true
  const endItem = (line) => {
    if (!named) throw new Error(`config/agents.yaml: init-env could not find the name of agent ${items} (write it as "name: <agent>" on a line of its own)${line ? `, before: ${line.trim()}` : ''}`)
  }
  for (const line of text.replace(/\r/g, '').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue
    const indent = line.length - line.trimStart().length
    const item = /^(\s*)-(\s+)(.*)$/.exec(line)
    // At column 0 only an item of the agents list (YAML lets a list stand at its key's column) stays inside it.
    if (indent === 0 && !(inAgents && item && dashIndent <= 0)) {
      if (inAgents) endItem(line)
      inAgents = /^agents:\s*(#.*)?$/.test(line)
      continue
    }
    if (!inAgents) continue
    if (item && (dashIndent < 0 || item[1].length === dashIndent)) {
      endItem(line)
      items += 1
      named = false
      dashIndent = item[1].length
      keyColumn = item[1].length + 1 + item[2].length
      const flow = /^\{(?:.*?,)?\s*["']?name["']?\s*:\s*["']?([a-z][a-z0-9_-]*)["']?\s*[,}]/.exec(item[3])
      if (flow) {
        names.push(flow[1])
        named = true
        continue
      }
    } else if (indent !== keyColumn) continue
    const name = /^["']?name["']?\s*:\s*["']?([a-z][a-z0-9_-]*)["']?\s*(#.*)?$/.exec(line.slice(keyColumn))
    if (name) {
      names.push(name[1])
      named = true
    }
  }
  if (inAgents) endItem('')
  if (items === 0) throw new Error('config/agents.yaml: init-env found no "agents:" list (one item "- name: <agent>" per agent)')
  return names
}

/**
 * Names `.env` must hold: every name `.env.example` sets (the service clients' secrets, the operator
 * token, the model-seed key; optional settings are commented out there), and one secret per agent of
 * `config/agents.yaml`.
 */
export function requiredNames(root) {
  const listed = Object.keys(parseEnvText(readFileSync(join(root, '.env.example'), 'utf8')))
  const agents = agentNamesFromYaml(readFileSync(join(root, 'config', 'agents.yaml'), 'utf8')).map(secretEnvName)
  return [...new Set([...listed, ...agents, OPERATOR_TOKEN_NAME])]
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  const path = join(root, '.env')
  let names
  try {
    names = requiredNames(root)
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(2)
  }
  const { added } = ensureEnvFile(path, names)
  process.stdout.write(added.length ? `${path}: added ${added.join(', ')}\n` : `${path}: complete, nothing to add\n`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main()
