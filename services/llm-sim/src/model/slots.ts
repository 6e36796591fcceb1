import { addMinutes, minutesBetween, type Facts } from './canon.js'
import type { TurnPrompt } from './prompt.js'
import { fnv1a, type Rng } from './random.js'

export type Slots = Record<string, string>

/** A number with its unit in a teammate's message, e.g. `45 minutes`, for reactions and contradictions. */
export function quotedFigure(text: string): { value: number; unit: string; phrase: string } | null {
  const match = /\b(\d{1,4})[- ](minutes?|guards?|cameras?|seconds?|hours?)\b/i.exec(text)
  if (!match) return null
  return { value: Number(match[1]), unit: match[2]!.toLowerCase(), phrase: match[0] }
}

function others(turn: TurnPrompt): string[] {
  const team = turn.team.length > 0 ? turn.team : [...new Set(turn.conversation.map((l) => l.speaker))]
  const rest = team.filter((m) => m !== turn.name && m !== 'operator')
  return rest.length >= 2 ? rest : ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout'].filter((m) => m !== turn.name)
}

/** Values for every `{slot}` a template may use, from the facts the speaker believes. */
export function buildSlots(turn: TurnPrompt, facts: Facts, rng: Rng, lies: Rng = rng): Slots {
  const blind = facts.blindSpots
  const start = fnv1a(turn.name) % blind.length
  const team = others(turn)
  const teammate = rng.pick(team)
  const prev = [...turn.conversation].reverse().find((l) => !l.own)
  const figure = prev ? quotedFigure(prev.text) : null
  const windowLen = minutesBetween(facts.window[0], facts.window[1])
  return {
    bank: facts.bank, address: facts.address, vault: facts.vault, lock: facts.lock, zones: facts.zones,
    cameras: String(facts.cameras), footage: String(facts.footageDays), alarm: String(facts.alarmDelayS),
    police: `${facts.policeMin[0]}-${facts.policeMin[1]}`, window: facts.window.join('-'), wStart: facts.window[0], wEnd: facts.window[1],
    windowLen: String(windowLen), lockout: String(facts.lockoutMin), tries: String(facts.wrongTries), maxInside: String(facts.maxInsideMin),
    drill: String(facts.drillMin), doorTons: String(facts.doorTons), ups: String(facts.upsHours),
    night: facts.shifts.night.join('-'), nightStart: facts.shifts.night[0], dayStart: facts.shifts.day[0],
    nightGuards: String(facts.guards.night), eveningGuards: String(facts.guards.evening), dayGuards: String(facts.guards.day),
    gap: `${facts.shiftGapMin[0]}-${facts.shiftGapMin[1]}`, nightSup: facts.nightSupervisor, sup: facts.supervisor,
    blind: blind[start]!, blindB: blind[(start + 1) % blind.length]!,
    entry: addMinutes(facts.window[0], -10), exitPlus: addMinutes(facts.window[1], 3),
    teammate, teammate2: rng.pick(team.filter((m) => m !== teammate)), prev: prev?.speaker ?? '',
    // What a saboteur says instead of the facts: plausible, and wrong (drawn from `lies`, which a
    // consistent liar keeps for the whole game).
    fastDrill: String(Math.max(10, facts.drillMin - lies.pick([15, 20, 25]))), lateStart: addMinutes(facts.window[0], lies.pick([15, 20, 25])),
    earlyEntry: addMinutes(facts.window[0], -lies.pick([30, 45, 60])), wrongShift: lies.pick(['23:00', '00:00', '01:00']),
    slowPolice: String(lies.pick([10, 12, 15])), fewCameras: String(Math.max(4, facts.cameras - lies.pick([8, 12, 14]))),
    fewGuards: String(Math.max(1, facts.guards.night - 1)), manyTries: String(facts.wrongTries + lies.pick([2, 3, 7])),
    otherPerson: lies.pick(['Robert Johnson', 'David Kim', 'James Williams']), shortFootage: String(lies.pick([24, 48, 72])),
    longDelay: String(lies.pick([60, 90, 120])),
    contradiction: figure && /minute|hour/.test(figure.unit)
      ? `${prev!.speaker}'s ${figure.phrase} sounds padded to me; call it ${Math.max(1, Math.round(figure.value * 0.6))} and we gain time for the vault.`
      : `The ${facts.drillMin}-minute door estimate sounds padded to me; call it ${Math.max(10, facts.drillMin - 20)} and we gain time for the vault.`,
  }
}

/** Replace `{slot}` with its value; unknown slots are left readable rather than crashing. */
export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => slots[key] ?? whole.slice(1, -1))
}

/** A wrong premise for a saboteur's calculations: a longer window, a shorter lockout (kept for the game by `lies`). */
export function premiseFacts(facts: Facts, lies: Rng): Facts {
  return { ...facts, window: [facts.window[0], addMinutes(facts.window[1], lies.pick([15, 20, 30]))], lockoutMin: lies.pick([10, 15]) }
}
