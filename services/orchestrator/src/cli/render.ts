import pc from 'picocolors'
import type { PublicSessionEvent, SessionAgent } from '@heist/shared'

type Paint = (text: string) => string

/** Truecolor when the terminal says it has it, the basic palette otherwise, nothing when not a TTY. */
export function painter(hex: string, index: number, env: Record<string, string | undefined>, enabled = pc.isColorSupported): Paint {
  if (!enabled) return (t) => t
  const c = pc.createColors(true)
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (m && /truecolor|24bit/i.test(env.COLORTERM ?? '')) {
    const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16))
    return (t) => `\x1b[38;2;${r};${g};${b}m${t}\x1b[39m`
  }
  const palette: Paint[] = [c.blue, c.green, c.yellow, c.magenta, c.red, c.cyan]
  return palette[index % palette.length] ?? ((t) => t)
}

function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** "1 round", "3 rounds": a one-round session is a usual quick check. */
const rounds = (n: number) => `${n} round${n === 1 ? '' : 's'}`

/** Turns public events into the lines a person reads: the conversation, tool calls inline, control events. */
export function createRenderer(env: Record<string, string | undefined>, colour = pc.isColorSupported) {
  // Every style goes through `c`, so `colour: false` (a pipe, a test, CI) really means plain text.
  const c = pc.createColors(colour)
  const agents = new Map<string, { agent: SessionAgent; paint: Paint }>()
  const name = (agent: string) => {
    const entry = agents.get(agent)
    const label = `${entry?.agent.emoji ? `${entry.agent.emoji} ` : ''}${agent}`
    return entry ? entry.paint(c.bold(label)) : label
  }
  const { dim, red } = c
  return (event: PublicSessionEvent): string | null => {
    switch (event.type) {
      case 'session_started':
        event.agents.forEach((agent, i) => agents.set(agent.name, { agent, paint: painter(agent.colour, i, env, colour) }))
        return `${c.bold(`Heist ${event.session_id}`)} — ${rounds(event.rounds)}, model ${event.model}${event.profile ? `, profile ${event.profile}` : ''}\n` +
          `Team: ${event.agents.map((a) => `${name(a.name)} (${a.role})`).join(', ')}`
      case 'round_started': return dim(`\n── Round ${event.round} ──`)
      case 'message': return `${name(event.agent)}: ${event.content}`
      case 'tool_call': return dim(`  ⚙ ${event.agent} → ${event.tool}(${clip(JSON.stringify(event.args), 100)})`)
      case 'tool_result': return event.ok ? dim(`    ↳ ${clip(event.result ?? '')}`) : red(`    ↳ ERROR ${event.error?.code}: ${clip(event.error?.message ?? '')}`)
      case 'order_received': return c.yellow(`» order for ${event.agent}: ${event.text}`)
      case 'order_delivered': return dim(`» order delivered to ${event.agent} (turn ${event.turn})`)
      case 'memory_compressed': return dim(`  (memory compressed through message ${event.covers_through}, ${event.summary_tokens} tokens, ${event.method})`)
      case 'session_paused': return c.yellow(`⏸ paused (${event.reason})${event.message ? `: ${event.message}` : ''}`)
      case 'session_resumed': return c.yellow(`▶ resumed${event.message ? `: ${event.message}` : ''}`)
      case 'session_error': return red(`! ${event.code}: ${event.message}`)
      case 'session_stopped': return c.yellow(`■ stopped (${event.reason})`)
      case 'session_completed': return c.green(`\n✔ completed after ${rounds(event.rounds)}`)
      default: return null
    }
  }
}

export function revealLine(reveal: { mole: string | null; strategy: string | null; seed: number }): string {
  if (reveal.mole === null) return `No mole this time (control game). Seed ${reveal.seed}.`
  return `${pc.bold('The mole was')} ${pc.red(pc.bold(reveal.mole))}, playing ${reveal.strategy ?? '?'}. Seed ${reveal.seed} (replay with --seed ${reveal.seed}).`
}
