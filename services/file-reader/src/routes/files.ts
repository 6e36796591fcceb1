import { FileListing, requireScope, type HeistApp } from '@heist/shared'
import type { DocumentStore } from '../documents.js'
import { READ_FILE_TOOL } from '../tool.js'

/** `GET /tools/files`, behind `file_reader:use` (reading is the served tool `read_file`). */
export function fileRoutes(app: HeistApp, documents: DocumentStore): void {
  app.get('/tools/files', { onRequest: requireScope(READ_FILE_TOOL.scope), schema: { response: { 200: FileListing } } }, async () => ({
    files: documents.list().map(({ filename, bytes, title }) => ({ filename, bytes, title })),
  }))
}
