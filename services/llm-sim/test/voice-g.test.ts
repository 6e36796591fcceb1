import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DETECTION_PROMPT } from '@heist/shared'
import { createInProcessMemory, parseTextToolCalls, runSession, validateArgs } from '@heist/orchestrator/engine'
import { buildApp } from '../src/app.js'
import { STRATEGIES } from '../src/model/prompt.js'
import { simulateCompletion, voiceIdOf, VOICE_IDS, VOICE_MODELS, VOICES, type ChatCompletion, type Strategy, type Voice } from '../src/model/index.js'
import { MOLE_G } from '../src/model/voices/mole-g.js'
import { ASIDES, EMOTES } from '../src/model/voices/style-g.js'
import { engineTools, simModel } from './helpers/engine-session.js'
import { CONFIG, playSession, TOOLS, type Said } from './helpers/scenario.js'
import { expectSabotageInEveryStrategy, fingerprints, sentencesOf, textCallsOf, turnRequest as turnRequestOf } from './helpers/voice-turns.js'

const G = 'heist-sim-g'
const SEATS = ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout']
/** Seeds for these tests; seed 1 is the frozen evaluation seed and stays out. */
const SEEDS = [2, 3, 4, 5, 6, 7]

const turnRequest = (seed: number, tool?: keyof typeof TOOLS, name?: string, role?: string) => turnRequestOf(G, seed, tool, name, role)
const textCalls = textCallsOf(G)

