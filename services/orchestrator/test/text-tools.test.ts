import { describe, expect, it } from 'vitest'
import { parseTextToolCalls, validateArgs } from '../src/engine/index.js'
import { calculatorTool } from './helpers.js'

const tools = [calculatorTool, { name: 'read_file', description: 'd', inputSchema: { type: 'object', properties: { filename: { type: 'string' } }, required: ['filename'] } }]
const queryDb = { name: 'query_db', description: 'q', inputSchema: { type: 'object', properties: { query: { type: 'string' }, limit: { type: 'integer' } }, required: ['query'] } }

describe('text tool-call fallback', () => {
  it('reads the seed\'s [TOOL:name:param] form into the tool\'s first required property', () => {
    expect(parseTextToolCalls('Timing: [TOOL:calculator:15*60] then go.', tools)).toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"15*60"}' }], text: 'Timing: then go.' })
  })

  it('reads <tool_call> tags and bare or fenced JSON objects', () => {
    expect(parseTextToolCalls('<tool_call>{"name":"read_file","arguments":{"filename":"a.txt"}}</tool_call>', tools).calls).toEqual([{ name: 'read_file', arguments: '{"filename":"a.txt"}' }])
    const fenced = parseTextToolCalls('I will read it.\n```json\n{"name": "read_file", "arguments": "{\\"filename\\": \\"b.txt\\"}"}\n```', tools)
    expect(fenced).toEqual({ calls: [{ name: 'read_file', arguments: '{"filename": "b.txt"}' }], text: 'I will read it.' })
  })

  it('reads SmolLM2\'s JSON list inside <tool_call> tags, inline or laid out, one call or two, and leaves only the words around them', () => {
    // Its tool prompt asks for `<tool_call>[{"name": …, "arguments": …}, …]</tool_call>`; a sentence before it stays text.
    expect(parseTextToolCalls('To calculate the time, I will use the calculator tool.\n<tool_call>[{"name": "calculator", "arguments": {"expression": "3 * 12 + 9"}}]</tool_call>', tools))
      .toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"3 * 12 + 9"}' }], text: 'To calculate the time, I will use the calculator tool.' })
    expect(parseTextToolCalls('<tool_call>[\n{"name": "read_file", "arguments": {"filename": "a.txt"}},\n{"name": "calculator", "arguments": {"expression": "2 + 2"}}\n]</tool_call>', tools))
      .toEqual({ calls: [{ name: 'read_file', arguments: '{"filename":"a.txt"}' }, { name: 'calculator', arguments: '{"expression":"2 + 2"}' }], text: '' })
    // A list that is not all calls is no call, and the text keeps nothing of it as a call.
    expect(parseTextToolCalls('<tool_call>[{"name": "read_file", "arguments": {"filename": "a.txt"}}, 7]</tool_call>', tools).calls).toEqual([])
  })

  it('reads NVIDIA Nemotron-Mini\'s <toolcall> tags, spaces inside, and leaves only the words around them', () => {
    // Its chat template writes a call as `<toolcall> {"name": …, "arguments": …} </toolcall>`; a line before it stays text.
    expect(parseTextToolCalls('Let me run the numbers real quick.\n<toolcall> {"name": "calculator", "arguments": {"expression": "3 * 12 + 9"}} </toolcall>', tools))
      .toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"3 * 12 + 9"}' }], text: 'Let me run the numbers real quick.' })
    expect(parseTextToolCalls('<toolcall> {"name": "read_file", "arguments": {"filename": "a.txt"}} </toolcall>', tools)).toEqual({ calls: [{ name: 'read_file', arguments: '{"filename":"a.txt"}' }], text: '' })
    // A tag opened as one and closed as the other is no call of either format.
    expect(parseTextToolCalls('<toolcall> {"name": "read_file", "arguments": {"filename": "a.txt"}} </tool_call>', tools).text).toContain('<toolcall>')
  })

  it('reads gpt-oss\'s harmony calls: the whole header, from the channel on, json as a word, tokens stripped; leaves only the words around them', () => {
    // A runtime whose harmony parser misses the call leaves the assistant message addressed to the function in the text.
    expect(parseTextToolCalls('<|start|>assistant<|channel|>commentary to=functions.calculator <|constrain|>json<|message|>{"expression":"3 * 12 + 9"}<|call|>', tools))
      .toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"3 * 12 + 9"}' }], text: '' })
    expect(parseTextToolCalls('Pulling the doc to confirm.\n<|channel|>commentary to=functions.read_file <|constrain|>json<|message|>{"filename":"a.txt"}', tools))
      .toEqual({ calls: [{ name: 'read_file', arguments: '{"filename":"a.txt"}' }], text: 'Pulling the doc to confirm.' })
    expect(parseTextToolCalls('<|channel|>commentary to=functions.query_db json<|message|>{"query":"SELECT * FROM guards"}<|call|>', [queryDb]).calls).toEqual([{ name: 'query_db', arguments: '{"query":"SELECT * FROM guards"}' }])
    expect(parseTextToolCalls('commentary to=functions.read_file json{"filename":"b.txt"}', tools)).toEqual({ calls: [{ name: 'read_file', arguments: '{"filename":"b.txt"}' }], text: '' })
    // The recipient may come before the channel.
    expect(parseTextToolCalls('<|start|>assistant to=functions.calculator<|channel|>commentary json<|message|>{"expression":"2 + 2"}<|call|>', tools).calls).toEqual([{ name: 'calculator', arguments: '{"expression":"2 + 2"}' }])
    // A header over arguments that are no JSON object is no call.
    expect(parseTextToolCalls('<|channel|>commentary to=functions.calculator json<|message|>{"expression": }', tools).calls).toEqual([])
  })

  it('reads Python-style calls, keyword or positional, fenced or inline, and cuts them from the message', () => {
    expect(parseTextToolCalls('query_db(query="SELECT name FROM guards WHERE shift = \'night\'")', [queryDb])).toEqual({
      calls: [{ name: 'query_db', arguments: '{"query":"SELECT name FROM guards WHERE shift = \'night\'"}' }], text: '',
    })
    expect(parseTextToolCalls("Let me check.\n```python\ncalculator(expression='45 * 60')\n```", tools)).toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"45 * 60"}' }], text: 'Let me check.' })
    expect(parseTextToolCalls('Reading `read_file("vault_specs.txt")` now.', tools)).toEqual({ calls: [{ name: 'read_file', arguments: '{"filename":"vault_specs.txt"}' }], text: 'Reading now.' })
    expect(parseTextToolCalls('query_db(query = "SELECT 1", limit=5)', [queryDb]).calls).toEqual([{ name: 'query_db', arguments: '{"query":"SELECT 1","limit":5}' }])
    expect(parseTextToolCalls('<tool_call>calculator(expression="2*3")</tool_call>', tools).calls).toEqual([{ name: 'calculator', arguments: '{"expression":"2*3"}' }])
    // What is not a call of one of this agent's tools stays the message.
    expect(parseTextToolCalls('We wait(a bit) and then query_db(query="x") is not mine.', tools)).toEqual({ calls: [], text: 'We wait(a bit) and then query_db(query="x") is not mine.' })
    expect(parseTextToolCalls('The calculator (the safecracker\'s) said 2700.', tools).calls).toEqual([])
  })

  it('cuts Mistral\'s [TOOL_CALLS] array and Gemma\'s ```tool_code fence whole, leaving no marker in the message', () => {
    // Mistral's chat template: a marker, then a JSON array of calls (one or several).
    expect(parseTextToolCalls('Let me check.\n[TOOL_CALLS] [{"name": "calculator", "arguments": {"expression": "15*60"}}]', tools))
      .toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"15*60"}' }], text: 'Let me check.' })
    expect(parseTextToolCalls('[TOOL_CALLS][{"name": "calculator", "arguments": {"expression": "1+1"}}, {"name": "read_file", "arguments": {"filename": "a.txt"}}] Done.', tools))
      .toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"1+1"}' }, { name: 'read_file', arguments: '{"filename":"a.txt"}' }], text: 'Done.' })
    // Gemma's: a Python call in a fence named tool_code.
    expect(parseTextToolCalls('Let me check.\n```tool_code\ncalculator(expression="15*60")\n```', tools))
      .toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"15*60"}' }], text: 'Let me check.' })
  })

  it('reads Hermes 3\'s <tool_call> object written as a Python dict (single quotes), arguments first, leaving only the words around it', () => {
    // NousResearch's own parser falls back to ast.literal_eval for these; json.loads alone loses the call.
    expect(parseTextToolCalls("Let me run the numbers.\n<tool_call>\n{'arguments': {'expression': '3 * 12 + 9'}, 'name': 'calculator'}\n</tool_call>", tools))
      .toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"3 * 12 + 9"}' }], text: 'Let me run the numbers.' })
    // repr switches to double quotes round a string that holds a single quote; escapes, numbers and None are read too.
    expect(parseTextToolCalls(`<tool_call>\n{'arguments': {'query': "SELECT name FROM guards WHERE shift = 'night'", 'limit': 5}, 'name': 'query_db'}\n</tool_call>`, [queryDb]).calls)
      .toEqual([{ name: 'query_db', arguments: '{"query":"SELECT name FROM guards WHERE shift = \'night\'","limit":5}' }])
    expect(parseTextToolCalls("<tool_call>{'name': 'read_file', 'arguments': {'filename': 'it\\'s.txt', 'x': None}}</tool_call>", tools).calls)
      .toEqual([{ name: 'read_file', arguments: '{"filename":"it\'s.txt","x":null}' }])
    // A dict that is broken or names no tool is no call.
    expect(parseTextToolCalls("<tool_call>{'arguments': {'expression': '1'}, 'name': }</tool_call>", tools).calls).toEqual([])
    // A model looping on brackets inside the tags is no call, and does not end the session (the dict reader recursed past the stack).
    for (const loop of ['['.repeat(200_000), "{'a': ".repeat(200_000)]) expect(parseTextToolCalls(`<tool_call>${loop}</tool_call>`, tools).calls).toEqual([])
  })

  it('reads Mistral Small 3.2\'s [TOOL_CALLS]name[ARGS]{…} calls, one or several, leaving only the words around them', () => {
    // Mistral's v11 tokenizer (Mistral Small 3.2, Magistral, Devstral): the marker, the tool's name, [ARGS], the arguments.
    expect(parseTextToolCalls('[TOOL_CALLS]calculator[ARGS]{"expression": "3 * 12 + 9"}', tools))
      .toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"3 * 12 + 9"}' }], text: '' })
    expect(parseTextToolCalls('I\'ll pull the specs first.\n\n[TOOL_CALLS]read_file[ARGS]{"filename": "vault_specs.txt"}', tools))
      .toEqual({ calls: [{ name: 'read_file', arguments: '{"filename":"vault_specs.txt"}' }], text: 'I\'ll pull the specs first.' })
    expect(parseTextToolCalls('[TOOL_CALLS]calculator[ARGS]{"expression": "1+1"}[TOOL_CALLS]read_file[ARGS]{"filename": "a.txt"}', tools).calls)
      .toEqual([{ name: 'calculator', arguments: '{"expression":"1+1"}' }, { name: 'read_file', arguments: '{"filename":"a.txt"}' }])
    // The name with no [ARGS] before its arguments, as some servers' templates leave it.
    expect(parseTextToolCalls('[TOOL_CALLS]query_db{"query": "SELECT * FROM guards"}', [queryDb]))
      .toEqual({ calls: [{ name: 'query_db', arguments: '{"query":"SELECT * FROM guards"}' }], text: '' })
    // A marker over arguments that are no JSON object is no call, and stays.
    expect(parseTextToolCalls('[TOOL_CALLS]calculator[ARGS]{"expression": }', tools).calls).toEqual([])
  })

  it('reads Gemma 3\'s ```tool_code fence printing a call, through default_api or bare, leaving no print( or marker', () => {
    // Gemini's code-execution format, which Gemma 3 writes when no template turns its call into a native one.
    expect(parseTextToolCalls('Okay, let me run those numbers real quick.\n\n```tool_code\nprint(default_api.calculator(expression="3 * 12 + 9"))\n```', tools))
      .toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"3 * 12 + 9"}' }], text: 'Okay, let me run those numbers real quick.' })
    expect(parseTextToolCalls('```tool_code\nprint(read_file(filename="vault_specs.txt"))\n```', tools))
      .toEqual({ calls: [{ name: 'read_file', arguments: '{"filename":"vault_specs.txt"}' }], text: '' })
    expect(parseTextToolCalls('```tool_code\ndefault_api.query_db(query="SELECT name FROM guards WHERE shift = \'night\'")\n```', [queryDb]))
      .toEqual({ calls: [{ name: 'query_db', arguments: '{"query":"SELECT name FROM guards WHERE shift = \'night\'"}' }], text: '' })
    // Another object's method of the same name is not the agent's tool, and a print of prose stays prose.
    expect(parseTextToolCalls('We call print(team.calculator(x)) nothing.', tools).calls).toEqual([])
    expect(parseTextToolCalls('I would print(the plan) for everyone.', tools)).toEqual({ calls: [], text: 'I would print(the plan) for everyone.' })
  })

  it('reads the Llama family\'s formats: 3.2\'s [name(…)] list, 3.1\'s <function=name> tag and its <|python_tag|> JSON, leaving no marker', () => {
    expect(parseTextToolCalls('[calculator(expression="3 * 12 + 9")]', tools)).toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"3 * 12 + 9"}' }], text: '' })
    expect(parseTextToolCalls('[calculator(expression="1+1"), read_file(filename="a.txt")]', tools).calls)
      .toEqual([{ name: 'calculator', arguments: '{"expression":"1+1"}' }, { name: 'read_file', arguments: '{"filename":"a.txt"}' }])
    expect(parseTextToolCalls('Checking the records first.\n\n<function=query_db>{"query": "SELECT name FROM guards"}</function>', [queryDb]))
      .toEqual({ calls: [{ name: 'query_db', arguments: '{"query":"SELECT name FROM guards"}' }], text: 'Checking the records first.' })
    expect(parseTextToolCalls('<|python_tag|>{"name": "read_file", "parameters": {"filename": "vault_specs.txt"}}', tools))
      .toEqual({ calls: [{ name: 'read_file', arguments: '{"filename":"vault_specs.txt"}' }], text: '' })
    // A tag whose body is not JSON is still a call; the tool's schema check then reports the arguments.
    const loose = parseTextToolCalls('<function=calculator>45 * 60</function>', tools)
    expect(loose.calls).toEqual([{ name: 'calculator', arguments: '45 * 60' }])
    expect(parseTextToolCalls('The [1] footnote and the list [a, b] stay.', tools)).toEqual({ calls: [], text: 'The [1] footnote and the list [a, b] stay.' })
  })

  it('reads Command R\'s Action block and Command R7B\'s START_ACTION list of tool_name objects, leaving the plan and no marker', () => {
    const action = 'Plan: I will calculate this first and then answer.\nAction: ```json\n[\n    {\n        "tool_name": "calculator",\n        "parameters": {\n            "expression": "3 * 12 + 9"\n        }\n    }\n]\n```'
    expect(parseTextToolCalls(action, tools)).toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"3 * 12 + 9"}' }], text: 'Plan: I will calculate this first and then answer.' })
    const r7b = '<|START_THINKING|>I will look up the records first, then answer.<|END_THINKING|><|START_ACTION|>[\n    {"tool_call_id": "0", "tool_name": "query_db", "parameters": {"query": "SELECT name FROM guards"}}\n]<|END_ACTION|>'
    expect(parseTextToolCalls(r7b, [queryDb])).toEqual({ calls: [{ name: 'query_db', arguments: '{"query":"SELECT name FROM guards"}' }], text: 'I will look up the records first, then answer.' })
    // Two actions in one list are two calls; a tool_name the agent does not hold is no call.
    const two = 'Action: ```json\n[{"tool_name": "calculator", "parameters": {"expression": "1+1"}}, {"tool_name": "read_file", "parameters": {"filename": "a.txt"}}]\n```'
    expect(parseTextToolCalls(two, tools).calls).toEqual([{ name: 'calculator', arguments: '{"expression":"1+1"}' }, { name: 'read_file', arguments: '{"filename":"a.txt"}' }])
    expect(parseTextToolCalls('Action: ```json\n[{"tool_name": "internet_search", "parameters": {"query": "bank"}}]\n```', tools).calls).toEqual([])
  })

  it('reads IBM Granite\'s <|tool_call|> list (3.0) and its unclosed <tool_call> list (3.1 on), arguments first or last, leaving no marker', () => {
    const token = '<|tool_call|>[{"arguments": {"expression": "3 * 12 + 9"}, "name": "calculator"}]'
    expect(parseTextToolCalls(token, tools)).toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"3 * 12 + 9"}' }], text: '' })
    const tag = 'I will retrieve the relevant document.\n\n<tool_call>[{"name": "read_file", "arguments": {"filename": "a [draft].txt"}}]'
    expect(parseTextToolCalls(tag, tools)).toEqual({ calls: [{ name: 'read_file', arguments: '{"filename":"a [draft].txt"}' }], text: 'I will retrieve the relevant document.' })
    const two = '<tool_call>[{"arguments": {"expression": "1+1"}, "name": "calculator"}, {"arguments": {"query": "SELECT 1"}, "name": "query_db"}]'
    expect(parseTextToolCalls(two, [...tools, queryDb]).calls).toEqual([{ name: 'calculator', arguments: '{"expression":"1+1"}' }, { name: 'query_db', arguments: '{"query":"SELECT 1"}' }])
    // A list that holds no call, or is cut off, is left as the model wrote it.
    expect(parseTextToolCalls('<tool_call>[1, 2]', tools)).toEqual({ calls: [], text: '<tool_call>[1, 2]' })
    expect(parseTextToolCalls('<|tool_call|>[{"arguments": {"expression": "1+', tools).calls).toEqual([])
  })

  it('reads Microsoft Phi-4-mini\'s <|tool_call|> list with its closing token, and its functools list, leaving only the words around them', () => {
    const closed = '<|tool_call|>[{"name": "calculator", "arguments": {"expression": "3 * 12 + 9"}}]<|/tool_call|>'
    expect(parseTextToolCalls(closed, tools)).toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"3 * 12 + 9"}' }], text: '' })
    const functools = 'To find the drill time, I will use the calculator.\nfunctools[{"name": "read_file", "arguments": {"filename": "vault [v2].txt"}}]'
    expect(parseTextToolCalls(functools, tools)).toEqual({ calls: [{ name: 'read_file', arguments: '{"filename":"vault [v2].txt"}' }], text: 'To find the drill time, I will use the calculator.' })
    const two = 'functools[{"name": "calculator", "arguments": {"expression": "1+1"}}, {"name": "query_db", "arguments": {"query": "SELECT 1"}}]'
    expect(parseTextToolCalls(two, [...tools, queryDb])).toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"1+1"}' }, { name: 'query_db', arguments: '{"query":"SELECT 1"}' }], text: '' })
    // The word on its own, or over a list that holds no call, is text.
    expect(parseTextToolCalls('Python has functools[1] and functools.partial.', tools)).toEqual({ calls: [], text: 'Python has functools[1] and functools.partial.' })
  })

  it('reads InternLM\'s plugin call between <|action_start|><|plugin|> and <|action_end|>, the closing token cut off or the first token dropped, leaving only the words before it', () => {
    // InternLM2.5 and InternLM3 write the sentence first, then the action on the same turn.
    const whole = 'I need to use the calculator to confirm the drill time.<|action_start|><|plugin|>\n{"name": "calculator", "parameters": {"expression": "3 * 12 + 9"}}<|action_end|>'
    expect(parseTextToolCalls(whole, tools)).toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"3 * 12 + 9"}' }], text: 'I need to use the calculator to confirm the drill time.' })
    // A server that stops at <|action_end|> leaves it out; one that drops <|action_start|> leaves <|plugin|> alone.
    expect(parseTextToolCalls('<|action_start|><|plugin|>\n{"name": "read_file", "parameters": {"filename": "a {v2}.txt"}}', tools)).toEqual({ calls: [{ name: 'read_file', arguments: '{"filename":"a {v2}.txt"}' }], text: '' })
    expect(parseTextToolCalls('Checking the roster.\n<|plugin|>\n{"name": "query_db", "parameters": {"query": "SELECT * FROM shifts"}}<|action_end|>', [queryDb]))
      .toEqual({ calls: [{ name: 'query_db', arguments: '{"query":"SELECT * FROM shifts"}' }], text: 'Checking the roster.' })
    // An action whose object names no call is left as the model wrote it.
    expect(parseTextToolCalls('<|action_start|><|plugin|>\n{"parameters": {}}<|action_end|>', tools).calls).toEqual([])
  })

  it('reads InternLM\'s <|interpreter|> code: plain arithmetic (bare or printed) as the calculator call, any other code as a call of no tool, never left in the text', () => {
    const fenced = 'Let me work out the drill time.<|action_start|><|interpreter|>\n```python\nprint(3 * 12 + 9)\n```<|action_end|>'
    expect(parseTextToolCalls(fenced, tools)).toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"3 * 12 + 9"}' }], text: 'Let me work out the drill time.' })
    // Bare code, the closing token left out by a server that stops there; Python's power is the calculator's ^.
    expect(parseTextToolCalls('<|interpreter|>\n(2**10 - 24) / 4', tools)).toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"(2^10 - 24) / 4"}' }], text: '' })
    // Code that is more than arithmetic on numbers is not run: the agent reads that it has no such tool.
    const code = 'import os\nprint(os.listdir("/"))'
    for (const written of [`Checking.<|action_start|><|interpreter|>\n\`\`\`python\n${code}\n\`\`\`<|action_end|>`, `Checking.<|action_start|><|interpreter|>\n${code}<|action_end|>`]) {
      expect(parseTextToolCalls(written, tools)).toEqual({ calls: [{ name: 'interpreter', arguments: JSON.stringify({ code }) }], text: 'Checking.' })
    }
    expect(parseTextToolCalls('<|interpreter|>\nprint(7 // 2)', tools).calls[0]?.name).toBe('interpreter')
    // Arithmetic from an agent without a calculator is not run either.
    expect(parseTextToolCalls('<|interpreter|>\nprint(15 * 60)', [queryDb]).calls).toEqual([{ name: 'interpreter', arguments: '{"code":"print(15 * 60)"}' }])
  })

  it('reads the GLM family\'s name line over JSON or a ChatGLM3 tool_call fence, and LM Studio\'s TOOL_REQUEST, leaving no marker', () => {
    // GLM-4: the function name on its own line (the assistant's metadata line), the JSON arguments under it.
    expect(parseTextToolCalls('calculator\n{"expression": "3 * 12 + 9"}', tools)).toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"3 * 12 + 9"}' }], text: '' })
    expect(parseTextToolCalls('query_db\n{"query": "SELECT name FROM guards WHERE shift = \'night\'"}', [queryDb]).calls)
      .toEqual([{ name: 'query_db', arguments: '{"query":"SELECT name FROM guards WHERE shift = \'night\'"}' }])
    // ChatGLM3: the name line, then tool_call(…) with Python's quoting in a python fence.
    expect(parseTextToolCalls("read_file\n```python\ntool_call(filename='vault_specs.txt')\n```", tools)).toEqual({ calls: [{ name: 'read_file', arguments: '{"filename":"vault_specs.txt"}' }], text: '' })
    // LM Studio's default tool use, its closing marker left out or a sentence before it.
    expect(parseTextToolCalls('[TOOL_REQUEST]\n{"name": "calculator", "arguments": {"expression": "45 - 36"}}', tools))
      .toEqual({ calls: [{ name: 'calculator', arguments: '{"expression":"45 - 36"}' }], text: '' })
    expect(parseTextToolCalls('Let me use the tool to confirm this.\n[TOOL_REQUEST]\n{"name": "read_file", "arguments": {"filename": "a.txt"}}\n[END_TOOL_REQUEST]', tools))
      .toEqual({ calls: [{ name: 'read_file', arguments: '{"filename":"a.txt"}' }], text: 'Let me use the tool to confirm this.' })
    // A tool's name in prose, or on its own line over text that is no call, is no call.
    expect(parseTextToolCalls('The calculator\n{not json} said 45.', tools).calls).toEqual([])
    expect(parseTextToolCalls('Tools we have:\ncalculator\nread_file\nThat is all.', tools)).toEqual({ calls: [], text: 'Tools we have:\ncalculator\nread_file\nThat is all.' })
    expect(parseTextToolCalls('internet_search\n{"query": "bank"}', tools).calls).toEqual([])
  })

  it('keeps the line breaks of the words around a GLM call as around any other call, and finds a call under a name line that is none', () => {
    // The words around the call are the message the team reads: a list keeps its lines, whatever the call's shape.
    const words = 'Firstly, the plan:\n1. go in\n2. wait\n\n'
    const bracket = parseTextToolCalls(`${words}[TOOL:calculator:1+1]`, tools)
    expect(bracket.text).toBe('Firstly, the plan:\n1. go in\n2. wait')
    expect(parseTextToolCalls(`${words}calculator\n{"expression": "1+1"}`, tools)).toEqual(bracket)
    // A tool name alone on the line above the real name line is no call, and does not hide the call under it.
    expect(parseTextToolCalls('read_file\ncalculator\n{"expression": "1+1"}', tools).calls).toEqual([{ name: 'calculator', arguments: '{"expression":"1+1"}' }])
  })

  it('leaves ordinary text and JSON that names no tool alone', () => {
    expect(parseTextToolCalls('The plan: {"name": "Bob", "arguments": 1} and [not a tool]', tools).calls).toEqual([])
    expect(parseTextToolCalls('Nothing to call here.\n\n- step  one', tools)).toEqual({ calls: [], text: 'Nothing to call here.\n\n- step  one' })
  })

  it('checks arguments against the tool\'s JSON Schema (ajv) and says what is wrong', () => {
    expect(validateArgs(calculatorTool.inputSchema, { expression: '1+1' })).toEqual([])
    expect(validateArgs(calculatorTool.inputSchema, {})).toEqual(['args.expression is required'])
    expect(validateArgs(calculatorTool.inputSchema, { expression: 5, extra: true })).toEqual(['args.extra is not allowed', 'args.expression must be string, got integer'])
    expect(validateArgs(calculatorTool.inputSchema, 'x')).toEqual(['args must be object, got string'])
    const nested = { type: 'object', properties: { ids: { type: 'array', items: { type: 'integer', maximum: 9 } } } }
    expect(validateArgs(nested, { ids: [1, 12, 'a'] })).toEqual(['args.ids[1] must be <= 9', 'args.ids[2] must be integer, got string'])
  })
})
