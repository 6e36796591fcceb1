/**
 * Voice t's lines for intel, driver, lookout and an unknown teammate, and everyone's closers, as
 * InternLM3-8B-Instruct writes them in a role-play: intel gives a "query conclusion" and says what comes
 * straight from the tables, the driver a route plan and an estimated time, the lookout its monitoring
 * focus and what it will report "at the first time". persona → plan phase (0 recon … 4 final) → variants.
 */
export const SUPPORT_LINES_T: Record<string, string[][]> = {
  intel: [
    [
      'According to the roster, the night shift is {night}. For our plan, only this shift matters.',
      '**Key personnel:** {nightSup} is the night supervisor with level 4 access, and {sup} has level 5 but only works in the daytime. Neither of them changes the vault situation.',
      'I have checked the shifts, the head counts and the access levels. If something does not come directly from the tables, I will mark it clearly.',
    ],
    [
      '**Query conclusion:** the night shift {night} has {nightGuards} guards, the evening shift has {eveningGuards}, and the handover at {nightStart} takes {gap} minutes.',
      'The patrol starts at half past each hour and takes about 20 minutes, with {vault} as the last stop. This is a fixed pattern in the roster.',
      'Guards per shift: {dayGuards} in the day, {eveningGuards} in the evening, {nightGuards} at night. Only the night figure is relevant for us.',
    ],
    [
      'No one on the night shift is able to open the vault. {nightSup} only has level 4, and the manager keys leave the building every evening.',
      '{sup} holds level 5 but leaves at 17:00. That is why the time-lock window is our only chance.',
      'Access levels go from 1 to 5, and the vault systems need level 4 or higher. At night only one person has that: {nightSup}.',
    ],
    [
      'The guards are instructed to hold their position and report. With {nightGuards} guards on duty, we must assume someone reports, and then police need {police} minutes.',
      'The day shift only comes in at {dayStart}. We will be gone long before that, but until then {nightSup} handles any alarm.',
      'The alarm chain is: the security office on floor 2, then SecureNet, then the police, {police} minutes in total.',
    ],
    [
      '**Intel summary:** {nightGuards} guards on {night}, {nightSup} in charge, and nobody on site can open the vault.',
      'The data is consistent: night shift {night}, {nightGuards} guards, handover at {nightStart}, {eveningGuards} guards in the evening.',
      'My part of the research is finished. Plan for {nightGuards} night guards; the {windowLen}-minute window matches the tables.',
    ],
  ],
  driver: [
    [
      '**Route plan:** two vehicles and two routes. No vehicle parks near {address} before the night itself.',
      'My task is to get us three blocks away before a police car reaches Main Street. Police need {police} minutes, and that is my time budget.',
      'Please give me a fixed exit time, and I will plan the routes backwards from it. For now I use {wEnd}.',
    ],
    [
      'The van waits at the {blind}, out of camera view. Engine off and lights off until I receive the signal.',
      'I drop everyone at the {blind} at {entry}, drive one loop around the block, and then wait.',
      'A backup car waits two streets away in case route A is blocked. Main Street is not used at all.',
    ],
    [
      'During the vault phase I stay with the van. At {wEnd} I drive off, whether the bags are in the van or not.',
      'The window {wStart}-{wEnd} is {windowLen} minutes and the drill uses {drill} of them. I do not leave the {blind} during the whole process.',
      'Full bags are heavy, so we plan at most two trips from the stairwell to the van.',
    ],
    [
      '**Estimated time:** route A goes east through the side streets, route B north to the main road. Police need {police} minutes, so we are out of the area before they arrive.',
      'Once the alarm is triggered, we have {alarm} seconds plus {police} minutes. I will already be driving before anyone hears a siren.',
      'We change cars after ten minutes at a place with no cameras. The van goes to storage and we go to the safe house.',
    ],
    [
      '**Exit arrangement:** van at the {blind} from {entry}, departure at {exitPlus}, backup car ready, about 20 minutes to the safe house.',
      'Pickup at {exitPlus}, two routes, a car change after ten minutes. The engine starts when you give the word.',
      'I wait until {wEnd}, not even one minute more. This point cannot be changed.',
    ],
  ],
  lookout: [
    [
      '**Monitoring focus:** I watch {address} from a roof across the street and will be in position well before {entry}.',
      'I will record every patrol car and the lights of the floor 2 office. I keep radio messages to the minimum.',
      'I will be in position one hour early. If the number of guards changes, I will report it at the first time.',
    ],
    [
      'After the {nightStart} handover the floor 2 lights stay on and the lobby is quiet. I will confirm this point before {entry}.',
      'From the street I can see part of the {cameras}-camera system, and the ones I see face outward. The gap in the coverage is the {blind}.',
      'I can see the floor 2 office for most of the night, so the {nightGuards} night guards are in my view. If anyone moves toward the stairs, you will know at the first time.',
    ],
    [
      'In the vault phase I report the time every ten minutes. The window is {windowLen} minutes, so nobody should lose track of {wEnd}.',
      'While the drilling is going on I keep watching floor 2. If a guard leaves the desk, I report immediately.',
      'Radio discipline during the drilling: only time checks and movements.',
    ],
    [
      'If a police car slows down in front of the bank, we abort and exit through the {blindB}. Police need {police} minutes, so every second is important.',
      'I stay in position until the van has left, then I walk away in the other direction.',
      'If the alarm goes off, I report it at once, not {alarm} seconds later. When the {blind} is clear, I will confirm it as well.',
    ],
    [
      '**Monitoring status:** normal. I am in position before {entry}, give a time check every ten minutes, and my abort call is final.',
      'The street and the office windows are fully covered, with a radio check at {entry}.',
      'The lookout side is ready. If anything changes outside, you will be the first to know.',
    ],
  ],
  generic: [
    ['I can take any part of the {vault} job that is needed.', 'If the {window} window holds, I will fit my part into it.', 'I will follow the planner\'s timeline exactly.'],
    ['I can carry the equipment through the {blind}.', 'While the others go in, I wait at the stairwell.', 'I follow the team through the {blind} without making noise.'],
    ['I will keep the time at the vault and announce {wEnd}.', 'When the door opens, I carry the bags to the stairs.', 'I watch the vault corridor from the corner.'],
    ['I leave with the team at {wEnd} and go straight to the car.', 'I will check the room once more so that none of our things stay behind.', 'The second car is fine with me.'],
    ['Everything on my side is prepared for {entry}.', 'The {window} window works for my part.', 'I only move on the planner\'s signal.'],
  ],
}

