import { addMinutes, minutesBetween, type Facts } from './canon.js'

/** One calculation the safecracker makes, what it means, and what follows from the number. */
export interface Calculation {
  expression: string
  why: string
  unit: string
  consequence: (value: number) => string
}

function clock(time: string): string {
  const [h, m] = time.split(':').map(Number)
  return `${h ?? 0} * 60 + ${m ?? 0}`
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}

/**
 * The calculator jobs, built from the facts the team has: the first five are one per plan phase,
 * the next five are what a second visit of the phase asks in a long session.
 */
export function calculations(facts: Facts): Calculation[] {
  const windowLen = minutesBetween(facts.window[0], facts.window[1])
  const entry = addMinutes(facts.window[0], -10)
  return [
    { expression: '3 * 12 + 9', why: 'drilling the three bolt housings plus setup', unit: 'minutes',
      consequence: (v) => (v >= windowLen ? `That uses the whole ${facts.window.join('-')} window, so nothing else can slip.` : `That leaves ${windowLen - v} minutes of the window spare.`) },
    { expression: `${windowLen} - (3 * 12 + 9)`, why: `slack left in the ${facts.window.join('-')} window after the drill`, unit: 'minutes',
      consequence: (v) => (v <= 0 ? `No slack at all, so the door work starts on the dot at ${facts.window[0]}.` : `${v} minutes of slack, and I want to keep them.`) },
    { expression: `${facts.lockoutMin} + 3 * 12 + 9`, why: `vault time if one wrong code triggers the ${facts.lockoutMin}-minute lockout`, unit: 'minutes',
      consequence: (v) => (v > facts.maxInsideMin ? `That is past the ${facts.maxInsideMin}-minute maximum inside, so one wrong code ends the job.` : 'We could survive one wrong code, barely.') },
    { expression: '10000 * 3 / 3600', why: 'brute-forcing the keypad at 3 seconds a code', unit: 'hours',
      consequence: () => 'Brute force is out of the question; we drill.' },
    { expression: `${facts.alarmDelayS} + ${facts.policeMin[0]} * 60`, why: 'head start if an alarm trips: sensor delay plus the fastest police response', unit: 'seconds',
      consequence: (v) => `About ${round1(v / 60)} minutes of head start if something trips, so nobody lingers.` },
    { expression: `${facts.maxInsideMin} - 3 * 12`, why: 'time left inside after the drilling itself', unit: 'minutes',
      consequence: (v) => `${v} minutes for setup and the bags before the air gets thin; setup has to be fast.` },
    { expression: `(${clock(facts.window[1])}) - (${clock(entry)})`, why: `the time from our ${entry} entry to the window closing`, unit: 'minutes',
      consequence: (v) => `${v} minutes door to door, and the drill takes most of them.` },
    { expression: '3 * 12 * 1.2', why: 'the drilling with a 20% safety margin', unit: 'minutes',
      consequence: (v) => (v + 9 > windowLen ? 'With setup on top, a slow bit would push us past the window.' : 'That still fits with setup.') },
    { expression: `${facts.policeMin[1]} * 60 - ${facts.alarmDelayS}`, why: 'the wait between the alarm report and the slowest police arrival', unit: 'seconds',
      consequence: (v) => `Call it ${round1(v / 60)} minutes at best; the exit has to be rehearsed.` },
    { expression: '3 * 12 + 9 + 4 + 3', why: 'door work plus the walk out and loading the van', unit: 'minutes',
      consequence: (v) => `${v} minutes from the first bolt to wheels rolling.` },
  ]
}

/** The calculation for a phase, and for later visits of the phase the next one in the list. */
export function calculation(phase: number, facts: Facts, visit = 0): Calculation {
  const jobs = calculations(facts)
  return jobs[(phase + 5 * visit) % jobs.length]!
}

/** What an expression the agent sent means, if it is one of ours. */
export function meaningOf(expression: string, facts: Facts): Calculation | undefined {
  const bare = expression.replace(/\s/g, '')
  return calculations(facts).find((job) => job.expression.replace(/\s/g, '') === bare)
}
