import { describe, expect, it } from 'vitest'
import { createScriptedModel } from '../src/engine/index.js'
import { agentOf, fakeTools, harness, ofType } from './helpers.js'

describe('the tool loop', () => {
  it('feeds a tool result back to the model within the same turn', async () => {
    const { session, events, model } = harness()
    expect(await session.run()).toBe('completed')
    const [call] = ofType(events, 'tool_call')
    const [result] = ofType(events, 'tool_result')
    expect(call).toMatchObject({ agent: 'safecracker', tool: 'calculator', args: { expression: '45*60' } })
    expect(result).toMatchObject({ ok: true, result: '45*60 = 2700', call_id: call?.call_id })
    const followUp = model.requests.find((r) => r.messages.at(-1)?.role === 'tool')
    expect(followUp?.messages.at(-1)).toMatchObject({ role: 'tool', content: '45*60 = 2700' })
    const message = ofType(events, 'message').find((m) => m.agent === 'safecracker')
    expect(message?.content).toContain('2700')
    expect(message?.turn).toBe(call?.turn)
  })

  it('stops offering tools after max_tool_steps and still ends the turn with a message', async () => {
    const { session, events, model, team } = harness({
      script: (r) => (agentOf(r) === 'safecracker' && r.tools ? { toolCalls: [{ name: 'calculator', arguments: { expression: '2*3' } }] } : 'done'),
    })
    await session.run()
    const steps = team.heist.session.max_tool_steps
    expect(ofType(events, 'tool_call')).toHaveLength(steps)
    const safecracker = model.requests.filter((r) => agentOf(r) === 'safecracker')
    expect(safecracker).toHaveLength(steps + 1)
    expect(safecracker.at(-1)?.tools).toBeUndefined()
    expect(ofType(events, 'message').find((m) => m.agent === 'safecracker')?.content).toBe('done')
  })

  it('runs tool calls written as text and validates them against the JSON Schema', async () => {
    const calls: { agent: string; args: unknown }[] = []
    const { session, events } = harness({
      deps: { tools: fakeTools(calls) },
      script: (r) => {
        if (agentOf(r) !== 'safecracker') return 'ok'
        const last = r.messages.at(-1)
        if (last?.role === 'tool') return `Result: ${last.content}`
        return 'Let me check. [TOOL:calculator:15*60] <tool_call>{"name":"calculator","arguments":{"expr":"1"}}</tool_call>'
      },
    })
    await session.run()
    expect(calls).toEqual([{ agent: 'safecracker', args: { expression: '15*60' } }])
    const results = ofType(events, 'tool_result')
    expect(results.map((r) => r.ok).sort()).toEqual([false, true])
    expect(results.find((r) => !r.ok)?.error?.code).toBe('TOOL_ARGS_INVALID')
    expect(ofType(events, 'message').find((m) => m.agent === 'safecracker')?.content).toContain('15*60 = 900')
  })

  it('runs InternLM\'s <|interpreter|> arithmetic as the calculator call; other code is not run, the agent reads TOOL_UNKNOWN, and no code is its message', async () => {
    const calls: { agent: string; args: unknown }[] = []
    const code = 'import os\nprint(os.listdir("/"))'
    const interpreter = (words: string, python: string) => `${words}<|action_start|><|interpreter|>\n\`\`\`python\n${python}\n\`\`\`<|action_end|>`
    const { session, events } = harness({
      deps: { tools: fakeTools(calls) },
      script: (r) => {
        const results = r.messages.filter((m) => m.role === 'tool')
        // The safecracker tries code first, reads that it has no interpreter, then writes the sum alone.
        if (agentOf(r) === 'safecracker') return [interpreter('Listing the files.', code), interpreter('Let me time the drill.', 'print(15*60)'), `Result: ${results.at(-1)?.content}`][results.length]!
        // The hacker has no tool on offer: its code is cut from the message, not run.
        if (agentOf(r) === 'hacker') return interpreter('Checking the cameras.', code)
        return 'ok'
      },
    })
    await session.run()
    expect(calls).toEqual([{ agent: 'safecracker', args: { expression: '15*60' } }])
    const results = ofType(events, 'tool_result').filter((r) => r.agent === 'safecracker')
    expect(results.map((r) => [r.tool, r.ok, r.error?.code])).toEqual([['interpreter', false, 'TOOL_UNKNOWN'], ['calculator', true, undefined]])
    const said = (agent: string) => ofType(events, 'message').find((m) => m.agent === agent)?.content
    expect(said('safecracker')).toBe('Result: 15*60 = 900')
    expect(said('hacker')).toBe('Checking the cameras.')
  })

  it('answers a native call with a bad argument as a tool error naming it, without calling the tool', async () => {
    const calls: { agent: string; args: unknown }[] = []
    const { session, events, model } = harness({
      deps: { tools: fakeTools(calls) },
      script: (r) => {
        if (agentOf(r) !== 'safecracker' || r.messages.at(-1)?.role === 'tool' || !r.tools) return 'ok'
        return { toolCalls: [{ name: 'calculator', arguments: { expression: 2700, unit: 's' } }] }
      },
    })
    await session.run()
    expect(calls).toEqual([])
    const toolMessages = model.requests.flatMap((r) => r.messages).filter((m) => m.role === 'tool').map((m) => m.content)
    expect(toolMessages).toContain('ERROR TOOL_ARGS_INVALID: args.unit is not allowed; args.expression must be string, got integer')
    expect(ofType(events, 'tool_result')[0]).toMatchObject({ ok: false, error: { code: 'TOOL_ARGS_INVALID' } })
  })

  it('gives a failed tool call back to the model as ERROR code: message', async () => {
    const { session, model } = harness({
      script: (r) => {
        const last = r.messages.at(-1)
        if (agentOf(r) === 'safecracker' && last?.role !== 'tool' && r.tools) return { toolCalls: [{ name: 'calculator', arguments: { expression: 'x*y' } }, { name: 'query_db', arguments: '{' }] }
        return 'fine'
      },
    })
    await session.run()
    const toolMessages = model.requests.flatMap((r) => r.messages).filter((m) => m.role === 'tool').map((m) => m.content)
    expect(toolMessages).toContain('ERROR CALC_INVALID_EXPRESSION: cannot evaluate x*y')
    expect(toolMessages.some((c) => c.startsWith('ERROR TOOL_UNKNOWN:'))).toBe(true)
  })

  it('retries an empty reply once, then skips the turn with a session_error and carries on', async () => {
    const { session, events } = harness({ script: (r) => (agentOf(r) === 'hacker' ? '   ' : 'hello') })
    expect(await session.run()).toBe('completed')
    const error = ofType(events, 'session_error')[0]
    expect(error).toMatchObject({ code: 'MODEL_EMPTY_REPLY', agent: 'hacker' })
    expect(ofType(events, 'message').map((m) => m.agent)).toEqual(['planner', 'safecracker', 'intel', 'driver', 'lookout'])
  })

  it('streams text as batched token_delta events that add up to the message', async () => {
    const long = 'x'.repeat(300)
    const { session, events } = harness({ script: () => long, deps: { tools: fakeTools() } })
    await session.run()
    const deltas = ofType(events, 'token_delta').filter((d) => d.agent === 'planner')
    expect(deltas.map((d) => d.delta).join('')).toBe(long)
    expect(deltas.length).toBeLessThan(long.length / 7)
  })

  it('strips <think> blocks of reasoning models', async () => {
    const model = createScriptedModel(() => '<think>secret reasoning</think>Plan: go at 2am.')
    const { session, events } = harness({ deps: { model } })
    await session.run()
    expect(ofType(events, 'message')[0]?.content).toBe('Plan: go at 2am.')
  })
})
