import { CalcRequest, SCOPES, type ToolDefinition } from '@heist/shared'

/** The calculator as the oauth service lists it and the model sees it. */
export const CALCULATOR_TOOL: ToolDefinition = {
  name: 'calculator',
  description: 'Evaluate an arithmetic expression exactly: + - * / % ^, parentheses, and min, max, round, floor, ceil, sqrt, abs. Use it for every timing or quantity calculation.',
  scope: SCOPES.calculator,
  path: '/tools/calculator',
  input: CalcRequest,
}
