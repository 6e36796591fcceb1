import { createServiceApp, type ToolAppConfig, type ToolServiceDeps } from '@heist/shared'
import { serveTools } from '@heist/shared/mcp-server'
import { loadDocuments } from './documents.js'
import { fileRoutes } from './routes/files.js'
import { readFileTool } from './tool.js'

export type FileReaderDeps = ToolServiceDeps

type AppConfig = ToolAppConfig & { HEIST_DOCUMENTS_DIR: string }

/** The file-reader tool service: the scenario documents, read-only, over REST and MCP, behind `file_reader:use`. */
export async function buildApp({ config, deps = {} }: { config: AppConfig; deps?: FileReaderDeps }) {
  const documents = await loadDocuments(config.HEIST_DOCUMENTS_DIR)
  const app = await createServiceApp({
    name: 'file-reader',
    logLevel: config.LOG_LEVEL, hosts: config,
    bodyLimit: 16 * 1024,
    healthChecks: { documents: () => `${documents.list().length} documents` },
  })
  for (const { name, reason } of documents.skipped) app.log.warn({ name, reason }, 'document skipped')
  const tool = readFileTool(documents)
  await serveTools(app, config, deps, 'file-reader', [tool])
  // Their requireScope hooks use the token verifier serveTools registers.
  fileRoutes(app, documents)
  return app
}
