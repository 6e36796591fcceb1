import { CalcRequest, CalcResult, requireScope, type HeistApp } from '@heist/shared'
import { calculate } from '../calculate.js'
import { CALCULATOR_TOOL } from '../tool.js'

/** `POST /tools/calculator {expression}` → `"45 * 60 = 2700"`. */
export function calculatorRoutes(app: HeistApp): void {
  app.post(CALCULATOR_TOOL.path, {
    preHandler: requireScope(CALCULATOR_TOOL.scope),
    schema: { body: CalcRequest, response: { 200: CalcResult } },
  }, async (request) => {
    const expression = request.body.expression.trim()
    const { value, text } = calculate(expression)
    return { tool: CALCULATOR_TOOL.name, result: `${expression} = ${text}`, data: { expression, value } }
  })
}
