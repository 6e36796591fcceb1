import { describe, expect, it } from 'vitest'
import { parseTextToolCalls, validateArgs } from '../src/engine/index.js'
import { calculatorTool } from './helpers.js'

const tools = [calculatorTool, { name: 'read_file', description: 'd', inputSchema: { type: 'object', properties: { filename: { type: 'string' } }, required: ['filename'] } }]

describe('text tool-call fallback', () => {
  it('reads the seed\'s [TOOL:name:param] form into the tool\'s first required property', () => {
    expect(parseTextToolCalls('Timing: [TOOL:calculator:15*60] then go.', tools)).toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"15*60"}' }], text: 'Timing: then go.' })
  })

  it('reads <tool_call> tags and bare or fenced JSON objects', () => {
    expect(parseTextToolCalls('<tool_call>{"name":"read_file","arguments":{"filename":"a.txt"}}</tool_call>', tools).calls).toEqual([{ name: 'read_file', arguments: '{"filename":"a.txt"}' }])
    const fenced = parseTextToolCalls('I will read it.\n```json\n{"name": "read_file", "arguments": "{\\"filename\\": \\"b.txt\\"}"}\n```', tools)
    expect(fenced).toEqual({ calls: [{ name: 'read_file', arguments: '{"filename": "b.txt"}' }], text: 'I will read it.' })
  })

  it('leaves ordinary text and JSON that names no tool alone', () => {
    expect(parseTextToolCalls('The plan: {"name": "Bob", "arguments": 1} and [not a tool]', tools).calls).toEqual([])
    expect(parseTextToolCalls('Nothing to call here.\n\n- step  one', tools)).toEqual({ calls: [], text: 'Nothing to call here.\n\n- step  one' })
  })

  it('checks arguments against the JSON Schema subset and says what is wrong', () => {
    expect(validateArgs(calculatorTool.inputSchema, { expression: '1+1' })).toEqual([])
    expect(validateArgs(calculatorTool.inputSchema, {})).toEqual(['args.expression is required'])
    expect(validateArgs(calculatorTool.inputSchema, { expression: 5, extra: true })).toEqual(['args.expression must be string, got integer', 'args.extra is not allowed'])
    expect(validateArgs(calculatorTool.inputSchema, 'x')).toEqual(['args must be object, got string'])
  })
})
