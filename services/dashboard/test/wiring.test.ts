import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import Fastify from 'fastify'
import { describe, expect, test } from 'vitest'
import { openDb } from '../src/db.js'
import { eventStorePlugin } from '../src/event-store.js'
import { moleGamePlugin } from '../src/mole-game.js'

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src')

/** Relative imports of every source file (type-only ones too: a cycle of types is still a tangle). */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
  return new Map(files.map((file) => {
    const text = readFileSync(join(SRC, file), 'utf8')
    const targets = [...text.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)].map((m) => relative(SRC, resolve(SRC, dirname(file), `${m[1]}.ts`)))
    return [file, targets]
  }))
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done') return null
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file]
    state.set(file, 'open')
    path.push(file)
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next)
      if (cycle) return cycle
    }
    path.pop()
    state.set(file, 'done')
    return null
  }
  for (const file of graph.keys()) {
    const cycle = visit(file)
    if (cycle) return cycle
  }
  return null
}

describe('the dashboard wiring', () => {
  test('no import cycle in the service (routes read their plugins from the app, never from app.ts)', () => {
    const graph = importGraph()
    expect(graph.get('routes/sessions.ts')).toBeDefined()
    expect(findCycle(graph)).toBeNull()
    for (const [file, targets] of graph) if (file.startsWith('routes/')) expect(targets, file).not.toContain('app.ts')
  })

  test('the finder does find a cycle (so the test above can fail)', () => {
    expect(findCycle(new Map([['a.ts', ['b.ts']], ['b.ts', ['a.ts']]]))).toEqual(['a.ts', 'b.ts', 'a.ts'])
  })

  test('a plugin registered without the one it depends on is refused at start, naming it', async () => {
    const app = Fastify()
    await expect(app.register(moleGamePlugin, { db: openDb(':memory:') })).rejects.toThrow(/dashboard-event-store/)
    await app.close()
    const ok = Fastify()
    await ok.register(eventStorePlugin, { db: openDb(':memory:') })
    await ok.register(moleGamePlugin, { db: openDb(':memory:') })
    expect(ok.game.state).toBeTypeOf('function')
    await ok.close()
  })
})
