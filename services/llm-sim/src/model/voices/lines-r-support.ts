/**
 * Voice r's lines for intel, driver, lookout and an unknown teammate, and everyone's closers, as
 * Mistral Small 3.2 writes them in a role-play: intel reports "from the records" and picks out what
 * stands out; the driver is brief and practical; the lookout answers like a radio operator ("Copy.",
 * "I'll call it in."). persona → plan phase (0 recon … 4 final) → variants.
 */
export const SUPPORT_LINES_R: Record<string, string[][]> = {
  intel: [
    [
      'From the records: the night shift runs {night}. That is the only shift we need to care about.',
      '**Key People**: {nightSup} is the night supervisor with level 4 access, and {sup} has level 5 but only works days. Neither of them changes how we get into the vault.',
      'So far I have the shifts, the headcounts and the access levels from the database. If something I say doesn\'t come from those tables, I\'ll say so.',
    ],
    [
      'Two things stand out in the roster: nights are {night} with {nightGuards} guards, and the {nightStart} handover overlaps by {gap} minutes. Evenings have {eveningGuards}.',
      'From the records, patrols leave at half past each hour, take about 20 minutes and end at {vault}. That is a habit, not a rule, so we watch for it.',
      'Guards per shift: {dayGuards} on days, {eveningGuards} on evenings, {nightGuards} on nights. The night figure is the one that matters.',
    ],
    [
      'Nobody working nights is able to open the vault. {nightSup} only has level 4, and the manager keys go home with the managers.',
      '{sup} has level 5 and leaves at 17:00. That is why the time lock window is our only way in.',
      'Access goes from level 1 to level 5, and the vault systems need at least 4. On a night that means {nightSup} and nobody else.',
    ],
    [
      'The guards\' instructions are to hold their post and call it in. With {nightGuards} on duty, assume one of them calls, and then police need {police} minutes.',
      'The day guards arrive at {dayStart}. We\'re long gone by then, but until then {nightSup} handles any alarm.',
      'From the records, the alarm goes from the floor 2 office to SecureNet to the police, {police} minutes in all.',
    ],
    [
      '**Intel Summary**: {nightGuards} guards on {night}, {nightSup} in charge, and nobody in the building who can open the vault.',
      'What the tables say, in short: nights {night}, {nightGuards} guards, handover at {nightStart}, {eveningGuards} on evenings.',
      'I\'m done with the research. We plan for {nightGuards} guards on nights, and the {windowLen}-minute window matches the records.',
    ],
  ],
  driver: [
    [
      'Two vehicles and two routes, and neither goes near {address} before the night itself.',
      'My part is simple: three blocks away before a patrol car reaches Main Street. Police need {police} minutes, and that\'s what I plan for.',
      'Give me a fixed exit time and I\'ll work the routes back from it. For now I\'m using {wEnd}.',
    ],
    [
      'The van waits at the {blind}, where no camera sees it. Engine off and lights off until I get the call.',
      'I drop everyone at the {blind} at {entry}, go once around the block and wait.',
      'The second car waits two streets away in case the first route is blocked. Main Street stays out of it.',
    ],
    [
      'I stay with the van the whole time you\'re in the vault. At {wEnd} I drive, with or without the bags.',
      'The window is {windowLen} minutes and the drill takes {drill} of them. I don\'t leave the {blind} in that time.',
      'Full bags are heavy, so two trips at most from the stairwell to the van.',
    ],
    [
      '**Getaway Routes**: east through the side streets, or north to the main road. Police need {police} minutes, so we\'re out of the area before that.',
      'If the alarm goes, we have {alarm} seconds plus {police} minutes. I\'m driving before anyone hears a siren.',
      'We switch cars after ten minutes, somewhere without cameras. The van goes into storage and we go to the safe house.',
    ],
    [
      'Vehicle\'s ready: the van at the {blind} from {entry}, leaving at {exitPlus}. The second car is ready and the safe house is about 20 minutes away.',
      'Pickup at {exitPlus}, two routes, a car switch after ten minutes. The engine starts when you say so.',
      'I hold the van until {wEnd}, and then I\'m gone. That isn\'t up for discussion.',
    ],
  ],
  lookout: [
    [
      'Copy. I\'ll watch {address} from a roof across the street, in place well before {entry}.',
      'I\'ll note every patrol car and the lights in the floor 2 office. I keep the radio quiet unless something changes.',
      'I\'ll be up there an hour early. If the number of guards changes, I\'ll call it in right away.',
    ],
    [
      'After the {nightStart} handover the office lights on floor 2 stay on and the lobby goes quiet. I\'ll check it again before {entry}.',
      'From the street I can see part of the {cameras}-camera setup, and all of it faces out. That leaves the {blind} as our gap.',
      'I can see the floor 2 office most of the night, so I\'ll have the {nightGuards} night guards in view. If one heads for the stairs, I\'ll call it in.',
    ],
    [
      'During the vault phase I give a time check every ten minutes. The window is {windowLen} minutes and nobody loses track of {wEnd}.',
      'While you drill I keep my eyes on floor 2. If a guard leaves the desk, you hear it from me at once.',
      'Copy on radio discipline: during the drill it\'s time checks and movement, nothing else.',
    ],
    [
      'A patrol car slowing down out front means abort, out through the {blindB}. Police need {police} minutes, so every second counts.',
      'I hold my position until the van is gone, then I walk off the other way.',
      'If the alarm goes, I call it at once, not {alarm} seconds later. I\'ll also tell you once the {blind} is clear.',
    ],
    [
      'Copy, all set: in position before {entry}, time checks every ten minutes, and if I call abort, it\'s final.',
      'I have the street and the office windows covered, with a radio check at {entry}.',
      'Lookout is ready. If anything changes outside, I\'ll call it in first.',
    ],
  ],
  generic: [
    ['I can take any part of the {vault} job that needs a hand.', 'If the {window} window holds, my part fits into it.', 'I\'ll go with the planner\'s schedule as it is.'],
    ['I can carry gear through the {blind}.', 'I\'ll wait at the stairwell while the others go in.', 'I\'ll follow the team through the {blind} without a sound.'],
    ['I\'ll keep the time at the vault and call out {wEnd}.', 'When the door opens, I move the bags to the stairs.', 'The vault corridor is mine to watch, from the corner.'],
    ['Out with everyone at {wEnd}, straight to the car.', 'I\'ll check that we leave nothing behind.', 'The second car is fine by me.'],
    ['I\'m set for {entry}, no problem.', 'The {window} window suits my part fine.', 'Waiting for the go from the planner.'],
  ],
}

