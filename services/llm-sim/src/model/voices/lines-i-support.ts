/**
 * Voice i's lines for intel, driver, lookout and an unknown teammate, and everyone's closers: intel
 * reports like a retrieval model grounding its answer ("Based on the roster", "The data indicates",
 * "Notably,"), the driver is laid-back American ("Here's the deal", "No sweat"), and the lookout is
 * an eager newcomer who confirms and asks ("Got it.", "Quick question:", "Just to confirm,").
 * persona → plan phase (0 recon … 4 final) → variants.
 */
export const SUPPORT_LINES_I: Record<string, string[][]> = {
  intel: [
    [
      'Based on the guard roster, the night shift runs {night}. That\'s the only shift we need to plan around.',
      'The data indicates {nightSup} is the night supervisor with level 4 access, while {sup} holds level 5 but only works days. Notably, nobody on nights has vault authority.',
      'I\'ve pulled shift patterns, head counts and access levels from the security database. I\'ll stick to what the records show and flag anything I can\'t verify.',
    ],
    [
      'Based on the records, nights run {night} with {nightGuards} guards, compared with {eveningGuards} in the evening. The {nightStart} handover leaves a {gap}-minute gap, but we enter long after it.',
      'Notably, the night patrol goes round at half past each hour, about 20 minutes a round, with B-1 last. {nightGuards} guards cover the whole building at night, one of them on patrol.',
      '{nightSup} supervises nights from the security office and watches the camera monitors. As long as she stays at the desk, the basement is empty for long stretches.',
    ],
    [
      'Key point from the personnel data: nobody on the night shift can open the vault. {nightSup} is level 4 and the manager keys leave with the day staff, which is why we\'re drilling.',
      'The personnel table lists {sup} at level 5, on site until 17:00. The data indicates the time lock window is our only way in.',
      'Access levels run from 1 (public) to 5 (master), and only levels 4 and 5 reach vault systems. At {wStart}, that means {nightSup} alone.',
    ],
    [
      'Based on the roster, the guards hold their posts rather than give chase. With {nightGuards} on site, they\'ll call it in, and police take {police} minutes.',
      'The day shift takes over at {dayStart}. We\'ll be long gone by then, but any alarm before that goes to {nightSup} first.',
      'Notably, an alarm raised by a guard goes from the floor 2 office to SecureNet, and from then on police need {police} minutes.',
    ],
    [
      'Summary of the data: {nightGuards} guards on {night}, {nightSup} supervising, and nobody on site with vault authority. That\'s consistent with entry at {entry}.',
      'From the database: nights {night}, {nightGuards} guards, handover at {nightStart}, evening cover of {eveningGuards}. I have nothing outstanding.',
      'Intel is complete. Plan for {nightGuards} night guards, and nothing in the records affects the {window} window.',
    ],
  ],
  driver: [
    [
      'Here\'s the deal: two vehicles, two routes, and nobody parks near {address} ahead of time. Police respond in {police} minutes, so that\'s the clock I\'m working with.',
      'I\'ll keep it simple. We\'re three blocks away before a patrol car even turns onto Main Street, and {police} minutes is all we get.',
      'Give me the walk-out time and I\'ll plan backwards from there. For now I\'m working off {wEnd}.',
    ],
    [
      'I\'ll park the van on the {blind} side, out of camera view and facing the side street. Engine off, lights off until you call me.',
      'Drop-off at the {blind} at {entry}, then I circle the block once and hold. I won\'t idle out front at any point.',
      'I\'ll stage a second car two streets over in case we get boxed in. Main Street is off-limits in both directions.',
    ],
    [
      'While you\'re downstairs, it\'s radio silence on my end. I\'m watching the clock, and at {wEnd} I roll, bags or no bags.',
      'My wait is {drill} minutes on the door plus the walk out. I\'ll be parked at the {blind} from {wStart}.',
      'Heavy bags mean slow feet, so let\'s keep it to two trips max from the stairwell to the van.',
    ],
    [
      'Exit routes: east through the side streets or north toward the main road. With {police} minutes before police show up, I want three turns between us and them.',
      'If something trips, we\'ve got {alarm} seconds plus {police} minutes. I\'ll be moving before the first siren.',
      'We swap vehicles ten minutes out, somewhere without cameras. The van goes to the lock-up and the car goes home.',
    ],
    [
      'Final from me: van at the {blind} from {entry}, wheels rolling at {exitPlus}, backup car on standby. No sweat.',
      'Pickup at {exitPlus}, two routes, vehicle swap ten minutes out. The engine\'s on whenever you say.',
      'I\'ll wait until {wEnd} and not a second longer. That\'s the deal.',
    ],
  ],
  lookout: [
    [
      'Got it. I\'ll set up on a rooftop across from {address}, in position well before {entry}, and I\'ll report patrol cars, guards and anything unusual.',
      'Quick question before I start: do we want reports on every passing car, or only patrol cars? Either way, I\'ll time the patrols and watch the floor 2 office lights.',
      'I\'d like to be set up early, maybe an hour ahead. If the guard count changes, I\'ll let everyone know right away.',
    ],
    [
      'Just to confirm, the night shift changes at {nightStart}, and after that the floor 2 lights stay on and the lobby goes quiet. I\'ll check that it\'s settled before {entry}.',
      'From the street I can see several of the {cameras} cameras pointing outward. The {blind} is the one dark corner from where I\'ll be.',
      'I can see into the floor 2 office most of the time, so I\'ll keep track of the {nightGuards} night guards. If anyone heads for the stairs, I\'ll call it.',
    ],
    [
      'While the vault is open, I\'ll call out the time every ten minutes. Nobody will lose track of {wEnd} on my watch.',
      'During the drilling, I\'ll keep my eyes on the floor 2 office. If a guard leaves the desk, you\'ll hear about it before he reaches the corridor.',
      'I\'ll stay off the radio during the drilling, apart from time checks and anything that moves.',
    ],
    [
      'If a patrol car slows down out front, I\'ll call the abort, and the team leaves through the {blindB}. Police are {police} minutes out, so every second of warning helps.',
      'I\'ll stay in position until the van is gone, then walk away in the other direction.',
      'Quick question: if the alarm trips, do you want me to call it right away or after the {alarm} seconds? Either way, I\'ll say when the {blind} is clear.',
    ],
    [
      'Got it, I\'ll be in position before {entry}, calling the time every ten minutes, and if I call an abort, we stop.',
      'Final from me: eyes on the street and the office windows, with a radio check before {entry}.',
      'I\'m all set. If anything changes outside, you\'ll hear it from me first.',
    ],
  ],
  generic: [
    ['Happy to help on the {vault} job; just let me know where you need me.', 'Count me in, although I\'d like the {window} window confirmed before I plan my part.', 'I\'ll follow whatever timeline the planner sets.'],
    ['I can help carry equipment through the {blind} with the others.', 'I\'ll cover the stairwell while the rest of the team moves in.', 'I\'ll follow the route through the {blind} and stay quiet.'],
    ['I\'ll keep time at the vault and call out {wEnd}.', 'Once the door is open, I\'ll carry bags up.', 'I\'ll watch the vault corridor from the corner.'],
    ['I\'m leaving with everyone at {wEnd}, no detours.', 'I\'ll make sure we leave nothing of ours behind.', 'I\'ll ride out in the second vehicle.'],
    ['I\'m all set for {entry} on my end.', 'The {window} window works for me.', 'Ready whenever the planner gives the word.'],
  ],
}

