import { loadConfig, registerToolService } from '@heist/shared'
import { buildApp } from './app.js'
import { FileReaderEnv } from './config.js'
import { READ_FILE_TOOL } from './tool.js'

const config = loadConfig(FileReaderEnv, process.env)
const app = await buildApp({ config })
await app.listen({ host: config.HOST, port: config.PORT })
const registration = registerToolService(app, config, 'file-reader', [READ_FILE_TOOL])

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => void registration.stop().finally(() => app.close()))
}
