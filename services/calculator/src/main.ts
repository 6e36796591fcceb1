import { loadConfig, registerToolService } from '@heist/shared'
import { buildApp } from './app.js'
import { CalculatorEnv } from './config.js'
import { CALCULATOR_TOOL } from './tool.js'

const config = loadConfig(CalculatorEnv, process.env)
const app = await buildApp({ config })
await app.listen({ host: config.HOST, port: config.PORT })
const registration = registerToolService(app, config, 'calculator', [CALCULATOR_TOOL])

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => void registration.stop().finally(() => app.close()))
}
