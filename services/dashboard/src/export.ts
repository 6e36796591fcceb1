import type { DetectionResult, GameState, PublicSessionEvent, SessionSummary } from '@heist/shared'

/** Longest tool result kept in the Markdown transcript (the JSON lines keep everything). */
const RESULT_CHARS = 600

export interface ExportInput {
  session: SessionSummary
  events: PublicSessionEvent[]
  game: GameState
  detection: DetectionResult | null
}

/**
 * A session as JSON lines: every public event in seq order, then one `{"type":"game"}` line with
 * the public game state (the same frame the page receives), so mole and strategy appear only once
 * the game has been revealed.
 */
export function toJsonLines({ events, game }: ExportInput): string {
  return [...events.map((event) => JSON.stringify(event)), JSON.stringify({ type: 'game', game })].join('\n') + '\n'
}

/** Text inside Markdown: a line break or a leading `#` in model output must not become structure. */
const inline = (text: string) => text.replace(/\r?\n+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1')
/** Model text as a block quote, line by line, so any Markdown in it stays inside the quote. */
const quote = (text: string) => text.split(/\r?\n/).map((line) => `> ${line.replace(/([\\`*_[\]<>|#])/g, '\\$1')}`).join('\n')
const fence = (text: string) => {
  const ticks = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)))
  return `${ticks}\n${text}\n${ticks}`
}

function eventLines(event: PublicSessionEvent): string[] {
  switch (event.type) {
    case 'round_started': return [`## Round ${event.round}`, '']
    case 'message': return [`**${event.agent}** · turn ${event.turn}${event.reply_to ? ` · answers ${event.reply_to}` : ''} · ${event.ts}`, '', quote(event.content), '']
    case 'tool_call': return [`- ⚙ ${event.agent} calls \`${event.tool}\` with ${inline(JSON.stringify(event.args ?? {}))}`]
    case 'tool_result': {
      const body = event.ok ? (event.result ?? '') : `${event.error?.code ?? 'error'}: ${event.error?.message ?? ''}`
      const cut = body.length > RESULT_CHARS ? `${body.slice(0, RESULT_CHARS)}… (${body.length} characters)` : body
      return [`- ${event.ok ? '✔' : '✖'} \`${event.tool}\` (${Math.round(event.duration_ms)} ms):`, '', fence(cut), '']
    }
    case 'order_received': return [`- 📨 order to ${event.agent}: ${inline(event.text)}`, '']
    case 'order_delivered': return [`- order ${event.order_id} delivered to ${event.agent} at turn ${event.turn}`, '']
    case 'session_paused': return [`*paused (${event.reason})${event.message ? `: ${inline(event.message)}` : ''}*`, '']
    case 'session_resumed': return ['*resumed*', '']
    case 'session_stopped': return [`*stopped: ${inline(event.reason)}*`, '']
    case 'session_completed': return [`*completed after ${event.rounds} rounds*`, '']
    case 'session_error': return [`*error ${event.code}: ${inline(event.message)}*`, '']
    case 'memory_compressed': return [`*memory compressed (${event.method}) through seq ${event.covers_through}*`, '']
    default: return []
  }
}

function gameLines(game: GameState, detection: DetectionResult | null): string[] {
  const lines = ['## The mole game', '']
  if (!game.sealed) lines.push('No sealed game was recorded for this session.')
  lines.push(`- guess: ${game.guess ?? 'none'}`, `- outcome: ${game.outcome ?? 'not evaluated'}`)
  if (game.revealed) lines.push(`- the mole: **${game.mole ?? 'nobody (a control game)'}**${game.strategy ? `, strategy \`${game.strategy}\`` : ''}`)
  else if (game.sealed) lines.push('- the mole: sealed until the reveal')
  if (detection) {
    lines.push(`- detector (${detection.mode}, ${detection.created_at}): suspects ${detection.suspect ?? 'nobody'} with confidence ${Math.round(detection.confidence * 100)} %`)
    for (const s of [...detection.scores].sort((a, b) => b.score - a.score)) lines.push(`  - ${s.agent}: ${Math.round(s.score * 100)} % (rules ${Math.round(s.rule_score * 100)} %${s.model_score === null ? '' : `, model ${Math.round(s.model_score * 100)} %`})`)
  }
  return [...lines, '']
}

/** A readable transcript: the team, every message and tool call in order, orders, and the game. */
export function toMarkdown({ session, events, game, detection }: ExportInput): string {
  const started = events.find((e): e is Extract<PublicSessionEvent, { type: 'session_started' }> => e.type === 'session_started')
  const lines = [
    `# Heist ${session.session_id}`, '',
    `- status: ${session.status} · round ${session.current_round} of ${session.rounds}`,
    `- model: ${session.model ?? 'unknown'}${started?.profile ? ` · profile ${started.profile}` : ''}`,
    `- started: ${session.started_at ?? 'unknown'} · ${session.message_count} messages · ${session.tool_call_count} tool calls`, '',
    '| agent | role |', '|---|---|',
    ...session.agents.map((a) => `| ${[a.emoji, a.name].filter(Boolean).join(' ')} | ${inline(a.role)} |`), '',
  ]
  for (const event of events) lines.push(...eventLines(event))
  lines.push(...gameLines(game, detection))
  return lines.join('\n')
}
