/**
 * Voice l's lines for intel, driver, lookout and an unknown teammate, and everyone's closers: intel
 * is a sly informant who "dug up" the records, the driver a laid-back wheelman, the lookout an eager
 * rookie with exclamation marks. Short spoken lines with contractions, as a 4B role-play model
 * writes them. persona → plan phase (0 recon … 4 final) → variants.
 */
export const SUPPORT_LINES_L: Record<string, string[][]> = {
  intel: [
    [
      'I dug into the guard roster. Night shift runs {night}, and that\'s the only shift we care about.',
      '{nightSup} runs the night shift with level 4 access. {sup} has level 5 but only works days, so nobody on nights can open the vault.',
      'I\'ve got shift patterns, head counts and access levels out of their database. I only pass on what\'s in the records.',
    ],
    [
      'Night shift is {night} with {nightGuards} guards, and evening gets {eveningGuards}. Handover at {nightStart} leaves a gap of {gap} minutes.',
      'Patrols go out at half past every hour, about 20 minutes a loop, and B-1 comes last. {nightGuards} guards cover the whole place at night.',
      '{nightSup} sits in the security office watching the feeds all night. As long as she\'s at that desk, the basement is empty.',
    ],
    [
      'Nobody on the night crew can open that vault. {nightSup} is level 4 and the manager keys go home with the day staff.',
      '{sup} is level 5 and clocks out at 17:00. The time lock window is the only way in.',
      'Access runs from level 1 to level 5, and only 4 and 5 touch the vault systems. At night that\'s just {nightSup}.',
    ],
    [
      'Guards are told to hold their posts, not chase. With {nightGuards} guards somebody calls it in, and cops need {police} minutes.',
      'Day shift starts at {dayStart}. We\'re long gone by then, but {nightSup} handles any alarm before that.',
      'A guard\'s alarm goes from the floor 2 office to SecureNet, and then it\'s {police} minutes until the cops show.',
    ],
    [
      'So here\'s the file: {nightGuards} guards on the {night} shift, {nightSup} in charge, and nobody on site who can open the vault.',
      'From the records: night shift {night}, {nightGuards} guards, handover at {nightStart}, {eveningGuards} on evenings.',
      'My homework\'s done. Plan for {nightGuards} night guards, and nothing in the records fights the {window} window.',
    ],
  ],
  driver: [
    [
      'Two cars, two routes, and nothing parked near {address} ahead of time. Cops take {police} minutes and I plan around that.',
      'My job is easy to say: three blocks away before a patrol car hits Main Street. I get {police} minutes to do it.',
      'Give me the exit time and I\'ll work the routes backward from it. For now I\'m planning around {wEnd}.',
    ],
    [
      'The van sits on the {blind} side, off camera, nose toward the side street. Engine off, lights off until you call.',
      'I drop you at the {blind} at {entry}, loop the block once and wait. I won\'t idle out front.',
      'Second car waits two streets over in case the main route gets blocked. We stay off Main Street both ways.',
    ],
    [
      'While you\'re at the vault I keep the radio quiet. At {wEnd} the van leaves, bags or no bags.',
      'I\'m waiting {drill} minutes on the door plus the walk out. The van is at the {blind} from {wStart}.',
      'Full bags slow you down, so two trips max from the stairwell to the van.',
    ],
    [
      'Way out is east through the side streets or north to the main road. With {police} minutes on the clock I want three turns between us and the bank.',
      'If the alarm trips we get {alarm} seconds plus {police} minutes. I\'m moving before the first siren.',
      'We swap cars ten minutes out, somewhere with no cameras. The van goes to the storage unit, the car goes to the safe house.',
    ],
    [
      'Van at the {blind} from {entry}, wheels at {exitPlus}, backup car ready. Safe house is under twenty minutes out.',
      'Pickup at {exitPlus}, two routes and a car swap ten minutes out. I start the engine when you give the word.',
      'I wait till {wEnd}, not one minute longer. That part isn\'t up for debate.',
    ],
  ],
  lookout: [
    [
      'I\'ll be up on a roof across from {address}, in place way before {entry}. Patrol cars, guards, anything weird, I call it!',
      'I\'m logging every patrol car and watching the floor 2 office lights. Only the important stuff goes on the radio, promise.',
      'I\'ll get there an hour early. If the guard count changes, you\'ll hear it from me before anyone.',
    ],
    [
      'After the {nightStart} shift change the floor 2 lights stay on and the lobby goes quiet. I\'ll make sure it\'s calm before {entry}.',
      'From the street I can spot a bunch of the {cameras} cameras, all pointing out. The {blind} is the only spot they don\'t cover.',
      'I can see the floor 2 office most of the time, so I\'m watching the {nightGuards} night guards. Anybody heads for the stairs, I shout.',
    ],
    [
      'While the vault\'s open I call the time every ten minutes. Nobody loses track of {wEnd} on my watch!',
      'During the drilling I keep my eyes on the floor 2 office. If a guard leaves the desk, you know before he hits the corridor.',
      'On the radio during the drilling it\'s just time checks and movement, nothing else.',
    ],
    [
      'If a patrol car slows down out front, I call abort and you go out the {blindB}. Cops are {police} minutes out, so every second counts.',
      'I stay put until the van\'s gone, then I walk off the other way.',
      'If the alarm trips I call it right away, not after the {alarm} seconds. I\'ll also tell you when the {blind} is clear.',
    ],
    [
      'Ready! In position before {entry}, time call every ten minutes, and if I say abort, we abort.',
      'Street and office windows, eyes on both the whole time. Radio check before {entry}.',
      'All set on my end. Anything changes outside, I\'m the first to say it.',
    ],
  ],
  generic: [
    ['I can help out wherever you need me on the {vault} job.', 'Tell me the {window} window is solid and I\'ll plan my part around it.', 'I\'ll go with whatever the planner says.'],
    ['I can carry gear through the {blind} with you.', 'I\'ll hold the stairwell while you all move in.', 'I\'ll follow you through the {blind} and keep my mouth shut.'],
    ['I\'ll watch the clock at the vault and call out {wEnd}.', 'Once the door\'s open I\'ll haul the bags to the stairs.', 'I\'ll keep an eye on the vault corridor from the corner.'],
    ['I leave with the crew at {wEnd}, no detours for me.', 'I\'ll make sure none of our gear gets left behind.', 'I\'ll ride out in the second car.'],
    ['I\'m good to go for {entry}.', 'The {window} window works fine for me.', 'Just say the word, planner.'],
  ],
}

