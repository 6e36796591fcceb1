import type { EvaluateReply, GameState, Scoreboard } from '@heist/shared/contracts/browser'
import { api } from './api.js'
import { act, isOperator, type TeamMember } from './controls.js'
import { byId, el, latestOnly, newestWins, pct } from './dom.js'
import type { Log } from './log.js'
import { outcomeText } from './outcome-text.js'
import { fieldStatus } from './toast.js'

/** The mole game: guess, evaluate once, reveal, and the scoreboard over every game. */
export function createGamePanel(log: Log, current: () => string | null) {
  let team: TeamMember[] = []
  let state: GameState | null = null
  const order = newestWins()
  const scoreboardReplies = latestOnly()
  const withSession = (label: string, run: (id: string) => Promise<unknown>) => {
    const id = current()
    if (!id) return fieldStatus('game-status', `${label}: choose a session first`, 'error')
    void act(log, label, () => run(id), 'game-status')
  }

  function render(): void {
    const badges = byId('guess-badges')
    const chosen = current() !== null
    byId('game-empty').hidden = chosen
    badges.hidden = !chosen
    const options = [...team, { name: 'nobody', role: 'no mole: a control game', colour: '#8b9ab3', emoji: '∅' }]
    badges.replaceChildren(...options.map((member) => {
      const button = el('button', {
        class: 'badge', type: 'button', 'data-guess': member.name, title: member.role, 'aria-pressed': String(state?.guess === member.name), 'data-operator': true,
      }, `${member.emoji ?? ''} ${member.name}`.trim())
      button.style.setProperty('--agent', member.colour)
      // The server refuses a guess once evaluated or revealed (GAME_ALREADY_EVALUATED, GAME_REVEALED).
      button.disabled = (state?.outcome ?? null) !== null || state?.revealed === true
      button.addEventListener('click', () => withSession(`guess ${member.name}`, async (id) => {
        const paint = asked()
        paint(await api<GameState>('POST', `/api/sessions/${encodeURIComponent(id)}/guess`, { agent: member.name }))
      }))
      return button
    }))
    const result = byId('game-result')
    result.dataset.outcome = state?.outcome ?? ''
    const lines: string[] = []
    if (state && !state.sealed) lines.push('no sealed game for this session yet')
    if (state?.guess) lines.push(`your guess: ${state.guess}`)
    if (state?.outcome) lines.push(outcomeText(state.outcome, state.guess))
    if (state?.revealed) {
      lines.push(state.mole ? `the mole was ${state.mole} (${state.strategy ?? 'unknown strategy'})` : 'there was no mole: a control game')
      // detector_correct is set whenever a detection exists, including a "nobody" verdict (suspect null).
      if (state.detector_correct !== null) lines.push(`detector suspected ${state.detector_suspect ?? 'nobody'}: ${state.detector_correct ? 'right' : 'wrong'}`)
    }
    result.textContent = lines.join(' · ')
    if (!isOperator()) for (const b of badges.querySelectorAll('button')) b.disabled = true
  }

  async function refreshScoreboard(): Promise<void> {
    const isLatest = scoreboardReplies.begin()
    const board = await api<Scoreboard>('GET', '/api/game/scoreboard')
    // Asked again after every game frame and evaluation: an older board must not replace a newer one.
    if (!isLatest()) return
    if (board.games.length === 0) {
      byId('scoreboard').replaceChildren(el('p', { class: 'empty' }, 'No game evaluated yet: guess, then evaluate.'))
      return
    }
    const rows = board.games.slice(0, 15).map((g) => el('tr', {},
      el('td', {}, g.session_id), el('td', {}, g.guess ?? '—'), el('td', {}, g.outcome ?? '—'),
      el('td', {}, g.revealed ? (g.mole ?? 'none') : '?'), el('td', {}, g.detector_correct === null ? '—' : g.detector_correct ? '✔' : '✖')))
    byId('scoreboard').replaceChildren(
      el('p', { class: 'hint', 'data-testid': 'score-summary' },
        `you: ${board.human.success}/${board.human.played} right (${pct(board.human.accuracy)}) · detector: ${board.detector.correct}/${board.detector.judged} (${pct(board.detector.accuracy)})`),
      el('table', {}, el('thead', {}, el('tr', {}, ...['session', 'guess', 'outcome', 'mole', 'detector'].map((h) => el('th', {}, h)))), el('tbody', {}, ...rows)))
  }

  byId('btn-evaluate').addEventListener('click', () => withSession('evaluate', async (id) => {
    const paint = asked()
    const reply = await api<EvaluateReply>('POST', `/api/sessions/${encodeURIComponent(id)}/evaluate`)
    if (reply.already_evaluated) log.add('already evaluated: the outcome is final')
    paint(reply)
    await refreshScoreboard()
  }))
  byId('btn-reveal').addEventListener('click', () => withSession('reveal', async (id) => {
    const paint = asked()
    paint(await api<GameState>('POST', `/api/sessions/${encodeURIComponent(id)}/reveal`))
    await refreshScoreboard()
  }))
  /**
   * A game state painter for a request sent now (or a frame just received): it paints only the
   * session shown, and never over a state asked for later (the session's detail, asked before a
   * guess, must not undo the guess when it comes back after it).
   */
  function asked(): (next: GameState) => void {
    const paint = order.begin()
    return (next) => {
      if (next.session_id !== current() || !paint()) return
      state = next
      render()
    }
  }

  return {
    setTeam(members: TeamMember[]): void {
      team = members
      render()
    },
    asked,
    /** A state pushed by the dashboard: it is the newest word on its session. */
    show: (next: GameState) => asked()(next),
    /** Another session was chosen: the last one's guess and outcome are not this one's. */
    clear(): void {
      order.begin()()
      state = null
      render()
    },
    refreshScoreboard: () => refreshScoreboard().catch(() => undefined),
  }
}
export type GamePanel = ReturnType<typeof createGamePanel>
