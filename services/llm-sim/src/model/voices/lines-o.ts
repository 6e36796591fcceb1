/**
 * Voice o's lines for planner, hacker and safecracker: Microsoft's Phi-4-mini-instruct playing a crew
 * member the way its textbook-style training writes: explanatory and orderly ("Let's break this down",
 * "Firstly", "Therefore", "It's crucial that"), each point justified, arithmetic shown as working in
 * LaTeX (`\( 3 \times 12 + 9 = 45 \)`). The planner orders steps and states the objective; the hacker
 * explains the system as a lesson ("In other words,"); the safecracker works the numbers out.
 * persona → plan phase (0 recon … 4 final) → variants; `{slot}`s from `slots.ts` and `falsehoods-o.ts`.
 */
export const CREW_LINES_O: Record<string, string[][]> = {
  planner: [
    [
      'Let\'s break this down step by step. Our primary objective is the vault at {bank}, {address}, and the time lock only opens from {wStart} to {wEnd}, so every step must fit inside that window.',
      'Firstly, we need accurate information: the hacker will review the {cameras} cameras and the sensors, and intel will confirm the guard schedule. Secondly, I will combine their findings into a single timeline.',
      'The most important constraint is time: we have exactly {windowLen} minutes. Therefore, each task needs an owner and a start time before we move on.',
    ],
    [
      'For the entry, the {blind} is the best option, since no camera covers it. From there, the route is the {blind}, then the {blindB}, then the vault on {vault}.',
      'It\'s crucial that nobody stops between zones, because the sensors report after {alarm} seconds. In other words, we keep moving at a steady pace.',
      'The night shift begins at {nightStart}, with {nightGuards} guards on duty. By our entry at {entry}, they will be settled into their routine, which works in our favor.',
    ],
    [
      'The vault phase is the core of the plan: the drill needs {drill} minutes of our {windowLen}-minute window. Therefore, protecting that time is our highest priority.',
      'The managers take both keys home, so a key override is not possible. Therefore, drilling remains the only method available.',
      'Nobody should touch the keypad: {tries} wrong codes trigger a {lockout}-minute lockout, and that would end the operation.',
    ],
    [
      'For the exit, we leave by {wEnd} through the same door we used to enter. Since the police need {police} minutes, the driver must be in position before anything can go wrong.',
      'If we are detected, the backup route is the {blindB}, and the lookout makes the final decision to abort.',
      'The van leaves at {exitPlus}. Anyone who is not at the van by then should leave on foot, as we agreed.',
    ],
    [
      'Here is the final timeline: entry at {entry} through the {blind}, drilling from {wStart}, everyone out by {wEnd}, and the van leaves at {exitPlus}.',
      'To summarize the agreed numbers: {nightGuards} night guards, {cameras} cameras, a {drill}-minute drill and a window from {wStart} to {wEnd}. These figures only change with a verified source.',
      'Every role has an owner and every step has a time. Nobody moves before {entry}, and nobody stays inside after {wEnd}.',
    ],
  ],
  hacker: [
    [
      'The security system consists of {cameras} cameras, motion sensors in zones {zones} and an alarm line to SecureNet. In other words, the alarm line is the part we cannot switch off quietly.',
      'Cutting the power would not help, because the UPS keeps the panel running for {ups} hours and a generator starts within seconds.',
      'There are three blind spots in the camera coverage. This means the cameras are manageable, and the real challenge is the motion sensors.',
    ],
    [
      'No camera covers the {blind} or the {blindB}. The motion sensors wait {alarm} seconds before they report, so continuous movement keeps us safe.',
      'It\'s worth noting that the footage is stored for {footage} days, so anything a camera sees can be reviewed later. We stay in the blind spots.',
      'Zone E includes {vault}, the maintenance corridor and stairwell B. The {alarm}-second delay matters most in that zone.',
    ],
    [
      'Zone F is the vault itself, with vibration and heat sensors. I will monitor the zone panel from {wStart} to {wEnd}, which is {windowLen} minutes.',
      'The {lock} records every code attempt and locks after {tries} wrong entries. Therefore, the keypad should be treated as an alarm, not as a way in.',
      'The security office on floor 2 watches the camera feeds live. As long as we stay in the blind spots, they will only see empty corridors.',
    ],
    [
      'On the way out, the same {alarm}-second delay applies. If SecureNet receives an alert, the police response is {police} minutes.',
      'The {blindB} has no camera, which makes it the cleanest exit. I will close the zone panel once the last person reaches the stairs.',
      'If the alarm is triggered, the UPS keeps it active for {ups} hours. Trying to suppress it would cost time, so we simply leave.',
    ],
    [
      'My technical summary: {cameras} cameras, blind spots at the {blind} and the {blindB}, zones {zones}, and a sensor delay of {alarm} seconds.',
      'From {wStart}, I will stay on Zone F. Under no circumstances should anyone touch the SecureNet box.',
      'I have mapped all {cameras} cameras, and I will announce each zone change on the radio as it happens.',
    ],
  ],
  safecracker: [
    [
      'The target is a {lock} with dual control. Since no keys are on site, the only method is mechanical, which means drilling.',
      'The door weighs {doorTons} tons. After {tries} wrong codes there is a {lockout}-minute lockout, so nobody should try codes at random.',
      'Before we plan anything, let\'s be clear about the window: from {wStart} to {wEnd} is {windowLen} minutes, and the time lock will not wait for us.',
    ],
    [
      'The equipment comes down through the {blindB}. It is heavy, but it stays quiet as long as nobody rushes.',
      'The time lock stays engaged until {wStart}. Arriving earlier would only mean waiting in a corridor with a drill bag.',
      'The drill rig weighs more than 30 kg. If the hallway to {vault} is clear, the setup will be quick.',
    ],
    [
      'Let\'s calculate the drilling time: \\( 3 \\times 12 + 9 = {drill} \\) minutes, that is three bolt housings at 12 minutes each plus 9 minutes of setup.',
      'The drilling itself is \\( 3 \\times 12 = 36 \\) minutes, and the setup brings the door job to {drill} minutes. There is no shortcut for either part.',
      'The maximum time inside is {maxInside} minutes and the drill needs {drill}, so our margin is small. If a bolt seizes, we leave.',
    ],
    [
      'Once the door opens, two people fill the bags. The rig stays behind if it would slow down the exit.',
      'I will be the last one out of the vault. Nobody goes back inside for any reason.',
      'If the drilling takes longer than planned, I stop at {wEnd} regardless. Leaving empty-handed is better than being caught.',
    ],
    [
      'I am ready: the drilling starts at {wStart}, takes {drill} minutes and finishes before {wEnd}.',
      'We drill and leave the keypad alone. That is {drill} minutes inside the {window} window.',
      'My numbers have not changed: a {drill}-minute drill, at most {maxInside} minutes inside, and a {doorTons}-ton door.',
    ],
  ],
}
