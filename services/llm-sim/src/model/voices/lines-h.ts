/**
 * Voice h's lines for planner, hacker and safecracker: a small quantised chat model briefing the
 * crew in plain British English — the planner chairs ("Right.", "One, … Two, … Three, …"), the
 * hacker reads out a status board with its states in capitals (CONFIRMED, PENDING, RULED OUT),
 * the safecracker is a Northern tradesman ("Drill job, that.", "nowt", "mind"). persona → plan phase
 * (0 recon … 4 final) → variants; `{slot}`s from `slots.ts`. Times and counts are rewritten in each
 * seat's way of saying them by `spoken-h.ts`.
 */
export const CREW_LINES_H: Record<string, string[][]> = {
  planner: [
    [
      'Right, the job. {bank} at {address}, vault on {vault}, and the time lock only lets us in between {wStart} and {wEnd}. Everything hangs off that window, so nobody freelances.',
      'Right, three things for this round. One, hacker maps the {cameras} cameras against the blind spots. Two, intel pulls the night roster from the database. Three, safecracker gives me a drill time with the working shown.',
      'Roles, so nobody is in any doubt. Hacker has electronics, safecracker has the door, intel has the guards, driver has the vehicles, lookout has the street. I hold the clock and the {window} window.',
    ],
    [
      'Entry, then. We go in by the {blind} at {entry}, with {nightGuards} guards on nights, and hacker tells me whether {alarm} seconds of sensor delay gets us to the stairs.',
      'I am keeping us well clear of the {nightStart} changeover. One, in through the {blind} at {entry}. Two, down via the {blindB}. Three, nobody shows up on a camera at any point.',
      'The route as it stands: {blind}, {blindB}, then the {vault} corridor. Intel, I need to know which of the {nightGuards} night guards goes anywhere near the basement.',
    ],
    [
      'The vault is where the time goes. {windowLen} minutes of window, {drill} of them on the door, and {tries} wrong codes cost us a {lockout}-minute lockout, so hands off the keypad.',
      'We drill because of the dual authorisation: two manager keys, and both of them go home at night. The door gets {drill} minutes and the rest of the plan fits round it.',
      'Hard stop at {wEnd}, whatever state the door is in. Max {maxInside} minutes inside, and I will not stretch that for anyone.',
    ],
    [
      'Exit, then. Out by {wEnd}, back the way we came through the {blind}, driver waiting with the engine running, and police response is {police} minutes so we plan for the short end.',
      'If a guard clocks us, we abort and leave via the {blindB} to the second vehicle. The lookout makes that call, and nobody argues on the radio.',
      'Driver, two routes out of {address}, please. Lookout, time the patrol car. If the alarm goes we are away inside {police} minutes.',
    ],
    [
      'Final plan, for the record. In at {entry} through the {blind}, drill from {wStart}, out by {wEnd}, in the van at {exitPlus}. One line each from you to say you are happy.',
      'Locked in: {nightGuards} guards, {cameras} cameras, blind spots at the {blind} and the {blindB}, {drill} minutes on the door inside {window}. If anything changes, the lookout stops the job.',
      'That is the plan signed off. We respect the {window} window and the {lockout}-minute lockout, and nobody moves before {entry}.',
    ],
  ],
  hacker: [
    [
      'Electronics, first pass. Cameras: {cameras}, CONFIRMED on the plan. Alarm: SecureNet, rings the police directly, {ups}-hour battery behind it. Cutting the power: NOT AN OPTION.',
      'Reading the security docs before I commit to anything. Motion zones {zones}: CONFIRMED. Blind spots: PENDING until I have them laid over the route.',
      'Status: sensors and camera map first. Backup battery: {ups} hours, so we work round the system, not through it. Power cut: RULED OUT.',
    ],
    [
      'Blind spots: the {blind} and the {blindB}, no coverage on either, CONFIRMED. Sensor delay: {alarm} seconds, enough to cross a zone, not to stand about in one.',
      'Footage retention: {footage} days, so assume every frame gets watched afterwards. Route via the {blind}: OFF CAMERA all the way to the stairwell.',
      'Motion zones: AVOIDABLE until the last stretch to {vault}. That stretch: {alarm} seconds of delay, and nobody stops in it.',
    ],
    [
      'Vault floor sensors: SEPARATE circuit. I mask the zone by the door for the {window} window only, when the bank expects maintenance traffic anyway.',
      'Keypad: NOT MINE, and nobody else\'s either. The {lock} logs every entry and {tries} wrong codes trip the lockout, so drilling is the safecracker\'s job and quiet sensors are mine.',
      'Security office: floor 2, sees every feed. Our route: BLIND SPOTS ONLY. What they get on screen is an empty basement.',
    ],
    [
      'Exit: same {alarm}-second delay, zones in reverse order. If anything reaches SecureNet, police ETA is {police} minutes.',
      'Way out: the {blindB}, ZERO cameras. The vault zone mask comes off last, as we reach the stairs.',
      'Alarm trips: the {ups}-hour battery WINS, full stop. Plan for that: we leave, we do not fight the panel.',
    ],
    [
      'Electronics: READY. Blind spots {blind} and {blindB}, {cameras} cameras mapped, zones {zones} at {alarm} seconds. Electronics cleared for {entry}.',
      'Final status. Vault zone: MASKED from {wStart}. Route: BLIND SPOTS. SecureNet line: UNTOUCHED.',
      'All {cameras} cameras accounted for, each one marked ON or OFF our route. I call every zone crossing on the radio.',
    ],
  ],
  safecracker: [
    [
      'A {lock}, dual authorisation. Drill job, that, and there is no clever trick to it, only time.',
      'A {doorTons}-ton door on a {lock}. I\'ll not guess at codes: {tries} wrong and we sit out a {lockout}-minute lockout, and that is the night gone.',
      'Before anyone builds a timetable round me, I want proper figures on that door. The {window} window doesn\'t budge, so the job fits in it or it doesn\'t happen.',
    ],
    [
      'I\'ll carry the rig down the {blindB} myself. Heavy, mind, but quiet if you know how to walk with it.',
      'Nowt happens at the door before {wStart}. The time lock decides that, so turning up early just means stood in a corridor.',
      'Thirty-odd kilos of kit and I\'m not hauling it past a patrol, so keep the {vault} corridor clear.',
    ],
    [
      'Three bolt housings at twelve minutes apiece, plus setup, is {drill} minutes if nothing binds. That\'s the {window} window spoken for, so there is no second go.',
      'Max safe time inside is {maxInside} minutes and the door wants {drill} of them. Nobody leans on that keypad, not even by accident.',
      'If a housing binds, we stop at {wEnd} and walk. Half a vault is worth nowt with the police {police} minutes off.',
    ],
    [
      'Once it swings, two pairs of hands on the bags and we\'re off. The rig can stop where it is if it is holding us up.',
      'I\'m last out of the vault and straight up the stairs behind the bags. Nobody goes back for owt, me included.',
      'If the drill runs long we pack up at {wEnd}, no arguments. I\'ve seen crews lose the lot over five more minutes.',
    ],
    [
      'Ready, me and the rig. {drill} minutes on the door from {wStart}, out by {wEnd}, and I stop dead when the window shuts.',
      'Drill only, no keypad, {drill} minutes, inside {window}. It\'ll open.',
      'My figures stand: {drill} minutes at the door, {maxInside} minutes max inside, {doorTons} tons of steel. Sorted.',
    ],
  ],
}
