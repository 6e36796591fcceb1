import { loadConfig, serveToolService } from '@heist/shared'
import { buildApp } from './app.js'
import { CalculatorEnv } from './config.js'
import { CALCULATOR_TOOL } from './tool.js'

const config = loadConfig(CalculatorEnv, process.env)
const app = await buildApp({ config })
await serveToolService(app, config, 'calculator', [CALCULATOR_TOOL])
