/** The file reader's framework-free domain, for in-process use (the evaluation harness). */
export { DEFAULT_DOCUMENTS_DIR } from './env.js'
export { loadDocuments } from './documents.js'
export { READ_FILE_TOOL } from './tool.js'
