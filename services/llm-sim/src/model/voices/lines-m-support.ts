/**
 * Voice m's lines for intel, driver, lookout and an unknown teammate, and everyone's closers: intel
 * reports "according to the database", the driver promises to "be ready in the getaway car", the
 * lookout will "keep a close eye" and "alert the team immediately". Simple, upbeat sentences, as a
 * 1.7B assistant model (SmolLM2 class) writes them. persona → plan phase (0 recon … 4 final) → variants.
 */
export const SUPPORT_LINES_M: Record<string, string[][]> = {
  intel: [
    [
      'According to the database, the night shift works from {night}. This is the shift that matters for our plan.',
      'The night supervisor is {nightSup} and she has level 4 access. {sup} has level 5, but he only works during the day.',
      'I looked at the shifts, the number of guards and the access levels in the database. I will only share facts from the database.',
    ],
    [
      'According to my research, the night shift is {night} with {nightGuards} guards. The evening shift has {eveningGuards} guards and the change at {nightStart} takes {gap} minutes.',
      'The guards start a patrol at half past every hour and one patrol takes about 20 minutes. {vault} is the last stop of each patrol.',
      'The three shifts have {dayGuards} + {eveningGuards} + {nightGuards} = {mGuardsAll} guards in total, but only {nightGuards} of them work at night.',
    ],
    [
      'It is worth noting that nobody on the night shift can open the vault. {nightSup} only has level 4 and the manager keys are not in the building.',
      '{sup} has level 5 access and he goes home at 17:00. This is why the time lock window is our only chance.',
      'The access levels go from 1 to 5, and only levels 4 and 5 can use the vault systems. At night this is only {nightSup}.',
    ],
    [
      'The guards are told to stay at their posts and call for help. With {nightGuards} guards, someone will call, and the police need {police} minutes.',
      'The day shift comes in at {dayStart}. We will be gone long before that, but {nightSup} will answer any alarm before then.',
      'When a guard presses the alarm, it goes from the office on floor 2 to SecureNet. After that the police need {police} minutes.',
    ],
    [
      'Based on the database, here are my final facts: {nightGuards} guards on the {night} shift, {nightSup} is in charge, and nobody can open the vault.',
      'My summary from the database: night shift {night}, {nightGuards} guards, shift change at {nightStart} and {eveningGuards} guards in the evening.',
      'My research is complete. We should plan for {nightGuards} night guards, and the database agrees with the {windowLen}-minute window.',
    ],
  ],
  driver: [
    [
      'I will prepare two cars and two routes. I will not park near {address} before the night of the heist.',
      'My job is to drive us three blocks away before a police car reaches Main Street. The police need {police} minutes, so I have that much time.',
      'Please tell me the exit time and I will plan the routes from there. For now I am planning for {wEnd}.',
    ],
    [
      'I will park the van near the {blind}, where the cameras cannot see it. The engine and the lights stay off until you call me.',
      'At {entry} I will drop everyone at the {blind}. Then I drive around the block one time and wait.',
      'The second car will wait two streets away in case the first road is blocked. We will not use Main Street at all.',
    ],
    [
      'I will be ready in the getaway car while you work on the vault. At {wEnd} I will drive away, with or without the bags.',
      'From {wStart} to {wEnd} is {windowLen} minutes, and the drill takes {drill} of them. I will wait at the {blind} the whole time.',
      'The bags will be heavy, so we should only make two trips from the stairwell to the van.',
    ],
    [
      'There are two ways out: east through the small streets or north to the main road. The police need {police} minutes, so we must be far away by then.',
      'If the alarm goes off, we have {alarm} seconds plus {police} minutes. I will start driving before we hear any sirens.',
      'After ten minutes we will change cars in a place with no cameras. Then the van goes to the storage unit and we go to the safe house.',
    ],
    [
      'The van will be at the {blind} from {entry} and we drive away at {exitPlus}. The second car is ready and the safe house is twenty minutes away.',
      'The pickup is at {exitPlus} with two routes and a car change after ten minutes. I will start the engine when you say so.',
      'I will wait until {wEnd} and not one minute more. This is very important for everyone.',
    ],
  ],
  lookout: [
    [
      'I will keep a close eye on the bank from a roof across from {address}. I will be there long before {entry}.',
      'I will write down every police car and watch the lights of the office on floor 2. I will only use the radio for important things.',
      'I will arrive one hour early to watch the building. If the number of guards changes, I will alert the team immediately.',
    ],
    [
      'After the shift change at {nightStart}, the lights on floor 2 stay on and the lobby is quiet. I will make sure everything is calm before {entry}.',
      'From the street I can see some of the {cameras} cameras and they all point outside. The {blind} is the only place they do not cover.',
      'I can see the office on floor 2 most of the time, so I can watch the {nightGuards} night guards. If anyone walks to the stairs, I will warn you.',
    ],
    [
      'While you are in the vault, I will tell you the time every ten minutes. The window is only {windowLen} minutes, so nobody can forget about {wEnd}.',
      'During the drilling I will keep a close eye on the office on floor 2. If a guard leaves the desk, I will alert the team immediately.',
      'On the radio I will only give time checks and movements during the drilling.',
    ],
    [
      'If a police car slows down in front of the bank, I will say abort and you leave through the {blindB}. The police need {police} minutes, so every second is important.',
      'I will stay in my place until the van leaves. After that I will walk away in the other direction.',
      'If the alarm starts, I will tell you right away and not wait {alarm} seconds. I will also say when the {blind} is clear for you.',
    ],
    [
      'I am ready to keep a close eye on everything. I will be in place before {entry}, I will call the time every ten minutes, and if I say abort, we abort.',
      'I will watch the street and the office windows the whole time. We will do a radio check before {entry}.',
      'On my side, everything is ready for the night. If anything changes outside, I will alert the team immediately.',
    ],
  ],
  generic: [
    ['I am happy to help with any part of the {vault} job.', 'If the {window} window is correct, I will plan my part around it.', 'I will follow the plan of the Strategic Heist Planner.'],
    ['I can carry some of the equipment through the {blind} for you.', 'I will wait at the stairwell while the others go in.', 'I will follow the team through the {blind} and stay quiet.'],
    ['I will watch the time at the vault and say when it is {wEnd}.', 'When the door is open, I will carry the bags to the stairs.', 'From the corner, I will keep watching the vault corridor.'],
    ['I will leave with the team at {wEnd} and go straight to the car.', 'I will check that we do not forget any of our equipment.', 'I can ride in the second car.'],
    ['I am all set for {entry}.', 'The {window} window is good for me.', 'I am waiting for the signal from the Strategic Heist Planner.'],
  ],
}

