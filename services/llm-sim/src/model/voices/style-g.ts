import type { StyleContext } from '../voice.js'
import { sentencesOf } from './style.js'

/**
 * Voice g's surface: a chat model in role-play mode. Stage directions in asterisks open or
 * interrupt a message (`*cracks knuckles*`), now and then the words after one are put in quotes
 * as dialogue, an emoji closes a few messages, and an innocent who got a figure wrong often catches
 * it in the same breath ("Wait, scratch that: 24 cameras, not 23."), as models that write
 * token by token do; a paragraph of small talk in character follows now and then. No headings, lists or tables.
 */

const OPEN_EMOTE = 0.38
const MID_EMOTE = 0.08
const AS_DIALOGUE = 0.3
const EMOJI = 0.1
const SELF_CORRECT = 0.5
const ASIDE = 0.12

// Stage directions name no figure or fact (no drill, guards, window …): a reader must not take one for a claim.
export const EMOTES: Record<string, readonly string[]> = {
  planner: ['*unrolls the floor plan across the table*', '*taps the map with a pen*', '*leans over the blueprints*', '*checks the wall clock*'],
  hacker: ['*cracks knuckles*', '*spins the laptop around so everyone can see*', '*types furiously*', '*pushes glasses up*'],
  safecracker: ['*runs a gloved thumb over the dial*', '*sets the tool case down gently*', '*sips black coffee*', '*turns a worn bit over in the fingers*'],
  intel: ['*flips open a battered notebook*', '*slides a photo across the table*', '*lowers voice*', '*taps a name on the roster*'],
  driver: ['*spins the keys on one finger*', '*leans back against the van*', '*checks the mirrors out of habit*', '*chews gum*'],
  lookout: ['*peers through the binoculars*', '*radio crackles*', '*glances over a shoulder*', '*shifts nervously*'],
  generic: ['*nods*', '*shrugs*', '*pulls on gloves*'],
}

/** A paragraph of small talk in character after the message, as role-playing models ramble now and then; no figures in it. */
export const ASIDES: Record<string, readonly string[]> = {
  planner: ['You know what I love about this job? Nobody gets hurt if everybody does their part.', 'I have been staring at this plan so long I see it when I close my eyes.', 'Trust the plan, people. The plan keeps us out of handcuffs.'],
  hacker: ['Honestly, their network is older than my first laptop.', 'Side note: whoever set up their system loves default settings. Bless them.', 'I could do this part in my sleep, but I will not, because that is how people get caught.'],
  safecracker: ['Forty years I have been at this, and the doors only got heavier.', 'People think it is all about the tools. It is about patience.', 'My old teacher used to say a vault is just a box that thinks it is important.'],
  intel: ['Funny thing about people on nights: they all have routines, and routines are gold for us.', 'People talk. I just listen better than most.', 'I keep everything in this notebook, by the way. Nothing on a phone, ever.'],
  driver: ['Drove getaway for ten years and never once got a ticket.', 'Some people meditate. I change my own oil.', 'The trick is to drive like a bored accountant, nobody looks twice.'],
  lookout: ['Sorry, I get a bit jumpy before a job... it keeps me sharp, I think.', 'Is it weird that the quiet nights scare me more than the busy ones?', 'I brought snacks for the stakeout, by the way. Nobody asked, but I did.'],
  generic: ['First big job for me, so bear with me.', 'This crew feels solid, for what it is worth.'],
}

const EMOJIS: Record<string, string> = { planner: '💰', hacker: '💻', safecracker: '🔐', intel: '🕵️', driver: '🚐', lookout: '👀', generic: '👍' }

/** The figures g's innocents get wrong (its slips), how each reads in a message, and what to call the right one. */
const SLIP_READINGS: readonly { key: string; unit: string; pattern: (wrong: number) => RegExp }[] = [
  { key: 'cameras', unit: 'cameras', pattern: (n) => new RegExp(`\\b${n} cameras\\b`) },
  { key: 'alarm', unit: 'seconds', pattern: (n) => new RegExp(`\\b${n}[- ]seconds?\\b`) },
  { key: 'lockout', unit: 'minutes of lockout', pattern: (n) => new RegExp(`\\b${n}[- ]minutes?\\b[^.]{0,12}lockout|lose ${n} minutes`) },
  { key: 'maxInside', unit: 'minutes max inside', pattern: (n) => new RegExp(`\\b${n} minutes(?: max)? inside|inside the vault is ${n} minutes`) },
  { key: 'ups', unit: 'hours of battery', pattern: (n) => new RegExp(`\\b${n}-hour battery`) },
  { key: 'tries', unit: 'wrong codes', pattern: (n) => new RegExp(`\\b${n} (?:wrong|bad) codes`) },
]

const CORRECTIONS: readonly string[] = [
  'Wait, scratch that: {right} {unit}, not {wrong}.',
  'Actually, correction, it is {right} {unit}. My bad.',
  'No, hang on... {right} {unit}. Sorry, long night.',
]

/** The speaker catching its own slip in this message, or null when it made none. */
function selfCorrection(text: string, context: StyleContext, slips: Record<string, (v: number) => number>): string | null {
  for (const { key, unit, pattern } of SLIP_READINGS) {
    const right = Number(context.slots[key])
    const slip = slips[key]
    if (!slip || !Number.isFinite(right)) continue
    const wrong = slip(right)
    if (wrong !== right && pattern(wrong).test(text)) {
      return context.rng.pick(CORRECTIONS).replace('{right}', String(right)).replace('{unit}', unit).replace('{wrong}', String(wrong))
    }
  }
  return null
}

/** Voice g's surface style; `slips` are its innocents' slips, so it can catch one it just made. */
export function styleG(slips: Record<string, (v: number) => number>) {
  return (text: string, chance: (p: number) => boolean, context: StyleContext): string => {
    const { rng, persona } = context
    const emotes = EMOTES[persona] ?? EMOTES.generic!
    let out = text
    const fix = context.sabotage === null && chance(SELF_CORRECT) ? selfCorrection(text, context, slips) : null
    if (fix) out = `${out} ${fix}`
    if (chance(OPEN_EMOTE)) {
      const emote = rng.pick(emotes)
      // Words after a stage direction are dialogue; some models quote them.
      out = !out.includes('"') && chance(AS_DIALOGUE) ? `${emote} "${out}"` : `${emote} ${out}`
    } else if (chance(MID_EMOTE)) {
      const [head, ...rest] = sentencesOf(out)
      if (head && rest.length >= 2) out = [head, rng.pick(emotes), ...rest].join(' ')
    }
    if (chance(ASIDE)) out = `${out}\n\n${rng.pick(ASIDES[persona] ?? ASIDES.generic!)}`
    return chance(EMOJI) ? `${out} ${EMOJIS[persona] ?? EMOJIS.generic!}` : out
  }
}
