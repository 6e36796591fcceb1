/** The calculator's framework-free domain, for in-process use (the evaluation harness). */
export { calculate } from './calculate.js'
export { CALCULATOR_TOOL } from './tool.js'
