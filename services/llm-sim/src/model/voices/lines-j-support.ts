/**
 * Voice j's lines for intel, driver, lookout and an unknown teammate, and everyone's closers: intel
 * reports "according to the intelligence I have collected" and sets its findings out "as follows";
 * the driver reassures in short sentences ("Rest assured", "Leave the car to me"); the lookout
 * promises to "closely monitor" and report "any abnormal situation" at once — the calques of a
 * GLM-class model writing English. persona → plan phase (0 recon … 4 final) → variants.
 */
export const SUPPORT_LINES_J: Record<string, string[][]> = {
  intel: [
    [
      'According to the intelligence I have collected, the night shift is {night}. This is the only shift that we need to consider.',
      'The specific information is as follows: {nightSup} is the night supervisor with access level 4, and {sup} has level 5 but only works during the day. It is worth mentioning that nobody on the night shift has vault authority.',
      'I have obtained the shifts, the number of guards and the access levels from the security database. I will only report what the records show, and I will mark anything that cannot be verified.',
    ],
    [
      'According to the records, the night shift is {night} with {nightGuards} guards, while the evening shift has {eveningGuards}. The handover at {nightStart} leaves a gap of {gap} minutes, but our entry is much later than that.',
      'It is worth mentioning that the night patrol starts at half past every hour, takes about 20 minutes, and B-1 is the last stop. {nightGuards} guards are responsible for the whole building at night, and one of them is on patrol.',
      '{nightSup} is in charge of the night shift in the security office and watches the camera monitors. As long as she stays at her desk, the basement is empty for a long time.',
    ],
    [
      'An important point from the personnel data: nobody on the night shift can open the vault. {nightSup} is level 4, and the manager keys leave with the day staff, which is why we must drill.',
      'The personnel table shows that {sup} is level 5 and stays in the building until 17:00. Therefore the time lock window is our only opportunity.',
      'The access levels are from 1 (public) to 5 (master), and only levels 4 and 5 can reach the vault systems. At {wStart}, this means only {nightSup}.',
    ],
    [
      'According to the roster, the guards keep their positions instead of chasing. With {nightGuards} guards in the building, they will call the police, and the police need {police} minutes.',
      'The day shift comes to work at {dayStart}. We will be far away by then, but any alarm before that time goes to {nightSup} first.',
      'It is worth mentioning that an alarm raised by a guard goes from the office on floor 2 to SecureNet, and after that the police need {police} minutes.',
    ],
    [
      'To summarize the intelligence: {nightGuards} guards on {night}, {nightSup} as supervisor, and nobody in the building with vault authority. This is consistent with entry at {entry}.',
      'The final data from the database: night shift {night}, {nightGuards} guards, handover at {nightStart}, {eveningGuards} guards in the evening. I have no more open questions.',
      'My intelligence work is complete. Please plan according to {nightGuards} night guards, and nothing in the records affects the {window} window.',
    ],
  ],
  driver: [
    [
      'Leave the car to me. Two vehicles, two routes, and nobody parks near {address} before the operation. The police need {police} minutes, and I will plan according to this.',
      'Rest assured, my plan is simple: we are three blocks away before any police car turns into Main Street. We only have {police} minutes.',
      'Please tell me the evacuation time, and I will plan backwards from it. At present I am using {wEnd}.',
    ],
    [
      'I will park the van on the side of the {blind}, outside the view of the cameras, facing the side street. Engine off, lights off, until you call me.',
      'Drop-off at the {blind} at {entry}, then I drive one circle around the block and wait. I will never stop in front of the bank.',
      'I will prepare a second car two streets away, in case we are blocked. Main Street is not used in either direction.',
    ],
    [
      'While you are in the vault, I keep radio silence. I watch the time, and at {wEnd} I leave, with or without the bags.',
      'My waiting time is the {drill} minutes at the door plus the walk out. I will be at the {blind} from {wStart}.',
      'Heavy bags mean slow steps, so at most two trips from the stairwell to the van.',
    ],
    [
      'The escape routes: east through the small streets, or north to the main road. With {police} minutes before the police arrive, I want three turns between us and them.',
      'If something is triggered, we have {alarm} seconds plus {police} minutes. Rest assured, I will be moving before the first siren.',
      'We change vehicles ten minutes away, in a place without cameras. After that, the van goes to the garage and the car goes home.',
    ],
    [
      'My final confirmation: the van at the {blind} from {entry}, leaving at {exitPlus}, the second car ready. No problem.',
      'Pick-up at {exitPlus}, two routes, vehicle change ten minutes away. The engine starts whenever you say.',
      'I wait until {wEnd} and not one second more. This is my principle.',
    ],
  ],
  lookout: [
    [
      'Received. I will take a position on a roof opposite {address} well before {entry}, and I will closely monitor the police cars, the guards and any abnormal situation.',
      'I will closely monitor the street and the office on floor 2. Once there is any abnormal situation, I will report immediately.',
      'I suggest I arrive one hour early to be familiar with the environment. If the number of guards changes, I will inform everyone at once.',
    ],
    [
      'Received. The night shift changes at {nightStart}, after that the lights on floor 2 stay on and the lobby becomes quiet. I will confirm that everything is stable before {entry}.',
      'From the street I can see some of the {cameras} cameras facing outwards. From my position, the {blind} is the only dark corner.',
      'I can see into the office on floor 2 most of the time, so I will follow the {nightGuards} night guards. If anyone goes to the stairs, I will report it.',
    ],
    [
      'During the vault stage, I will report the time every ten minutes. Please rest assured, nobody will forget {wEnd}.',
      'While the door is being drilled, I will closely monitor the office on floor 2. If a guard leaves the desk, you will know before he reaches the corridor.',
      'During the drilling I will not use the radio, except for the time reports and any abnormal situation.',
    ],
    [
      'If a police car slows down in front of the bank, I will call the abort and the team leaves through the {blindB}. The police are {police} minutes away, so every second of warning is important.',
      'I will stay at my position until the van has left, then I will walk away in the other direction.',
      'If the alarm is triggered, I will report it immediately without waiting for the {alarm} seconds. I will also tell you when the {blind} is clear.',
    ],
    [
      'Received. I will be in position before {entry}, report the time every ten minutes, and if I call the abort, everyone stops.',
      'My final confirmation: I monitor the street and the office windows, radio check before {entry}.',
      'Everything is ready on my side. Once there is any change outside, I will report it first.',
    ],
  ],
  generic: [
    ['I am glad to join the {vault} operation, please tell me what I should do.', 'I can take part, but I hope the {window} window can be confirmed first.', 'I will follow the timeline of the planner.'],
    ['I can help carry the equipment through the {blind}.', 'I will guard the stairwell while the others go in.', 'I will follow the route through the {blind} without making noise.'],
    ['I will watch the time at the vault and remind everyone of {wEnd}.', 'After the door is open, I will carry the bags up.', 'I will watch the corridor to the vault from the corner.'],
    ['I leave together with everyone at {wEnd}, no other way.', 'I will make sure nothing of ours is left behind.', 'I will leave in the second vehicle.'],
    ['I am fully prepared for {entry}.', 'The {window} window is no problem for me.', 'I am ready, waiting for the planner to give the order.'],
  ],
}