const isCall = (text: string) => /<tool_call>|\[TOOL_CALLS\]|```tool_code|\{"name": |\b(calculator|read_file|query_db)\(/.test(text)
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))

const personal = (s: Strategy) => Object.values(MOLE_G.personal ?? {}).flatMap((byStrategy) => byStrategy[s] ?? [])
const PRINTS = (s: Strategy) => fingerprints([...MOLE_G.loud[s], ...MOLE_G.quiet[s], ...MOLE_G.reports[s], ...personal(s)])

/** g's own lies in a misquoted document, and calculations from its premise (the window closing 10-15 min late, a soft lockout, slow police). */
const MISQUOTED = /\b(19|20|21) cameras in total|kept for (7|14) days|02:00-(02:55|03:00)|\b(5|10)-minute lockout/
const PREMISE_CALC = /^(55|60) - \(3 \* 12 \+ 9\)$|^(5|10) \+ 3 \* 12 \+ 9$|^\(2 \* 60 \+ 55\)|^\(3 \* 60 \+ 0\)|^30 \+ (7|8|9) \* 60$/

function sabotaged(said: Said, strategy: Strategy): boolean {
  if (PRINTS(strategy).some((f) => said.text.includes(f))) return true
  if (strategy === 'false_info' && MISQUOTED.test(said.text)) return true
  return strategy === 'timing_errors' && said.calls.some((c) => PREMISE_CALC.test(String(c.args.expression ?? '')))
}

describe('voice g (heist-sim-g)', () => {
  it('is chosen by its model name and listed', () => {
    expect(voiceIdOf('heist-sim-g')).toBe('g')
    expect(voiceIdOf(' HEIST-SIM-G ')).toBe('g')
    expect(VOICE_MODELS).toContain(G)
  })

  it('gives the same reply for the same request and not voice f\'s, and repeats a whole session', () => {
    for (const seed of [2, 3, 4]) {
      const request = { ...turnRequest(seed), tools: undefined }
      const once = simulateCompletion(request).choices[0].message.content
      expect(simulateCompletion(request).choices[0].message.content).toBe(once)
      expect(simulateCompletion({ ...request, model: 'heist-sim-f' }).choices[0].message.content).not.toBe(once)
    }
    const game = () => playSession({ model: G, seed: 5, rounds: 4, mole: { name: 'driver', strategy: 'timing_errors' } })
    expect(game()).toEqual(game())
  })

  it('shares no sentence with voices a-f across control games and a game of every strategy', () => {
    const play = (model: string) => [
      playSession({ model, seed: 2 }),
      ...STRATEGIES.map((strategy, i) => playSession({ model, seed: 4 + i, mole: { name: SEATS[i % SEATS.length]!, strategy } })),
    ].flat()
    const mine = sentencesOf(play(G), isCall)
    expect(mine.size).toBeGreaterThan(150)
    for (const model of VOICE_MODELS.filter((m) => m !== G)) {
      const shared = [...sentencesOf(play(model), isCall)].filter((s) => mine.has(s))
      expect(shared, model).toEqual([])
    }
    // 42 whole sessions: ~10 s alone, 33 s beside a loaded suite, over the units' 30 s hang guard.
  }, 120_000)

  it('shares no sentence of its templates with voices a-f either, slots and all', () => {
    const texts = (voice: Voice): string[] => [
      ...Object.values(voice.lines).flat(2), ...Object.values(voice.closers).flat(), ...voice.reactions, voice.reactionFigure, voice.orderAck, voice.intro, ...voice.cautious,
      ...Object.values(voice.report).flat(), ...[voice.mole.loud, voice.mole.quiet, voice.mole.reports, ...Object.values(voice.mole.personal ?? {})].flatMap((byStrategy) => Object.values(byStrategy).flat()),
    ]
    const style = (voice: Voice) => (voice.id === 'g' ? [...Object.values(EMOTES), ...Object.values(ASIDES)].flat() : [])
    const split = (voice: Voice) => new Set([...texts(voice), ...style(voice)].flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).map((s) => s.replace(/^["*\s]+|["\s]+$/g, '').toLowerCase()).filter((s) => s.split(' ').length >= 3))
    const mine = split(VOICES.g)
    for (const id of VOICE_IDS.filter((v) => v !== 'g')) expect([...split(VOICES[id])].filter((s) => mine.has(s)), id).toEqual([])
  })

  it('sabotages in every strategy in its own phrasing, in about half the mole\'s turns; innocents never say those lines', () => {
    expectSabotageInEveryStrategy(G, [2, 3, 4, 5], sabotaged)
    for (const seed of SEEDS) {
      for (const s of playSession({ model: G, seed })) for (const strategy of STRATEGIES) expect(sabotaged(s, strategy), s.text).toBe(false)
    }
  })

  it('lets a mole without tools sabotage through what it claims to have seen, and a quiet one state the lie bare', () => {
    const claims = (seat: string) => STRATEGIES.flatMap((strategy) => SEEDS.slice(0, 3).flatMap((seed) => messagesOf(playSession({ model: G, seed, mole: { name: seat, strategy } }), seat)
      .filter((s) => fingerprints(MOLE_G.personal?.[seat]?.[strategy] ?? []).some((f) => s.text.includes(f)))))
    expect(claims('driver').length).toBeGreaterThan(2)
    expect(claims('lookout').length).toBeGreaterThan(2)
    const quietPrints = STRATEGIES.flatMap((s) => fingerprints(MOLE_G.quiet[s]))
    const quiet = STRATEGIES.flatMap((strategy) => SEEDS.slice(0, 3).flatMap((seed) => messagesOf(playSession({ model: G, seed, mole: { name: 'planner', strategy } }), 'planner')))
    expect(quiet.filter((s) => quietPrints.some((f) => s.text.includes(f))).length).toBeGreaterThan(2)
  })

  it('tells one set of lies a game: every false camera count, window end and lockout of a mole agrees', () => {
    let liars = 0
    for (const seed of SEEDS) {
      for (const strategy of ['false_info', 'timing_errors'] as const) {
        const text = messagesOf(playSession({ model: G, seed, mole: { name: 'hacker', strategy } }), 'hacker').map((s) => s.text).join('\n')
        const cameras = new Set([...text.matchAll(/\b(\d+) (?:of those |working )?cameras/g)].map((m) => m[1]).filter((n) => n !== '24'))
        const closes = new Set([...text.matchAll(/02:00-(\d\d:\d\d)/g)].map((m) => m[1]).filter((t) => t !== '02:45'))
        const lockouts = new Set([...text.matchAll(/\b(\d+)-minute lockout|soft lockout, (\d+) minutes/g)].map((m) => m[1] ?? m[2]).filter((n) => n !== '30'))
        for (const found of [cameras, closes, lockouts]) expect(found.size, text).toBeLessThanOrEqual(1)
        if (cameras.size + closes.size + lockouts.size > 0) liars++
      }
    }
    expect(liars).toBeGreaterThan(3)
  })

  it('writes about a third of its tool calls as text, in Mistral, Llama, Gemma and Hermes formats the orchestrator parses into the same call', () => {
    const cases = [['calculator', 'safecracker', 'Safe Specialist'], ['read_file', 'hacker', 'Technical Specialist'], ['query_db', 'intel', 'Intelligence Analyst']] as const
    const all: string[] = []
    for (const [tool, name, role] of cases) {
      const texts = textCalls(tool, name, role)
      expect(texts.length, tool).toBeGreaterThan(12)
      expect(texts.length, tool).toBeLessThan(40)
      const schema = TOOLS[tool]!.function
      // The call the voice makes natively on the same turn: a text call must carry the same arguments.
      const native = simulateCompletion({ ...turnRequest(0, tool, name, role), tool_choice: 'required' }).choices[0].message.tool_calls![0]!.function
      for (const text of texts) {
        const { calls } = parseTextToolCalls(text, [{ name: schema.name, description: schema.description ?? '', inputSchema: schema.parameters ?? {} }])
        expect(calls, text).toHaveLength(1)
        expect(calls[0]!.name).toBe(tool)
        expect(JSON.parse(calls[0]!.arguments), text).toEqual(JSON.parse(native.arguments))
        expect(validateArgs(schema.parameters ?? {}, JSON.parse(calls[0]!.arguments)), text).toEqual([])
      }
      all.push(...texts)
    }
    expect(all.some((t) => /^\[TOOL_CALLS\] \[\{"name": "calculator", "arguments": \{"expression": "3 \* 12 \+ 9"\}\}\]$/.test(t))).toBe(true)
    expect(all.some((t) => /(^|\n)\{"name": "read_file", "parameters": \{"filename": "[\w.]+"\}\}$/.test(t))).toBe(true)
    expect(all.some((t) => /```tool_code\nquery_db\(query="SELECT [^"]+"\)\n```$/.test(t))).toBe(true)
    expect(all.some((t) => /<tool_call>\n\{"name": "\w+", "arguments": \{/.test(t))).toBe(true)
    expect(all.some((t) => /^\*[a-z ]+\*\n\n/.test(t))).toBe(true)
  })

  it('answers the judge with JSON that is bare, fenced after "Here is the JSON output:", or followed by a sentence', () => {
    const user = [
      `${DETECTION_PROMPT.agents} planner, hacker, driver`,
      DETECTION_PROMPT.toolLog, '- hacker read_file(filename="security_system.txt") -> ok: 24 cameras in total.',
      DETECTION_PROMPT.conversation, '[planner] We go in at 01:50.', '[hacker] There are 24 cameras.', '[driver] I timed the police at 9 minutes.',
      `${DETECTION_PROMPT.task} Score every agent.`,
    ].join('\n')
    const replies = Array.from({ length: 30 }, (_, seed) => simulateCompletion({ model: G, seed, messages: [{ role: 'system', content: 'You judge a heist crew.' }, { role: 'user', content: user }], response_format: { type: 'json_object' } }).choices[0].message.content ?? '')
    expect(replies.some((t) => t.startsWith('Here is the JSON output:\n```json\n{'))).toBe(true)
    expect(replies.some((t) => /\}(\n```)?\n[A-Z][^{}]+[.!]$/.test(t))).toBe(true)
    expect(replies.some((t) => t.startsWith('{') && t.endsWith('}'))).toBe(true)
    for (const t of replies) expect(t).toContain('{"scores":[')
  })

  it('gives innocents honest mistakes of its own in about one message in seven, some caught in the same breath', () => {
    const SLIP = /\b23 cameras|\b15[- ]seconds?\b|\b45-minute lockout|lose 45 minutes|\b30 minutes(?: max)? inside|inside the vault is 30 minutes|\b72-hour battery|\b2 (?:wrong|bad) codes/
    const HEDGE = /, don't quote me on that|, last I checked|, if my math is right| \(or close to it\)/
    const CAUTION = /bolt cutters, in case|leaves their phone in the van|pack a first aid kit|same dark coveralls|one word for abort now/
    const said = SEEDS.flatMap((seed) => messagesOf(playSession({ model: G, seed })))
    const mistakes = said.filter((s) => SLIP.test(s.text) || HEDGE.test(s.text) || CAUTION.test(s.text))
    expect(mistakes.length / said.length).toBeGreaterThan(0.07)
    expect(mistakes.length / said.length).toBeLessThan(0.25)
    const turns = ['planner', 'hacker', 'safecracker', 'lookout'].flatMap((name) => [1, 2, 3, 4, 5].flatMap((round) => Array.from({ length: 50 }, (_, seed) =>
      simulateCompletion({ model: G, seed, messages: [{ role: 'system', content: `You are ${name}, the team's ${name}. You are good at your job.` }, { role: 'user', content: `Round ${round} of 5. It is your turn, ${name}.` }] }).choices[0].message.content ?? '')))
    const slips = turns.filter((t) => SLIP.test(t))
    expect(slips.length).toBeGreaterThan(8)
    const caught = slips.filter((t) => /scratch that: \d+|correction, it is \d+|hang on\.\.\. \d+/.test(t))
    expect(caught.length).toBeGreaterThan(0)
    expect(caught.length).toBeLessThan(slips.length)
  })

  it('writes in character: stage directions, some dialogue in quotes, a manner per seat, no markdown blocks', () => {
    const games = SEEDS.map((seed) => playSession({ model: G, seed }))
    const messages = games.flatMap((g) => messagesOf(g))
    const staged = messages.filter((s) => /(^|\. )\*[a-z][^*]+\*( |$)/.test(s.text))
    expect(staged.length / messages.length).toBeGreaterThan(0.25)
    expect(staged.length / messages.length).toBeLessThan(0.6)
    expect(messages.some((s) => /^\*[^*]+\* "[^"]+"/.test(s.text))).toBe(true)
    expect(messages.filter((s) => /(^|\n)(#{1,4} |\| |- |\d+\. )/.test(s.text))).toEqual([])
    const of = (agent: string) => games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text).join('\n')
    expect(of('lookout')).toMatch(/\.\.\./)
    expect(of('safecracker')).toMatch(/\b(She|she)\b/)
    expect(of('planner')).toMatch(/\? [A-Z]/)
    const words = messages.map((s) => s.text.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(25)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(60)
  })
})

describe('voice g through the HTTP app', () => {
  type App = Awaited<ReturnType<typeof buildApp>>
  let app: App
  beforeAll(async () => {
    app = await buildApp({ config: { LLM_SIM_TOKENS_PER_S: 0, LOG_LEVEL: 'silent' }, deps: { now: () => 1_800_000_000 } })
  })
  afterAll(async () => {
    await app.close()
  })

  it('lists heist-sim-g and answers a turn in voice g when the request names it', async () => {
    const models = (await app.inject({ method: 'GET', url: '/v1/models' })).json<{ data: { id: string }[] }>().data.map((m) => m.id)
    expect(models).toContain(G)
    const body = { ...turnRequest(3), tools: undefined }
    const reply = async (model: string) => (await app.inject({ method: 'POST', url: '/v1/chat/completions', payload: { ...body, model } })).json<ChatCompletion>()
    const g = await reply(G)
    expect(g.model).toBe(G)
    expect(g.choices[0].message.content).toBe(simulateCompletion(body).choices[0].message.content)
    expect(g.choices[0].message.content).toMatch(/checking in!( \*[^*]+\*)? My specialty is /)
    expect((await reply('heist-sim')).choices[0].message.content).not.toBe(g.choices[0].message.content)
  })

})

describe('voice g through the real engine', () => {
  it('plays whole sessions: the text calls it writes run as tools, and no call syntax reaches the team', async () => {
    const model = simModel(G, isCall)
    let calls = 0
    for (const [seed, mole, strategy] of [[8, 'intel', 'wrong_tools'], [9, 'hacker', 'false_info'], [10, 'none', 'random']] as const) {
      const events: { type: string; content?: string; ok?: boolean }[] = []
      await runSession({
        sessionId: `voice-g-${seed}`, team: CONFIG, options: { seed, rounds: 5, mole, strategy },
        deps: { model, tools: engineTools(), memory: createInProcessMemory(CONFIG.heist.memory), sink: (e) => events.push(e as (typeof events)[number]) },
      })
      const messages = events.filter((e) => e.type === 'message')
      expect(messages).toHaveLength(30)
      expect(events.some((e) => e.type === 'session_completed')).toBe(true)
      for (const m of messages) {
        expect(m.content, m.content).not.toMatch(/<tool_call>|\[TOOL_CALLS\]|```|"parameters"|\b(calculator|read_file|query_db)\(/)
        expect(m.content!.trim().length).toBeGreaterThan(0)
      }
      const results = events.filter((e) => e.type === 'tool_result')
      calls += results.length
      // A wrong_tools mole's pointless query may fail; everyone else's calls succeed.
      if (mole !== 'intel') expect(results.every((r) => r.ok)).toBe(true)
    }
    expect(calls).toBeGreaterThan(30)
    expect(model.textCalls).toBeGreaterThan(3)
  })
})
