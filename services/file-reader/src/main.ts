import { loadConfig, serveToolService } from '@heist/shared'
import { buildApp } from './app.js'
import { FileReaderEnv } from './config.js'
import { READ_FILE_TOOL } from './tool.js'

const config = loadConfig(FileReaderEnv, process.env)
const app = await buildApp({ config })
await serveToolService(app, config, 'file-reader', [READ_FILE_TOOL])
