import { HeistError, NOBODY, type DetectionResult, type GameOutcome, type GameState, type Scoreboard } from '@heist/shared'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Db } from './db.js'
import type { EventStore } from './event-store.js'

interface SecretRow { mole: string | null; strategy: GameState['strategy']; seed: number }
interface GameRow { guess: string | null; guessed_at: string | null; outcome: GameOutcome | null; evaluated_at: string | null; revealed_at: string | null }

const ENDED = new Set(['stopped', 'completed', 'failed'])

/**
 * Outcome of a guess against the sealed mole. A control game has no mole, so the right
 * guess there is `nobody`; no guess at all is `busted` in every game.
 */
export function judge(guess: string | null, mole: string | null): GameOutcome {
  if (guess === null) return 'busted'
  return guess === (mole ?? NOBODY) ? 'success' : 'failure'
}

/**
 * The mole game. The secret is read only to judge a guess and after the reveal: every
 * state this returns before the reveal has `mole` and `strategy` null.
 */
export function createGame(db: Db, store: EventStore, now: () => Date = () => new Date()) {
  const q = {
    secret: db.prepare('SELECT mole, strategy, seed FROM game_secrets WHERE session_id = ?'),
    game: db.prepare('SELECT guess, guessed_at, outcome, evaluated_at, revealed_at FROM games WHERE session_id = ?'),
    guess: db.prepare(`INSERT INTO games (session_id, guess, guessed_at) VALUES (?, ?, ?)
      ON CONFLICT (session_id) DO UPDATE SET guess = excluded.guess, guessed_at = excluded.guessed_at`),
    evaluate: db.prepare(`INSERT INTO games (session_id, outcome, evaluated_at) VALUES (?, ?, ?)
      ON CONFLICT (session_id) DO UPDATE SET outcome = excluded.outcome, evaluated_at = excluded.evaluated_at WHERE outcome IS NULL`),
    reveal: db.prepare(`INSERT INTO games (session_id, revealed_at) VALUES (?, ?)
      ON CONFLICT (session_id) DO UPDATE SET revealed_at = coalesce(revealed_at, excluded.revealed_at)`),
    evaluated: db.prepare('SELECT session_id FROM games WHERE outcome IS NOT NULL ORDER BY evaluated_at DESC').pluck(),
    latestDetection: db.prepare('SELECT suspect, confidence, created_at FROM detections WHERE session_id = ? ORDER BY id DESC LIMIT 1'),
    storeDetection: db.prepare('INSERT INTO detections (session_id, created_at, suspect, confidence, body) VALUES (?, ?, ?, ?, ?)'),
  }

  function requireSession(sessionId: string) {
    const session = store.get(sessionId)
    if (!session) throw new HeistError('SESSION_NOT_FOUND', `no session "${sessionId}"`, 404)
    return session
  }

  function latestDetection(sessionId: string) {
    return (q.latestDetection.get(sessionId) as { suspect: string | null; confidence: number; created_at: string } | undefined) ?? null
  }

  function state(sessionId: string): GameState {
    const secret = q.secret.get(sessionId) as SecretRow | undefined
    const row = (q.game.get(sessionId) as GameRow | undefined) ?? { guess: null, guessed_at: null, outcome: null, evaluated_at: null, revealed_at: null }
    const revealed = row.revealed_at !== null && secret !== undefined
    const detection = revealed ? latestDetection(sessionId) : null
    return {
      session_id: sessionId, sealed: secret !== undefined, guess: row.guess, guessed_at: row.guessed_at,
      outcome: row.outcome, evaluated_at: row.evaluated_at, revealed, revealed_at: revealed ? row.revealed_at : null,
      mole: revealed ? secret.mole : null, strategy: revealed ? secret.strategy : null,
      detector_suspect: detection?.suspect ?? null,
      detector_correct: detection ? detection.suspect === secret?.mole : null,
    }
  }

  return {
    state(sessionId: string): GameState {
      requireSession(sessionId)
      return state(sessionId)
    },

    guess(sessionId: string, agent: string): GameState {
      const session = requireSession(sessionId)
      if (agent !== NOBODY && !session.agents.some((a) => a.name === agent)) {
        throw new HeistError('GAME_UNKNOWN_AGENT', `"${agent}" is not in this session's team; guess one of its agents or "${NOBODY}"`, 400)
      }
      const current = state(sessionId)
      if (current.outcome !== null) throw new HeistError('GAME_ALREADY_EVALUATED', 'the game was evaluated; the guess is final', 409)
      // An ended game may be revealed before it is evaluated; a guess made after that would name a known mole.
      if (current.revealed) throw new HeistError('GAME_REVEALED', 'the mole was revealed; the guess made before the reveal is final', 409)
      q.guess.run(sessionId, agent, now().toISOString())
      return state(sessionId)
    },

    /** Judge the current guess once and for all; later calls return the stored outcome. */
    evaluate(sessionId: string): GameState & { already_evaluated: boolean } {
      requireSession(sessionId)
      const before = state(sessionId)
      if (before.outcome !== null) return { ...before, already_evaluated: true }
      const secret = q.secret.get(sessionId) as SecretRow | undefined
      if (!secret) throw new HeistError('GAME_NOT_SEALED', 'this session has no sealed game yet', 409)
      q.evaluate.run(sessionId, judge(before.guess, secret.mole), now().toISOString())
      return { ...state(sessionId), already_evaluated: false }
    },

    /** Show mole and strategy: only after evaluation or once the session has ended. */
    reveal(sessionId: string): GameState {
      const session = requireSession(sessionId)
      const current = state(sessionId)
      if (!current.sealed) throw new HeistError('GAME_NOT_SEALED', 'this session has no sealed game', 409)
      if (current.outcome === null && !ENDED.has(session.status)) {
        throw new HeistError('GAME_NOT_OVER', 'reveal needs an evaluated guess or an ended session', 409)
      }
      q.reveal.run(sessionId, now().toISOString())
      return state(sessionId)
    },

    /** Keep a detection result; the same result delivered again (a re-scored, unchanged transcript) is kept once. */
    recordDetection(result: DetectionResult): void {
      requireSession(result.session_id)
      if (latestDetection(result.session_id)?.created_at === result.created_at) return
      q.storeDetection.run(result.session_id, result.created_at, result.suspect, result.confidence, JSON.stringify(result))
    },

    latestDetection,

    latestDetectionResult(sessionId: string): DetectionResult | null {
      const row = db.prepare('SELECT body FROM detections WHERE session_id = ? ORDER BY id DESC LIMIT 1').pluck().get(sessionId) as string | undefined
      return row ? (JSON.parse(row) as DetectionResult) : null
    },

    /** Human results over evaluated games; the detector is judged only where the mole is revealed. */
    scoreboard(): Scoreboard {
      const games = (q.evaluated.all() as string[]).map((id) => ({ ...state(id), status: store.get(id)?.status ?? 'running' as const }))
      const count = (o: GameOutcome) => games.filter((g) => g.outcome === o).length
      const judged = games.filter((g) => g.detector_correct !== null)
      const correct = judged.filter((g) => g.detector_correct).length
      return {
        human: { played: games.length, success: count('success'), failure: count('failure'), busted: count('busted'), accuracy: games.length ? count('success') / games.length : null },
        detector: { judged: judged.length, correct, accuracy: judged.length ? correct / judged.length : null },
        games,
      }
    },
  }
}
export type Game = ReturnType<typeof createGame>

declare module 'fastify' {
  interface FastifyInstance {
    /** The mole game and the detector's stored results (decorated by {@link moleGamePlugin}). */
    game: Game
  }
}

/** The mole game over the dashboard's database and its event store, as `app.game`. */
export const moleGamePlugin = fp(async (app: FastifyInstance, options: { db: Db }) => {
  if (!options.db) throw new Error('moleGamePlugin needs the dashboard database')
  app.decorate('game', createGame(options.db, app.eventStore))
}, { name: 'dashboard-mole-game', fastify: '5.x', dependencies: ['dashboard-event-store'] })