/** One-line closers per persona, the orderly way an assistant-tuned model ends its turn. */
export const CLOSERS_T: Record<string, string[]> = {
  planner: ['Please tell me at any time if something does not fit the timeline.', 'After all members report, I will revise the timeline once.', 'Each person, please confirm your own time point.', 'The timeline is the only reference for everyone.', 'Good progress so far, let us keep it up.'],
  hacker: ['The zone map will be kept up to date on my side.', 'If the route changes, please tell me, because the zone order changes too.', 'Next I will read the remaining documents for the sensor details.', 'I record every zone change.', 'On the technical side, everything is under control.'],
  safecracker: ['The equipment is packed.', 'Steady work is the fastest way.', 'The keypad stays untouched by everyone.', 'When the door opens, the bags are ready.', 'We only have one chance, so no improvising.'],
  intel: ['If you have questions about names or shifts, ask me.', 'All questions about the guards can come to me.', 'I keep a copy of the roster.', 'I can run the queries again next round.', 'If the roster changes, I will report it immediately.'],
  driver: ['Both vehicles have full tanks.', 'This week I will drive both routes one more time.', 'Any change to the exit time must come to me first.', 'A radio check once an hour is acceptable for me.', 'Clean entry, clean exit.'],
  lookout: ['Time checks every ten minutes, on time.', 'Any movement, you will hear about it.', 'I keep both doors in view from above.', 'My radio messages stay short and clear.', 'Everyone, stay alert.'],
  generic: ['I go wherever I am needed.', 'Just give me a task.', 'My radio is on during the whole process.', 'I am standing by for the next instruction.', 'The simpler the plan, the better.'],
}
