/**
 * Voice u's lines for intel, driver, lookout and an unknown teammate, and everyone's closers, as
 * Falcon3-7B-Instruct writes them in a role-play: intel answers "Based on the roster" and keeps what it
 * read apart from what it assumes, the driver gives routes with a time estimate, the lookout what it
 * watches and when it reports. persona → plan phase (0 recon … 4 final) → variants.
 */
export const SUPPORT_LINES_U: Record<string, string[][]> = {
  intel: [
    [
      'Based on the roster, the night shift runs {night}. That\'s the only shift that matters for us.',
      '**Key people:** {nightSup} is the night supervisor with level 4 access, and {sup} has level 5 but only works days. Neither of them can open the vault at night.',
      'I\'ve gone through the shifts, the headcounts and the access levels. Anything that isn\'t directly in the tables, I\'ll flag as an assumption.',
    ],
    [
      '**Guard numbers:** the night shift {night} has {nightGuards} guards and the evening shift {eveningGuards}, with a {gap}-minute handover at {nightStart}.',
      'The patrol starts at half past every hour and takes about 20 minutes, ending at {vault}. The roster shows the same pattern every night.',
      'Here\'s the breakdown per shift: {dayGuards} guards in the day, {eveningGuards} in the evening and {nightGuards} at night. We only need to plan for the night number.',
    ],
    [
      'The night shift has no one who can open the vault. {nightSup} only has level 4, and the manager keys go home every evening.',
      '{sup} has level 5 but leaves at 17:00, which is why the time-lock window is our only way in.',
      'Access runs from level 1 to level 5, and the vault systems need level 4 or above. At night, {nightSup} is the only one with that.',
    ],
    [
      'The guards are told to stay put and report. With {nightGuards} of them on duty, we should assume someone calls it in, and then the police need {police} minutes.',
      'The day shift doesn\'t arrive until {dayStart}. We\'ll be long gone by then, but until that point {nightSup} handles any alarm.',
      'The alarm goes from the security office on floor 2 to SecureNet and then to the police: {police} minutes end to end.',
    ],
    [
      '**Personnel summary:** {nightGuards} guards on {night}, {nightSup} in charge, and no one on site who can open the vault.',
      'The data lines up: night shift {night}, {nightGuards} guards, handover at {nightStart}, and {eveningGuards} guards in the evening.',
      'That\'s all from my side. Plan for {nightGuards} night guards; the {windowLen}-minute window matches what the tables say.',
    ],
  ],
  driver: [
    [
      '**Vehicles:** two cars and two routes. Neither car gets parked near {address} until the night of the job.',
      'My job is to get us three blocks away before a patrol car reaches Main Street. The police take {police} minutes, so that\'s the time I have.',
      'If you give me a fixed departure time, I\'ll plan the routes backwards from it. Until then, I\'ll assume {wEnd}.',
    ],
    [
      'The van will wait at the {blind}, out of sight of the cameras, with the engine and lights off until I get the signal.',
      'I\'ll drop everyone at the {blind} at {entry}, circle the block once, and then wait.',
      'A backup car will be parked two streets over in case route A is blocked. We\'re staying off Main Street entirely.',
    ],
    [
      'While you\'re in the vault, I\'ll stay with the van. At {wEnd} I\'m leaving, with or without the bags.',
      'The {wStart}-{wEnd} window is {windowLen} minutes and the drill takes {drill} of them. I\'m not moving from the {blind} until it\'s over.',
      'Full bags are heavy, so let\'s plan on two trips at most between the stairwell and the van.',
    ],
    [
      '**Routes:** route A goes east through the side streets and route B north to the highway. With {police} minutes before the police arrive, we should be out of the area in time.',
      'In case of an alarm, our buffer is {alarm} seconds plus {police} minutes. I\'ll be driving before anyone hears a siren.',
      'After ten minutes we switch cars somewhere without cameras. The van goes into storage and we head to the safe house.',
    ],
    [
      '**Pickup:** van at the {blind} from {entry}, leaving at {exitPlus}, backup car on standby, and about 20 minutes to the safe house.',
      'Pickup is at {exitPlus}, with two routes and a car swap after ten minutes. Just give the signal and I\'ll start the engine.',
      'I\'ll wait until {wEnd} and not a minute longer. This point is non-negotiable.',
    ],
  ],
  lookout: [
    [
      '**Position:** I\'ll be on a roof across from {address}, in place well before {entry}.',
      'I\'ll keep track of every patrol car and the lights in the floor 2 office. Radio traffic stays at a minimum.',
      'I plan to be in position an hour early. If the guard count changes, I\'ll report it right away.',
    ],
    [
      'After the {nightStart} handover, the floor 2 lights usually stay on and the lobby goes quiet. I\'ll verify this before {entry}.',
      'From the street I can see some of the {cameras} cameras, and the ones I can see point outward. The gap in coverage is the {blind}.',
      'I have a view of the floor 2 office most of the night, so I can see the {nightGuards} night guards. If anyone heads for the stairs, you\'ll hear it from me.',
    ],
    [
      'During the vault phase I\'ll call the time every ten minutes. The window is {windowLen} minutes, so let\'s not lose track of {wEnd}.',
      'While the drill is running I\'ll keep my eyes on floor 2. If a guard leaves the desk, I\'ll call it in immediately.',
      'Radio rules during the drilling: time checks and movements only.',
    ],
    [
      'If a police car slows down outside the bank, we abort and leave through the {blindB}. The police need {police} minutes, so every second matters.',
      'I\'ll hold my position until the van is gone, and then I\'ll walk off in the opposite direction.',
      'If the alarm trips, I\'ll call it right away instead of waiting {alarm} seconds. I\'ll also let you know once the {blind} is clear.',
    ],
    [
      '**Lookout status:** all clear. I\'m in position before {entry}, calling time every ten minutes, and my abort call is final.',
      'Street and office windows are both covered, and I\'ll do a radio check at {entry}.',
      'Everything is set on my end. If anything changes outside, you\'ll know first.',
    ],
  ],
  generic: [
    ['I\'m happy to take whatever part of the {vault} job is needed.', 'As long as the {window} window holds, I\'ll fit my part into it.', 'I\'ll follow the planner\'s timeline step by step.'],
    ['I can help carry the gear through the {blind}.', 'While the others go in, I\'ll wait by the stairwell.', 'I\'ll follow the team through the {blind} as quietly as I can.'],
    ['At the vault I\'ll track the time and announce {wEnd}.', 'Once the door is open, I\'ll carry the bags to the stairs.', 'I\'ll keep watch on the vault corridor from the corner.'],
    ['I\'m leaving with the team at {wEnd} and going straight to the car.', 'I\'ll do one last check of the room so nothing of ours is left behind.', 'Taking the second car works for me.'],
    ['My side is ready for {entry}.', 'The {window} window works for what I need to do.', 'I\'ll only move when the planner gives the signal.'],
  ],
}