/** One-line closers per persona, plain and practical. */
export const CLOSERS_R: Record<string, string[]> = {
  planner: ['If something doesn\'t fit the schedule, tell me now.', 'I\'ll update the schedule once everyone has reported.', 'Each of you, confirm your part.', 'The schedule is what we go by.', 'Good progress, let\'s keep it that way.'],
  hacker: ['I keep the zone map up to date.', 'If the route changes, tell me, because the zone order changes with it.', 'Next I go through the rest of the documents for zones and delays.', 'I note every zone change.', 'Cameras, sensors and SecureNet are on me.'],
  safecracker: ['The rig is packed and ready.', 'Slow and steady gets the door open.', 'Keep your hands off that keypad.', 'The bags are ready for when the door opens.', 'We get one try at this door.'],
  intel: ['Questions about names and shifts come to me.', 'If you have a question about the guards, ask me.', 'I have a copy of the roster.', 'I can run the tables again next round.', 'If the roster changes, you\'ll know right away.'],
  driver: ['The tanks are full in both cars.', 'This week I\'ll drive both routes one more time.', 'If the exit time moves, tell me before anyone else.', 'A radio check every hour works for me.', 'In clean, out clean.'],
  lookout: ['Time checks every ten minutes, on the minute.', 'If anything moves out there, I\'ll call it in.', 'Both doors are in view from my spot.', 'I keep the radio short.', 'Copy, standing by.'],
  generic: ['Put me wherever I\'m needed.', 'Give me a task and I\'ll do it.', 'My radio stays on the whole way.', 'I\'m waiting for the next call.', 'Simple is better than clever.'],
}
