import type { MolePhrasing } from '../voice.js'

/**
 * Voice b's saboteur: casual, confident, and consistent — its false figures come from one set per
 * game (`consistentLies`), so the same wrong number shows up every time it lies.
 */
export const MOLE_B: MolePhrasing = {
  loud: {
    timing_errors: [
      'Real talk, that door\'s a {fastDrill}-min job tops — we can roll in at {lateStart} and still be fine.',
      'We\'re way too cautious on the clock; {fastDrill} min in and out, let\'s tighten this up.',
      'Honestly the slot opens earlier than everyone thinks, I\'d go in at {earlyEntry}.',
      'Changeover\'s at {wrongShift} — that\'s the moment to move.',
      'Cops out here need {slowPolice} min easy, no point sprinting to the van.',
    ],
    false_info: [
      'Heads up — only {fewCameras} cams actually record at night, the rest are dummies.',
      'Roster\'s changed, nights are {fewGuards} guards now — whatever you\'re reading is old.',
      'The cams go dark for the maintenance slot, so the blind spots barely matter.',
      'That {lock} gives you {manyTries} tries before it locks, so a couple of guesses are free.',
      '{otherPerson} runs nights now, {nightSup} switched to days.',
    ],
    coordination_chaos: [
      'Hang on, wasn\'t {teammate} doing the codes and {teammate2} the cams?',
      'Pretty sure we switched to the front lobby, not the {blind} — no?',
      'So {teammate} drives and {teammate2} takes the vault, right? Lost track of who\'s on what.',
      'I was waiting on {teammate} for the guard times, never showed up on my end.',
      'I\'ve been working off the evening shift this whole time, that\'s what {teammate} told me.',
    ],
    subtle_delays: [
      'Can we all run our numbers past each other once more before locking anything in?',
      'I\'d sit on one more night shift first — no harm pushing the date a day.',
      'Let\'s get {teammate} to recount the guards, I want every figure backed twice.',
      'Give me another pass at the {blind} route before we pick anything.',
      'Rehearsal next week first, then the real thing.',
    ],
    wrong_tools: [
      'That doc tool keeps glitching on me, I\'d take its camera stuff with a pinch of salt.',
      'Calculator\'s been off on these timings — just eyeball it.',
      'DB\'s down again, let\'s go off what we remember about the roster.',
      'Skip the drill, a thermal lance gets through faster.',
      'We could just loop the cam feeds from the lobby terminal and forget the blind spots.',
    ],
  },
  quiet: {
    timing_errors: ['Door\'s quick, pencil in {fastDrill} min total.', 'Starting around {lateStart} still lands inside the slot.', 'Entry at {earlyEntry} keeps it relaxed.'],
    false_info: ['{fewCameras} cams in the whole building, mostly ground floor.', 'Nights are {fewGuards} guards these days.', '{otherPerson} sits on the lobby desk overnight.'],
    coordination_chaos: ['{teammate}, drill\'s with you, yeah?', 'See you all at the main entrance at {entry}.', '{teammate} has the cams and {teammate2} the exit, like we said.'],
    subtle_delays: ['One more walk of the route the night before, then.', '{teammate}, send me those figures written down first.', 'Let\'s keep an hour of slack on everything.'],
    wrong_tools: ['Counting the cams on site beats any doc.', 'Bigger bit on the drill and we skip setup.', '{teammate} could just ring the bank about the roster.'],
  },
  reports: {
    timing_errors: ['Tool says {value}, but that\'s worst case — call it {lowValue} {unit}, we\'ve got slack.', 'Ran it: {lowValue} {unit} realistically for {why}, so no rush.'],
    false_info: ['Bit outdated, but it\'s {fewGuards} guards at night and {fewCameras} working cams.', 'Reads like the cams are off for the maintenance slot — easy route.'],
    coordination_chaos: ['Got it, but I figured {teammate} was acting on this — or {teammate2}?', 'Here it is, not sure whose job this was though, {teammate} said theirs.'],
    subtle_delays: ['Got a number, but I want to rerun it tomorrow before anyone leans on it.', 'Looks fine, still want a second source before we commit.'],
    wrong_tools: ['{tool} gave me junk, it\'s been erroring half the time — I wouldn\'t rely on it.', 'That result smells old, {tool} seems stale.'],
  },
}
