import { FileListing, ReadFileRequest, ReadFileResult, requireScope, type HeistApp } from '@heist/shared'
import type { DocumentStore } from '../documents.js'
import { READ_FILE_TOOL } from '../tool.js'

/** `POST /tools/read_file {filename}` and `GET /tools/files`, both behind `file_reader:use`. */
export function fileRoutes(app: HeistApp, documents: DocumentStore): void {
  const preHandler = requireScope(READ_FILE_TOOL.scope)
  app.post(READ_FILE_TOOL.path, { preHandler, schema: { body: ReadFileRequest, response: { 200: ReadFileResult } } }, async (request) => {
    const document = documents.resolve(request.body.filename.trim())
    return { tool: READ_FILE_TOOL.name, result: document.text, data: { filename: document.filename, bytes: document.bytes } }
  })
  app.get('/tools/files', { preHandler, schema: { response: { 200: FileListing } } }, async () => ({
    files: documents.list().map(({ filename, bytes, title }) => ({ filename, bytes, title })),
  }))
}
