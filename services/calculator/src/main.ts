import { runService, toolRegistrationStart } from '@heist/shared'
import { buildApp } from './app.js'
import { CalculatorEnv } from './env.js'
import { CALCULATOR_TOOL } from './tool.js'

await runService({ name: 'calculator', Env: CalculatorEnv, buildApp, start: toolRegistrationStart('calculator', [CALCULATOR_TOOL]) })
