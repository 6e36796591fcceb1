import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildMessages, loadTeamConfig, type TeamConfig } from '@heist/orchestrator/engine'
import { afterAll, describe, expect, it } from 'vitest'
import { simulateCompletion, type ChatMessage } from '../src/model/index.js'

const SHIPPED = fileURLToPath(new URL('../../../config', import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), 'heist-persona-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The driver's first message of a game, from the orchestrator's prompt over `config`. */
function driverOpens(config: TeamConfig, model = 'heist-sim'): string {
  const agent = config.agents.find((a) => a.name === 'driver')!
  const memory = { session_id: 'persona', summary: null, recent: [], total_tokens: 0, message_count: 0 }
  const messages = buildMessages({ agent, team: config.agents, heist: config.heist, game: { seed: 7, mole: null, strategy: null }, memory, orders: [], round: 1, rounds: 3 })
  return simulateCompletion({ model, seed: 7, messages: messages as ChatMessage[] }).choices[0].message.content ?? ''
}

describe('a persona edited in agents.yaml', () => {
  it('changes what the agent says with llm-sim: its role title and its focus', () => {
    cpSync(SHIPPED, scratch, { recursive: true })
    const file = join(scratch, 'agents.yaml')
    const shipped = readFileSync(file, 'utf8')
    const edited = shipped
      .replace('role: Getaway Driver & Logistics', 'role: Harbour Pilot')
      .replace(/You are the getaway driver and logistics expert\. You think about escape routes, timing\n\s+windows, vehicles and police response times, and you keep the team's exit realistic\./,
        'You are the harbour pilot. You think about tides, moorings and the coast guard.')
    expect(edited).not.toBe(shipped)
    writeFileSync(file, edited)
    for (const model of ['heist-sim', 'heist-sim-b', 'heist-sim-c', 'heist-sim-d', 'heist-sim-e', 'heist-sim-f', 'heist-sim-g', 'heist-sim-h', 'heist-sim-i', 'heist-sim-j', 'heist-sim-k', 'heist-sim-l', 'heist-sim-m', 'heist-sim-n', 'heist-sim-o', 'heist-sim-p', 'heist-sim-q']) {
      const before = driverOpens(loadTeamConfig(SHIPPED, 'dev'), model)
      const after = driverOpens(loadTeamConfig(scratch, 'dev'), model)
      expect(before, model).toContain('Getaway Driver')
      expect(before, model).toContain('escape routes')
      expect(after, model).toContain('Harbour Pilot')
      expect(after, model).toContain('tides, moorings and the coast guard')
      expect(after, model).not.toContain('escape routes')
    }
  })
})
