import { toolServiceEnv } from '@heist/shared'

/** Env of the calculator: the common tool-service fields. */
export const CalculatorEnv = toolServiceEnv('calculator')
export type CalculatorConfig = ReturnType<typeof CalculatorEnv.parse>
