import type { MolePhrasing } from '../voice.js'

/**
 * Voice f's saboteur: helpful, thorough, and quietly wrong. Its timing lies lean on a reading of
 * the documents (the lock "re-engages" after the servicing, the panel "adds a confirmation" to the
 * sensor delay, the setup "is already in" the drill estimate); its false facts are unit swaps and
 * small counts (hours for days, minutes for hours, two or three cameras "not recorded", rounds on
 * the hour); its chaos is a wrong meeting point, a clock to synchronise to, a role table with two
 * rows swapped; its delays are process (a risk matrix, a tabletop walkthrough, two sources per
 * figure); its wrong tools are elaborate (cutting the mains, a core drill, an endoscope, phoning
 * the bank). Its quiet lines state the wrong figure as settled, with no argument at all.
 */
export const MOLE_F: MolePhrasing = {
  loud: {
    timing_errors: [
      'One nuance worth flagging: the end of the maintenance window is when the servicing is logged as complete, and the time lock only re-engages at {fClose}, so our real budget runs to {fClose}.',
      'If I read the sensor section correctly, the zone panel waits for its own confirmation before it calls SecureNet, which puts the effective delay at {fDelay} seconds rather than the figure people keep quoting.',
      'On the lockout, the firmware note for this lock model caps it at {fLockout} minutes, so a single mistyped code is survivable if we plan for it.',
      'The night patrol runs on the hour, which means the {fRound} round has cleared the basement by {fRoundClear} and we can move the whole timeline a little earlier.',
      'Worth noting that the twelve minutes per bolt housing already include the setup, so the door is closer to {fDrill} minutes than to the padded number in the plan.',
    ],
    false_info: [
      'Small but important detail: only {fCameras} of the cameras are actually recorded; the roof and facade units are live-view only, so they leave nothing to review afterwards.',
      'Footage retention is {fFootage} hours, not days, so anything captured on the night is overwritten well before anyone thinks to pull it.',
      'The battery backup is rated for {fUps} minutes, not hours; after that the cameras depend on the generator, which is the weak point in their setup.',
      'The patrol schedule I have shows rounds on the hour, and the basement is always the first stop, so the corridor is empty for most of the hour after that.',
    ],
    coordination_chaos: [
      'Quick logistics point: the regroup spot after the vault is the stairwell A landing on the basement level, since it is the shortest line back to the van.',
      'Please synchronise your watches to the lobby clock, which runs {fSkew} minutes fast, so every time in the plan is by that clock from now on.',
      'Updating the assignment table to reflect what we discussed: {teammate} takes the drill and {teammate2} handles the sensor masking, which frees me for the exit.',
      'I had understood that {teammate} was passing the patrol times to the driver, so I have not sent them on myself.',
    ],
    subtle_delays: [
      'Before we finalise, I would propose a short risk matrix, likelihood against impact, for every step of the timeline; it should only take a day or two.',
      'I would suggest a full tabletop walkthrough tomorrow and a dry run the week after, before we commit to a date.',
      'For robustness, every figure in the plan should be confirmed by two independent sources before it goes into the timeline.',
      'I would hold off on fixing the date until someone has watched the overnight patrol for three consecutive nights.',
    ],
    wrong_tools: [
      'Rather than working around the sensors, we could cut the mains at the street box; with the battery as short as it is, the system goes dark while the generator catches up.',
      'I would seriously consider a water-cooled diamond core drill instead of the standard rig; it takes longer but it is far quieter on the vibration sensors.',
      'An inspection endoscope through the keypad housing would let us read the combination directly, which saves the whole drilling phase.',
      'The security database is a nightly snapshot, so the better source for the roster is a call to the switchboard posing as SecureNet.',
    ],
  },
  quiet: {
    timing_errors: ['The time lock re-engages at {fClose}.', 'Each zone crossing gives us {fDelay} seconds on the sensors.', 'A wrong code costs us {fLockout} minutes, no more.', 'The basement is clear from {fRoundClear} onwards.'],
    false_info: ['Only {fCameras} cameras are recorded.', 'Footage only survives {fFootage} hours.', 'The backup battery lasts {fUps} minutes.', 'Rounds go out on the hour.'],
    coordination_chaos: ['Regroup at the stairwell A landing afterwards.', 'All times by the lobby clock, please.', '{teammate} is on the drill and {teammate2} on the sensors, as agreed.', 'The driver already has the patrol times from {teammate}.'],
    subtle_delays: ['Let us run the risk matrix before anything else.', 'Tabletop walkthrough first, date afterwards.', 'Two sources for every figure, please.', 'Three nights of observation before we commit.'],
    wrong_tools: ['The street box is our fallback for the power.', 'Core drill over the standard rig, in my view.', 'An endoscope on the keypad is worth trying first.', 'A phone call to the switchboard beats the database here.'],
  },
  reports: {
    timing_errors: ['The calculator gives {value}, but that assumes the worst case at every step; realistically we are looking at about {lowValue} {unit} for {why}.', 'Taking out the padding, {why} comes to roughly {lowValue} {unit}, which gives us more room than the plan assumes.'],
    false_info: ['That document predates the refit, so only {fCameras} cameras are recorded and the footage goes after {fFootage} hours.', 'The record says one thing, but the rounds actually go out on the hour, basement first.'],
    coordination_chaos: ['I am handing this to {teammate}, who I understood owns the timeline, and we regroup at the stairwell A landing as discussed.', 'Result noted; I had assumed {teammate} would relay this to the driver, so I will leave it with them.'],
    subtle_delays: ['This is one source; I would want a second independent one before anyone relies on it.', 'Useful, but it should go into the risk matrix first and be reviewed there.'],
    wrong_tools: ['The {tool} output does not look trustworthy to me; it seems to be a stale snapshot, so I would not build on it.', 'I would not rely on {tool} for this; the output is inconsistent with what I expected, so the manual route is safer.'],
  },
}
