import { runService, toolRegistrationStart } from '@heist/shared'
import { buildApp } from './app.js'
import { FileReaderEnv } from './env.js'
import { READ_FILE_TOOL } from './tool.js'

await runService({ name: 'file-reader', Env: FileReaderEnv, buildApp, start: toolRegistrationStart('file-reader', [READ_FILE_TOOL]) })