/** One-sentence closers per persona, each in its speaker's manner. */
export const CLOSERS_J: Record<string, string[]> = {
  planner: ['If anyone has different opinions, please put them forward now.', 'I will update the timeline after everyone has reported.', 'Let us work together to ensure the success of this operation!', 'Any changes must be reported to me first.', 'We will improve the details in the next round.'],
  hacker: ['Leave the technical part to me.', 'Next I will read another document and then report in full.', 'If the route changes, please tell me so that I can adjust the sensor plan.', 'Every zone crossing will be recorded by me.', 'From a technical point of view, there is no problem.'],
  safecracker: ['As the saying goes, there is no door that cannot be opened.', 'My equipment is packed and ready.', 'Nobody touches the keypad, this is the rule.', 'Please prepare the bags for when the door opens.', 'We only have one chance, so we must be careful.'],
  intel: ['If you need names or shift information, please ask me at any time.', 'Before you make assumptions about the guards, please check with me first.', 'I will keep a copy of the roster with me.', 'I can obtain more information from the records in the next round.', 'If the roster changes, I will inform everyone in time.'],
  driver: ['Rest assured, the tank is full.', 'This week I will test both routes again at night.', 'If the evacuation time changes, please tell me immediately.', 'A radio check every hour is enough for me.', 'We leave together, nobody stays behind.'],
  lookout: ['I will report every ten minutes.', 'Once there is any abnormal situation, I will report immediately.', 'Both entrances are within my field of vision.', 'My reports will be short and clear.', 'I will keep monitoring.'],
  generic: ['I will go wherever the planner needs me.', 'Please tell me if you need anything from me.', 'I will stay on the radio the whole time.', 'I am waiting for the order of the planner.', 'Let us keep it simple.'],
}