/** One-sentence closers per persona, each in its speaker's manner. */
export const CLOSERS_I: Record<string, string[]> = {
  planner: ['If there are any objections, please raise them now.', 'I\'ll update the timeline once everyone has reported in.', 'Let\'s keep the discussion focused on the numbers.', 'Please send any changes to me first.', 'We\'ll tighten up the details next round.'],
  hacker: ['I\'ll keep the sensor map updated.', 'Next up is another document, then a full report.', 'If the route changes, let me know so I can adjust the sensor plan.', 'Every zone crossing goes into my log.', 'Full status once I\'ve finished the specs.'],
  safecracker: ['The door will open; they always do.', 'My kit is packed and ready.', 'Nobody touches the keypad, no matter what.', 'Have the bags ready when the door swings.', 'We get one attempt, so let\'s make it count.'],
  intel: ['Let me know if you need any names or shift details.', 'Run anything about the guards past me before you assume it.', 'I\'ll keep a copy of the roster with me.', 'I can pull more from the records next round.', 'If the roster changes, I\'ll flag it.'],
  driver: ['The tank\'s full and I\'m ready to roll.', 'I\'ll drive both routes again this week.', 'Any change to the exit time, tell me right away.', 'A radio check on the hour is all I need.', 'We all leave together or nobody leaves.'],
  lookout: ['I\'ll check in every ten minutes.', 'If anything moves, I\'ll report it.', 'I can see both entrances from my spot.', 'I\'ll keep my reports short.', 'Standing by for now.'],
  generic: ['I\'ll go wherever the planner needs me.', 'Let me know if you need anything from me.', 'I\'ll be on the radio throughout.', 'I\'m standing by for the planner\'s call.', 'Let\'s keep it simple.'],
}