/** One-line closers per persona, each in its speaker's manner. */
export const CLOSERS_L: Record<string, string[]> = {
  planner: ['Questions now, not later.', 'Let\'s make this one clean.', 'I\'ll hand out next steps once everyone reports.', 'Nobody freelances on this one.', 'Keep it tight, crew.'],
  hacker: ['I\'ll keep the sensor map fresh.', 'Ping me if the route changes.', 'Next up, I hit the rest of the documents.', 'I log every zone we cross.', 'The tech side is handled.'],
  safecracker: ['My gear is packed and checked.', 'Follow the steps and that door opens.', 'Hands off the keypad, all of you.', 'Have the bags ready when it swings open.', 'One shot at this, so we do it right.'],
  intel: ['Need a name or a shift, ask me.', 'Run any guess about the guards past me first.', 'I keep a copy of the roster on me.', 'I can pull more records next round.', 'If the roster changes, you\'ll hear it from me.'],
  driver: ['Both cars are gassed up.', 'I\'ll drive the routes again this week.', 'Change the exit time, tell me first.', 'A radio check on the hour works for me.', 'Everybody rides out together, or nobody does.'],
  lookout: ['I\'ll check in every ten minutes!', 'Any movement, I\'ll call it.', 'I can see both doors from up there.', 'Short and clear on the radio, got it.', 'Standing by!'],
  generic: ['Happy to help wherever.', 'Just tell me where you need me.', 'I\'ll stay on the radio the whole time.', 'Waiting on the planner\'s call.', 'Keep it simple and it works.'],
}
