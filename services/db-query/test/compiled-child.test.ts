import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { afterAll, expect, test } from 'vitest'
import { compiledModule } from '../src/compiled-child.js'

const scratch = mkdtempSync(join(tmpdir(), 'heist-compiled-child-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

test('a source edited after the first build is built again: the process does not keep running the old child', () => {
  const entry = join(scratch, 'entry.ts')
  const part = join(scratch, 'part.ts')
  writeFileSync(entry, "import { word } from './part.js'\nconsole.log(word)\n")
  writeFileSync(part, "export const word: string = 'before'\n")
  const first = compiledModule(entry, join(scratch, 'cache'))
  expect(compiledModule(entry, join(scratch, 'cache'))).toBe(first)
  // An edit of a file the entry imports, as a test watcher sees it (same process, same module).
  writeFileSync(part, "export const word: string = 'after'\n")
  const later = new Date(Date.now() + 10_000)
  utimesSync(part, later, later)
  const second = compiledModule(entry, join(scratch, 'cache'))
  expect(second).not.toBe(first)
  expect(readFileSync(second, 'utf8')).toContain('"after"')
})

/**
 * Two worker threads of one process (vitest's unit pool) write the same module at the same moment,
 * 200 times: each round both wait on a shared counter, then call `writeOnce` on a new path and read it back.
 */
const RACER = `
const { workerData, parentPort } = require('node:worker_threads')
const { readFileSync } = require('node:fs')
import(workerData.module).then(({ writeOnce }) => {
  const counter = new Int32Array(workerData.counter)
  const contents = Buffer.alloc(64 * 1024, 'x')
  const problems = []
  for (let round = 0; round < workerData.rounds; round++) {
    Atomics.add(counter, 0, 1)
    while (Atomics.load(counter, 0) < 2 * (round + 1)) Atomics.wait(counter, 0, Atomics.load(counter, 0), 1)
    const path = workerData.dir + '/round-' + round + '.mjs'
    try {
      writeOnce(path, contents)
      const size = readFileSync(path).length
      if (size !== contents.length) problems.push('round ' + round + ': read ' + size + ' bytes')
    } catch (error) {
      problems.push('round ' + round + ': ' + error.code)
    }
  }
  parentPort.postMessage(problems)
})`

test('worker threads of one process writing the module at once: every write lands whole, none fails', async () => {
  // The threads run the helper as this test file's process would: compiled by the helper itself.
  const module = pathToFileURL(compiledModule(join(import.meta.dirname, '../src/compiled-child.ts'), join(scratch, 'cache'))).href
  const counter = new SharedArrayBuffer(4)
  const racers = Array.from({ length: 2 }, () => new Worker(RACER, { eval: true, workerData: { module, counter, dir: join(scratch, 'race'), rounds: 200 } }))
  const problems = await Promise.all(racers.map((racer) => new Promise<string[]>((resolve, reject) => racer.once('message', resolve).once('error', reject))))
  expect(problems.flat()).toEqual([])
})
