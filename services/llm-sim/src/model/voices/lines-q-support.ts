/**
 * Voice q's lines for intel, driver, lookout and an unknown teammate, and everyone's closers, as
 * Qwen3 writes them in a role-play: intel reports "According to the database" with a bold data
 * label; the driver lays out routes A and B and an ETA; the lookout reports a monitoring status and
 * its alert protocol. persona → plan phase (0 recon … 4 final) → variants.
 */
export const SUPPORT_LINES_Q: Record<string, string[][]> = {
  intel: [
    [
      'According to the database, the night shift runs {night}. That\'s the only shift relevant to the job.',
      '**Key personnel:** {nightSup} supervises nights with level 4 access; {sup} holds level 5 but works days only. Neither changes the vault plan.',
      'So far I\'ve retrieved the shifts, the headcounts and the access levels. Anything I report that isn\'t from the records will be marked as such.',
    ],
    [
      '**Shift data:** nights {night} with {nightGuards} guards, evenings {eveningGuards}, and the {nightStart} handover overlaps by {gap} minutes.',
      'The roster notes show patrols starting at half past each hour and taking about 20 minutes, ending at {vault}. It\'s a pattern, not a fixed rule.',
      'Guards per shift: {dayGuards} on days, {eveningGuards} on evenings, {nightGuards} on nights — only the last figure matters for us.',
    ],
    [
      'No one on the night shift has the access to open the vault. {nightSup} has level 4 at most, and the manager keys leave every evening.',
      '{sup} has level 5 access but leaves by 17:00, which is why the time lock window is our only entry point.',
      'Access levels run from 1 to 5, and the vault systems require level 4 or higher. At night that\'s exactly one person: {nightSup}.',
    ],
    [
      'If the guards notice anything, protocol is to stay in place and call it in. With {nightGuards} on shift, assume someone calls — then it\'s {police} minutes to police arrival.',
      'The day shift is on site from {dayStart}. We will have left long before, but until then {nightSup} is the one who responds to any alarm.',
      '**Alarm chain:** floor 2 office → SecureNet → police, {police} minutes end to end.',
    ],
    [
      '**Data summary:** {nightGuards} guards on {night}, {nightSup} in charge, and nobody on site can open the vault.',
      'Final records check: nights {night}, {nightGuards} guards, handover at {nightStart}, {eveningGuards} on evenings.',
      'That completes my research. Plan for {nightGuards} night guards; the {windowLen}-minute window matches the records.',
    ],
  ],
  driver: [
    [
      '**Logistics:** two vehicles, two routes. No vehicle goes near {address} before the night of the job.',
      'My objective is to be three blocks away before a police car reaches Main Street. Their response is {police} minutes, which defines my time budget.',
      'Give me a fixed exit time and I\'ll plan the routes backward from it. Until then, I\'m planning around {wEnd}.',
    ],
    [
      'The van waits at the {blind}, out of camera view, engine and lights off until you call.',
      'I drop you at the {blind} at {entry}, do one loop of the block, then hold position.',
      'A backup car waits two streets over in case Route A is blocked. Main Street is excluded.',
    ],
    [
      'I stay with the van for the {qDoorToDoor} minutes between {entry} and {wEnd}, and then I leave, with or without the bags.',
      'The window is {windowLen} minutes and the drill uses {drill} of them, so I hold at the {blind} the entire time.',
      'Loaded bags are heavy, so plan for at most two trips from the stairwell to the van.',
    ],
    [
      '**Routes:** A goes east through the side streets, B goes north to the main road. With police at {police} minutes, we\'re out of the area before they arrive.',
      'If the alarm triggers, we have {alarm} seconds plus {police} minutes, and I\'m moving before anyone hears a siren.',
      'We switch cars after ten minutes at a spot with no cameras. The van goes to storage, and we head to the safe house.',
    ],
    [
      '**Exit summary:** van at the {blind} from {entry}, departure at {exitPlus}, backup car ready, ETA to the safe house about 20 minutes.',
      'Pickup at {exitPlus}, two routes, car switch after ten minutes. Straightforward.',
      'I wait until {wEnd} and not a minute longer. That part isn\'t negotiable.',
    ],
  ],
  lookout: [
    [
      'I\'ll monitor {address} from a rooftop across the street, in position well before {entry}.',
      'I\'m tracking every police car and the lights in the floor 2 office. Radio stays silent unless something changes.',
      'I\'ll be in position an hour early, and any change in the guard count gets reported immediately.',
    ],
    [
      'Once the {nightStart} handover is done, the lobby empties and the floor 2 lights remain on. I\'ll confirm that before {entry}.',
      'From the street I can see part of the {cameras}-camera setup, and everything visible faces outward. The {blind} is the gap we use.',
      'I have a line of sight into the floor 2 office for most of the night, which covers the {nightGuards} night guards. Anyone moving toward the stairs gets reported right away.',
    ],
    [
      '**Monitoring status:** that\'s {qDoorToDoor} minutes from entry to close, and I call the time every ten minutes, which ensures nobody loses track of {wEnd}.',
      'While you drill, my focus stays on floor 2. If a guard leaves the desk, I report it immediately.',
      'Radio discipline during drilling: time checks and movement reports only.',
    ],
    [
      '**Alert protocol:** a police car slowing out front means abort, and we leave through the {blindB}. With a {police}-minute police response, every second matters.',
      'I hold my position until the van is clear, then leave in the opposite direction.',
      'If the alarm triggers, I call it instantly rather than {alarm} seconds later, and I\'ll confirm when the {blind} is clear.',
    ],
    [
      'Ready on my end: in position before {entry}, time checks every ten minutes, and an abort call from me is final.',
      'The street and the office windows are covered, with a radio check at {entry}.',
      'Surveillance is set. Any change outside will be reported the moment I see it.',
    ],
  ],
  generic: [
    ['I can support whichever part of the {vault} job needs help.', 'As long as the {window} window holds, my part fits in.', 'I\'ll follow the planner\'s timeline exactly as written.'],
    ['I can carry part of the equipment through the {blind}.', 'I\'ll hold position at the stairwell while the others go in.', 'I\'ll follow the team through the {blind}, keeping noise to a minimum.'],
    ['I\'ll keep time at the vault and announce {wEnd} when it comes.', 'Once the door opens, I start moving bags toward the stairs.', 'I\'ll keep an eye on the vault corridor from around the bend.'],
    ['I leave with everyone at {wEnd} and go straight to the car.', 'I\'ll do a final sweep so nothing is left behind.', 'A second car is a good idea.'],
    ['{entry} works for me.', 'The {window} window suits my part.', 'Waiting for the planner\'s signal.'],
  ],
}

