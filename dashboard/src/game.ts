import type { EvaluateReply, GameState, Scoreboard } from '@heist/shared/contracts/browser'
import type { DetectionResult } from '@heist/shared/contracts/detection'
import { api, operatorToken } from './api.js'
import { act, type TeamMember } from './controls.js'
import { byId, el, pct } from './dom.js'
import type { Log } from './log.js'

const OUTCOME_TEXT = {
  success: 'SUCCESS — you found the mole; the heist goes ahead.',
  failure: 'FAILURE — wrong call; the saboteur got away with it.',
  busted: 'BUSTED — nobody was accused; the heist failed.',
} as const

/** The mole game: guess, evaluate once, reveal, and the scoreboard over every game. */
export function createGamePanel(log: Log, current: () => string | null, onDetection: (result: DetectionResult) => void) {
  let team: TeamMember[] = []
  let state: GameState | null = null
  const withSession = (label: string, run: (id: string) => Promise<unknown>) => {
    const id = current()
    if (!id) return log.add(`${label}: choose a session first`, 'error')
    void act(log, label, () => run(id))
  }

  function render(): void {
    const badges = byId('guess-badges')
    const options = [...team, { name: 'nobody', role: 'no mole: a control game', colour: '#8b9ab3', emoji: '∅' }]
    badges.replaceChildren(...options.map((member) => {
      const button = el('button', {
        class: 'badge', type: 'button', 'data-guess': member.name, title: member.role, 'aria-pressed': String(state?.guess === member.name), 'data-operator': true,
      }, `${member.emoji ?? ''} ${member.name}`.trim())
      button.style.setProperty('--agent', member.colour)
      button.disabled = state?.outcome !== null && state?.outcome !== undefined
      button.addEventListener('click', () => withSession(`guess ${member.name}`, async (id) => {
        state = await api<GameState>('POST', `/api/sessions/${encodeURIComponent(id)}/guess`, { agent: member.name })
        render()
      }))
      return button
    }))
    const result = byId('game-result')
    result.dataset.outcome = state?.outcome ?? ''
    const lines: string[] = []
    if (state && !state.sealed) lines.push('no sealed game for this session yet')
    if (state?.guess) lines.push(`your guess: ${state.guess}`)
    if (state?.outcome) lines.push(OUTCOME_TEXT[state.outcome])
    if (state?.revealed) {
      lines.push(state.mole ? `the mole was ${state.mole} (${state.strategy ?? 'unknown strategy'})` : 'there was no mole: a control game')
      if (state.detector_suspect !== null) lines.push(`detector suspected ${state.detector_suspect}: ${state.detector_correct ? 'right' : 'wrong'}`)
    }
    result.textContent = lines.join(' · ')
    if (!operatorToken()) for (const b of badges.querySelectorAll('button')) b.disabled = true
  }

  async function refreshScoreboard(): Promise<void> {
    const board = await api<Scoreboard>('GET', '/api/game/scoreboard')
    const rows = board.games.slice(0, 15).map((g) => el('tr', {},
      el('td', {}, g.session_id), el('td', {}, g.guess ?? '—'), el('td', {}, g.outcome ?? '—'),
      el('td', {}, g.revealed ? (g.mole ?? 'none') : '?'), el('td', {}, g.detector_correct === null ? '—' : g.detector_correct ? '✔' : '✖')))
    byId('scoreboard').replaceChildren(
      el('p', { class: 'hint', 'data-testid': 'score-summary' },
        `you: ${board.human.success}/${board.human.played} right (${pct(board.human.accuracy)}) · detector: ${board.detector.correct}/${board.detector.judged} (${pct(board.detector.accuracy)})`),
      el('table', {}, el('thead', {}, el('tr', {}, ...['session', 'guess', 'outcome', 'mole', 'detector'].map((h) => el('th', {}, h)))), el('tbody', {}, ...rows)))
  }

  byId('btn-evaluate').addEventListener('click', () => withSession('evaluate', async (id) => {
    const reply = await api<EvaluateReply>('POST', `/api/sessions/${encodeURIComponent(id)}/evaluate`)
    state = reply
    if (reply.already_evaluated) log.add('already evaluated: the outcome is final')
    render()
    await refreshScoreboard()
  }))
  byId('btn-reveal').addEventListener('click', () => withSession('reveal', async (id) => {
    state = await api<GameState>('POST', `/api/sessions/${encodeURIComponent(id)}/reveal`)
    render()
    await refreshScoreboard()
  }))
  byId('btn-detect').addEventListener('click', () => withSession('run detection', async (id) => {
    byId('detection-summary').textContent = 'detection running…'
    onDetection(await api<DetectionResult>('POST', `/api/sessions/${encodeURIComponent(id)}/detect`))
  }))

  return {
    setTeam(members: TeamMember[]): void {
      team = members
      render()
    },
    show(next: GameState | null): void {
      if (next && next.session_id !== current()) return
      state = next
      render()
    },
    refreshScoreboard: () => refreshScoreboard().catch(() => undefined),
  }
}
export type GamePanel = ReturnType<typeof createGamePanel>
