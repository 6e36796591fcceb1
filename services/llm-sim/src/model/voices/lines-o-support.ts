/**
 * Voice o's lines for intel, driver, lookout and an unknown teammate, and everyone's closers, as
 * Phi-4-mini writes them in a role-play: intel reports what "the records indicate" and what that
 * means; the driver works routes out as distance over speed (`\( 2 \div 30 \times 60 = 4 \)`); the
 * lookout describes what it will observe and how it will report it. persona → plan phase (0 recon …
 * 4 final) → variants.
 */
export const SUPPORT_LINES_O: Record<string, string[][]> = {
  intel: [
    [
      'The records indicate that the night shift runs {night}. This is the only shift relevant to our plan.',
      'Two people are important here: {nightSup}, who supervises the night shift with level 4 access, and {sup}, who has level 5 but works during the day.',
      'I will report only what the database contains: shifts, guard numbers and access levels. Anything else will be clearly marked as an assumption.',
    ],
    [
      'According to the shift table, the night shift is {night} with {nightGuards} guards, while the evening shift has {eveningGuards}. The handover at {nightStart} overlaps by {gap} minutes.',
      'The records also indicate that the patrols start at half past each hour and take about 20 minutes, ending at {vault}.',
      'To put the numbers side by side: {dayGuards} guards during the day, {eveningGuards} in the evening and {nightGuards} at night. Only the last figure concerns us.',
    ],
    [
      'No one on the night shift can open the vault: {nightSup} only has level 4, and the manager keys leave the building.',
      '{sup} has level 5 access but leaves at 17:00. This explains why the time lock window is our only opportunity.',
      'Access levels range from 1 to 5, and the vault systems require level 4 or above. At night, that applies to only one person, {nightSup}.',
    ],
    [
      'The guard protocol is to hold position and call for help. With {nightGuards} guards on duty, we should assume someone will call, and then the police need {police} minutes.',
      'The next shift, the day shift, begins at {dayStart}. We will be gone long before that, but until then {nightSup} is responsible for any alarm.',
      'The alarm chain goes from the office on floor 2 to SecureNet and then to the police, which takes {police} minutes in total.',
    ],
    [
      'My final report: {nightGuards} guards on the {night} shift, {nightSup} in charge, and nobody on site who can open the vault.',
      'The data confirms a night shift of {night} with {nightGuards} guards, a handover at {nightStart} and {eveningGuards} guards in the evening.',
      'My research on the records is complete. We plan for {nightGuards} night guards, and the records are consistent with the {windowLen}-minute window.',
    ],
  ],
  driver: [
    [
      'I will prepare two vehicles and two routes, and nothing will be parked near {address} before the night itself.',
      'My task is simple: we must be three blocks away before a police car reaches Main Street. Since the police need {police} minutes, that is my time budget.',
      'If you give me a fixed exit time, I can plan the routes backwards from it. For now, I am working with {wEnd}.',
    ],
    [
      'The van will wait at the {blind}, where no camera can see it, with the engine and the lights off until I receive the signal.',
      'I drop the team at the {blind} at {entry}, drive around the block once and then wait.',
      'A second car waits two streets away in case the first route is blocked. Neither route uses Main Street.',
    ],
    [
      'During the vault phase I remain with the van. At {wEnd} I leave, with or without the bags.',
      'The window from {wStart} to {wEnd} is {windowLen} minutes, and the drill uses {drill} of them. I will remain at the {blind} for the entire time.',
      'Full bags are heavy, so we should plan for at most two trips from the stairwell to the van.',
    ],
    [
      'Route A goes east through the side streets and route B goes north to the main road. At 30 mph, two miles take \\( 2 \\div 30 \\times 60 = 4 \\) minutes, which is less than the {police} minutes the police need.',
      'If the alarm goes off, we have the {alarm}-second delay plus {police} minutes of police response. I will be driving before anyone hears a siren.',
      'We change cars after ten minutes, somewhere without cameras. The van goes into storage and we continue to the safe house.',
    ],
    [
      'Final plan for the exit: the van waits at the {blind} from {entry} and leaves at {exitPlus}, with the backup car ready.',
      'I pick everyone up at {exitPlus}, with two routes and a car change after ten minutes. The engine starts on your signal.',
      'I wait until {wEnd}, and not one minute longer. This point is not open for discussion.',
    ],
  ],
  lookout: [
    [
      'I will observe {address} from a rooftop across the street and be in position well before {entry}.',
      'My role is to record every patrol car and the lights in the office on floor 2. I will keep my radio messages short.',
      'I will arrive an hour early, and I will report any change in the number of guards immediately.',
    ],
    [
      'After the handover at {nightStart}, the lights on floor 2 stay on and the lobby becomes quiet. I will confirm this before {entry}.',
      'From the street I can see part of the camera layout, and all the cameras I can see face outwards. In other words, the {blind} is our gap.',
      'I have a clear view of the office on floor 2, so I can follow the {nightGuards} night guards. If one of them heads for the stairs, you will know first.',
    ],
    [
      'During the vault phase, I will give a time check every ten minutes. The window is {windowLen} minutes, and nobody should lose track of {wEnd}.',
      'While the drill is running, I will watch floor 2. If a guard leaves the desk, I will report it immediately.',
      'During the drilling, the radio is only for my time checks and for movements I observe.',
    ],
    [
      'Should a police car slow down in front of the bank, I will call the abort, and the team exits through the {blindB}. Since the police need {police} minutes, every second counts.',
      'I will stay in position until the van has left, and then I will walk away in the opposite direction.',
      'If the alarm sounds, I will report it at once rather than {alarm} seconds later. I will also confirm once the {blind} is clear.',
    ],
    [
      'I am ready: in position before {entry}, time checks every ten minutes, and an abort call from me is final.',
      'I will cover the street and the office windows from start to finish, with a radio check at {entry}.',
      'Everything is prepared on my side. If anything changes outside, you will hear it from me first.',
    ],
  ],
  generic: [
    ['I am glad to help with any part of the work on the {vault} vault.', 'If the {window} window holds, I will fit my task into it.', 'I will follow the timeline exactly as the planner has written it.'],
    ['I am able to carry equipment through the {blind}.', 'I will stay at the stairwell while the others move ahead.', 'I will follow the team through the {blind} without a sound.'],
    ['I will track the time at the vault and call out {wEnd}.', 'When the door opens, I will move the bags to the stairs.', 'From the corner, I will watch over the vault corridor.'],
    ['I will exit with the team at {wEnd} and head directly to the car.', 'I will check that we leave nothing behind.', 'The second car is fine for me.'],
    ['I am prepared for {entry}.', 'The {window} window is fine on my side.', 'I am waiting for the planner\'s signal.'],
  ],
}

