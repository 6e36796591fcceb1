import { createServiceApp, toolAuth, type ToolAuthOptions, type ToolServiceConfig } from '@heist/shared'
import { loadDocuments } from './documents.js'
import { fileRoutes } from './routes/files.js'

export interface FileReaderDeps {
  /** Token-verification keys; the oauth service's JWKS when absent. */
  keys?: ToolAuthOptions['keys']
}

type AppConfig = Pick<ToolServiceConfig, 'LOG_LEVEL' | 'HEIST_OAUTH_URL' | 'HEIST_ISSUER' | 'HEIST_AUDIENCE'> & { HEIST_DOCUMENTS_DIR: string }

/** The file-reader tool service: the scenario documents, read-only, behind `file_reader:use`. */
export async function buildApp({ config, deps = {} }: { config: AppConfig; deps?: FileReaderDeps }) {
  const documents = await loadDocuments(config.HEIST_DOCUMENTS_DIR)
  const app = await createServiceApp({
    name: 'file-reader',
    logLevel: config.LOG_LEVEL,
    bodyLimit: 16 * 1024,
    healthChecks: { documents: () => `${documents.list().length} documents` },
  })
  for (const { name, reason } of documents.skipped) app.log.warn({ name, reason }, 'document skipped')
  await toolAuth(app, { oauthUrl: config.HEIST_OAUTH_URL, issuer: config.HEIST_ISSUER, audience: config.HEIST_AUDIENCE, ...(deps.keys ? { keys: deps.keys } : {}) })
  fileRoutes(app, documents)
  return app
}
