import { fileURLToPath } from 'node:url'
import { toolServiceEnv } from '@heist/shared'
import { z } from 'zod'

/** `services/file-reader/documents`, from `src/` and from `dist/` alike. */
export const DEFAULT_DOCUMENTS_DIR = fileURLToPath(new URL('../documents', import.meta.url))

/** Env of the file reader: the common tool-service fields and where the documents are. */
export const FileReaderEnv = toolServiceEnv('file-reader').extend({
  HEIST_DOCUMENTS_DIR: z.string().min(1).default(DEFAULT_DOCUMENTS_DIR),
})
export type FileReaderConfig = z.output<typeof FileReaderEnv>