/** One-sentence closers per persona, the helpful next step a chat-tuned small model ends on. */
export const CLOSERS_O: Record<string, string[]> = {
  planner: ['Please let me know if any detail of this plan needs adjusting.', 'I will update the timeline once all reports are in.', 'Each role owner, please confirm your part.', 'Let\'s keep the timeline as our single reference.', 'We are making steady progress.'],
  hacker: ['I will keep the zone map up to date.', 'Please tell me if the route changes, since the zone order depends on it.', 'Next, I will review the remaining documents for sensor details.', 'I will log every zone change during the operation.', 'The technical side is under control.'],
  safecracker: ['All my equipment has been packed and checked.', 'Precision matters more than speed here.', 'Please keep your hands off the keypad.', 'The bags should be ready when the door opens.', 'We only get one attempt, so let\'s make it count.'],
  intel: ['Please ask me about any name or shift.', 'Any question about the guards should come to me first.', 'A printed copy of the roster will stay with me.', 'I can run another query in the next round.', 'I will report any change in the roster at once.'],
  driver: ['Both vehicles have a full tank.', 'I will drive the routes again this week.', 'Any change to the exit time should come to me first.', 'Hourly radio checks are fine with me.', 'Safe in and safe out.'],
  lookout: ['I will send a status check every ten minutes.', 'Any movement will be reported right away.', 'I can see both doors from my position.', 'My radio messages will be short and clear.', 'Stay alert, everyone.'],
  generic: ['I will go wherever I am needed.', 'Please give me a task.', 'My radio stays on the whole time.', 'I am waiting for the next instruction.', 'Simple plans work best.'],
}
