import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { HeistError } from '@heist/shared'

/** The only names that can ever be read: plain file names, no separators, no leading dot. */
export const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/
const MAX_DOCUMENT_BYTES = 256 * 1024

export interface ScenarioDocument {
  filename: string
  title: string
  text: string
  bytes: number
}

/** Scenario documents loaded once from one directory; lookups never touch the file system. */
export interface DocumentStore {
  list(): ScenarioDocument[]
  /** The document a requested name refers to; throws a coded 4xx otherwise. */
  resolve(requested: string): ScenarioDocument
}

/** Names skipped while loading, with the reason (for a start-up log line). */
export interface LoadReport {
  skipped: { name: string; reason: string }[]
}

async function loadOne(root: string, name: string): Promise<ScenarioDocument | string> {
  if (!SAFE_NAME.test(name)) return 'name is not a plain document name'
  // A symlink is followed only if its target stays inside the directory.
  const real = await realpath(join(root, name))
  if (!real.startsWith(root + sep)) return 'resolves outside the documents directory'
  const info = await stat(real)
  if (!info.isFile()) return 'not a regular file'
  if (info.size > MAX_DOCUMENT_BYTES) return `larger than ${MAX_DOCUMENT_BYTES} bytes`
  const text = await readFile(real, 'utf8')
  const title = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? name
  return { filename: name, title, text, bytes: info.size }
}

/** Read every eligible document of `dir` into memory. */
export async function loadDocuments(dir: string): Promise<DocumentStore & LoadReport> {
  const root = await realpath(dir)
  const skipped: LoadReport['skipped'] = []
  const documents = new Map<string, ScenarioDocument>()
  for (const name of (await readdir(root)).sort()) {
    const loaded = await loadOne(root, name).catch((error: NodeJS.ErrnoException) => `unreadable (${error.code ?? 'error'})`)
    if (typeof loaded === 'string') skipped.push({ name, reason: loaded })
    else documents.set(name, loaded)
  }
  return { skipped, list: () => [...documents.values()], resolve: (requested) => resolveDocument(documents, requested) }
}

/** True when a name tries to leave the directory, however it is spelled or encoded. */
function looksLikePath(name: string): boolean {
  return /[/\\%\0:]|\.\./.test(name) || name.startsWith('.') || name.startsWith('~')
}

function available(documents: Map<string, ScenarioDocument>): string {
  return [...documents.keys()].join(', ')
}

/**
 * Map a requested name onto a loaded document: the exact name, else the same name in another
 * case, else the name with `.txt` added. Anything else is refused without touching the disk.
 */
export function resolveDocument(documents: Map<string, ScenarioDocument>, requested: string): ScenarioDocument {
  const files = [...documents.keys()]
  if (looksLikePath(requested)) {
    throw new HeistError('FILE_OUTSIDE_ROOT', `only documents in the documents folder can be read, by plain name; available files: ${available(documents)}`, 400, { available: files })
  }
  if (!SAFE_NAME.test(requested)) {
    throw new HeistError('FILE_INVALID_NAME', `"${requested.slice(0, 64)}" is not a document name; available files: ${available(documents)}`, 400, { available: files })
  }
  const exact = documents.get(requested)
  if (exact) return exact
  const wanted = requested.toLowerCase()
  const match = files.find((f) => f.toLowerCase() === wanted) ?? files.find((f) => f.toLowerCase() === `${wanted}.txt`)
  if (match) return documents.get(match) as ScenarioDocument
  throw new HeistError('FILE_NOT_FOUND', `file "${requested}" not found; available files: ${available(documents)}`, 404, { available: files })
}