/** One-line closers per persona: the cheerful endings a small assistant model puts on everything. */
export const CLOSERS_M: Record<string, string[]> = {
  planner: ['Let me know if anything is unclear.', 'Together we can make this plan work!', 'I will share the next steps after everyone reports.', 'Please follow the plan step by step.', 'Great work so far, team!'],
  hacker: ['I will keep the system map up to date.', 'Tell me if the route changes.', 'Next I will read the rest of the documents.', 'I will write down every zone we pass.', 'The technical side is under control!'],
  safecracker: ['My drilling kit is packed and ready to go.', 'With patience and precision, the safe will open.', 'Please do not touch the keypad.', 'Have the bags ready when the safe opens.', 'We only get one chance, so let us be careful.'],
  intel: ['If you need a name or a shift, just ask me.', 'Please check any guard question with me first.', 'I have a copy of the guard list with me.', 'I can search the database again next round.', 'I will tell you if the guard list changes.'],
  driver: ['Both cars have a full tank.', 'I will practice the routes again this week.', 'If the exit time changes, please tell me first.', 'We can do a radio check every hour.', 'Safety first, and then speed!'],
  lookout: ['I will report every ten minutes!', 'If anything moves, you will know.', 'From up there I can see both doors.', 'I will keep my radio messages short and clear.', 'Stay alert, everyone!'],
  generic: ['I am happy to help wherever I can.', 'Tell me where you need me.', 'I will stay on the radio all the time.', 'I am waiting for the next instructions.', 'A simple plan is a good plan.'],
}