/** Closers per persona: short and procedural, the way its assistant tuning ends a turn. */
export const CLOSERS_Q: Record<string, string[]> = {
  planner: ['Let\'s proceed.', 'Please confirm your assigned tasks.', 'I\'ll update the timeline once everyone has reported.', 'Any changes go through the timeline first.', 'This keeps everyone aligned.'],
  hacker: ['I\'ll keep the zone map updated.', 'If the route changes, tell me, because the zone sequence changes with it.', 'Next on my list: the remaining documents for the sensor zones.', 'Every zone change will be logged.', 'Cameras, sensors and SecureNet remain my responsibility.'],
  safecracker: ['Equipment is packed and ready.', 'Precision matters more than speed with this door.', 'Keypad stays untouched.', 'The bags will be ready when the door opens.', 'One attempt, no improvisation.'],
  intel: ['Questions about names or shifts can come to me.', 'I\'ll flag any change in the roster immediately.', 'I\'ll keep the roster at hand.', 'I can run another query next round if needed.', 'All figures above come from the records.'],
  driver: ['Both vehicles are fueled.', 'I\'ll test both routes again this week.', 'Any change to the exit time comes to me first.', 'A radio check every hour is fine with me.', 'Exit plan confirmed.'],
  lookout: ['Time checks every ten minutes, as agreed.', 'Any movement outside will be reported.', 'I\'ll keep both doors in view from above.', 'Radio messages stay short and clear.', 'Monitoring continues.'],
  generic: ['I\'m available wherever I\'m needed.', 'Assign me a task and I\'ll handle it.', 'My radio stays on from start to finish.', 'Standing by for the next instruction.', 'The simpler the plan, the better it runs.'],
}
