import { CalcRequest, CalcResult, SCOPES, serveTool, type ToolDefinition } from '@heist/shared'
import { calculate } from './calculate.js'

/** The calculator as the oauth service lists it and the model sees it. */
export const CALCULATOR_TOOL: ToolDefinition = {
  name: 'calculator',
  description: 'Evaluate an arithmetic expression exactly: + - * / % ^, parentheses, and min, max, round, floor, ceil, sqrt, abs. Use it for every timing or quantity calculation.',
  scope: SCOPES.calculator,
  path: '/tools/calculator',
  input: CalcRequest,
}

/** `{expression}` → `"45 * 60 = 2700"`, for `POST /tools/calculator` and MCP `tools/call` alike. */
export const calculatorTool = serveTool({ ...CALCULATOR_TOOL, input: CalcRequest }, CalcResult, ({ expression }) => {
  const trimmed = expression.trim()
  const { value, text } = calculate(trimmed)
  return { tool: CALCULATOR_TOOL.name, result: `${trimmed} = ${text}`, data: { expression: trimmed, value } }
})