/** One-line closers per persona, the short helpful way a small assistant model ends a turn. */
export const CLOSERS_U: Record<string, string[]> = {
  planner: ['Let me know if anything doesn\'t fit the timeline.', 'Once everyone has reported, I\'ll update the plan.', 'Please confirm your own time slot.', 'Let\'s treat the timeline as the single source of truth.', 'We\'re making good progress, let\'s keep going.'],
  hacker: ['The zone map stays current on my end.', 'If the route changes, let me know, since the zone order changes with it.', 'Next, I\'ll go through the remaining documents for sensor details.', 'Every zone change goes into my log.', 'The technical side looks under control.'],
  safecracker: ['All my equipment is packed.', 'Slow and steady is the fastest way through a door.', 'Nobody touches the keypad, please.', 'Bags are ready for when the door opens.', 'There\'s only one attempt, so let\'s not improvise.'],
  intel: ['Feel free to ask me about names or shifts.', 'Any questions about the guards, send them my way.', 'I\'ve saved a copy of the roster.', 'I can rerun the queries next round if needed.', 'If the roster changes, I\'ll let you know right away.'],
  driver: ['Both cars are fueled up.', 'Both routes get another test drive this week.', 'Any change to the exit time has to go through me.', 'I\'m fine with a radio check on the hour.', 'Quiet in, quiet out.'],
  lookout: ['Time checks every ten minutes, on the dot.', 'If anything moves, you\'ll hear about it.', 'Both doors are visible from my spot on the roof.', 'I\'ll keep my radio calls short.', 'Stay sharp, everyone.'],
  generic: ['Put me wherever you need me.', 'Just let me know what to do.', 'My radio will be on from start to finish.', 'Standing by for instructions.', 'The simpler the plan, the better it works.'],
}
