/**
 * Voice t's lines for planner, hacker and safecracker: InternLM3-8B-Instruct playing a crew member the
 * way its assistant tuning writes English: complete, orderly sentences, straight punctuation, a bold
 * label before the first point, and a few calques of a model trained on Chinese first ("at the first
 * time", "the whole process", "Division of labor", "Calculation process", "Please pay special
 * attention to"). The planner divides the labour and fixes time points; the hacker rates each risk;
 * the safecracker writes out its calculation process.
 * persona → plan phase (0 recon … 4 final) → variants; `{slot}`s from `slots.ts` and `falsehoods-t.ts`.
 */
export const CREW_LINES_T: Record<string, string[][]> = {
  planner: [
    [
      '**Phase objective:** collect the facts on {bank} at {address} before we fix anything. **Division of labor:** the hacker checks the {cameras} cameras and zones {zones}, intel checks the guard roster, and I combine everything into one timeline.',
      'Our hard limit is the time lock: the vault can only be opened {wStart}-{wEnd}, which is {windowLen} minutes. Every other step must be arranged around this window.',
      'First we confirm the facts, then we assign the tasks, and last we rehearse the timeline. This round is for the facts only.',
    ],
    [
      '**Entry plan:** we enter at {entry} through the {blind}, which has no camera, then move via the {blindB} to {vault}. Please pay special attention to the {alarm}-second sensor delay on the way.',
      'At {nightStart} the night shift takes over with {nightGuards} guards. By {entry} the shift has settled down, which is the best time for us to move.',
      'The whole process from the {blind} to the vault must be continuous. Nobody stops in the corridor, and nobody takes a different route.',
    ],
    [
      '**Vault phase:** the drill needs {drill} minutes and the window is {windowLen} minutes, so the margin is very small. The safecracker has the final say on the door.',
      'The keypad is not an option: {tries} wrong codes trigger a {lockout}-minute lockout. The manager keys are not on site either, so drilling is the only method.',
      'Maximum time inside is {maxInside} minutes. I will ask the lookout to give a time check every ten minutes during this phase.',
    ],
    [
      '**Escape plan:** everyone is out by {wEnd} through the same route. Police response is {police} minutes, so the driver must be ready before the door opens.',
      'If anything goes wrong, we leave through the {blindB} immediately. The lookout decides on the abort, and nobody argues on the radio.',
      'The van leaves at {exitPlus} at the latest. Anyone who is late must leave on foot, and everyone has agreed to this in advance.',
    ],
    [
      '**Final timeline:** entry at {entry} via the {blind}, drilling from {wStart}, everyone out by {wEnd}, van leaves at {exitPlus}. This is the version we execute.',
      '**Confirmed figures:** {nightGuards} night guards, {cameras} cameras, a {drill}-minute drill, window {wStart}-{wEnd}. Nobody changes these without new evidence from the tools.',
      'Each member knows their task and their time point. Nobody enters before {entry}, and nobody stays after {wEnd}.',
    ],
  ],
  hacker: [
    [
      '**Technical assessment:** {cameras} cameras, motion sensors in zones {zones}, and the SecureNet alarm linked directly to the police. Risk level: high, mainly because of the alarm link.',
      'Cutting the power does not help us. The UPS keeps the system running for {ups} hours and the generator starts in 10 seconds.',
      'The documents list three camera blind spots. The cameras can be avoided, but the motion sensors are the real difficulty.',
    ],
    [
      'There is no camera coverage at the {blind} or the {blindB}. After a detection the alarm waits {alarm} seconds, so we must keep moving through each zone. Risk level: medium.',
      'Footage is kept for {footage} days, so anything a camera sees can be checked later. We stay inside the blind spots for the whole process.',
      '{vault}, the maintenance corridor and stairwell B all belong to zone E. The {alarm}-second delay matters most in this zone.',
    ],
    [
      'Zone F is the vault, protected by vibration and heat sensors. I will monitor the zone panel for the whole window, {wStart}-{wEnd}.',
      'The {lock} records every code and locks after {tries} wrong attempts. For us, the keypad only brings risk and no benefit.',
      'The camera feeds are watched live in the security office on floor 2. As long as we stay in the blind spots, they will only see empty rooms.',
    ],
    [
      'The same {alarm}-second delay applies when we leave. If SecureNet raises the alarm, police arrive in {police} minutes. Risk level: high.',
      'The {blindB} has no camera, so it is the safest exit. I will close the zone panel once the last person is on the stairs.',
      'If the alarm goes off, the UPS keeps it running for {ups} hours. We do not try to stop it; we simply leave.',
    ],
    [
      '**Technical summary:** {cameras} cameras, blind spots at the {blind} and the {blindB}, zones {zones}, a {alarm}-second sensor delay.',
      'From {wStart} I stay on zone F. Nobody touches the SecureNet box in any situation.',
      'I have marked all {cameras} cameras on the map. I will report every zone change on the radio at the first time.',
    ],
  ],
  safecracker: [
    [
      'The target is a {lock} with dual authorization. The keys are not on site, so the only method is mechanical drilling.',
      'The door is a {doorTons}-ton steel door. {tries} wrong codes mean a {lockout}-minute lockout, so nobody should try the keypad.',
      'Before we make any schedule, please remember that the window is {wStart}-{wEnd}, only {windowLen} minutes, and the time lock will not wait for us.',
    ],
    [
      'The equipment goes down through the {blindB}. It is heavy, so please give me enough time and do not rush me.',
      'The time lock stays closed until {wStart}. Arriving earlier only means waiting in the corridor with the drill.',
      'The drill rig is over 30 kg. Please keep the corridor to {vault} clear so I can set up quickly.',
    ],
    [
      '**Calculation process:** 3 bolt housings × 12 minutes + 9 minutes of setup = {drill} minutes. This is the figure I plan with.',
      'The pure drilling time is 3 × 12 = 36 minutes, and with the setup the door needs {drill} minutes. Neither of the two parts can be made shorter.',
      'The maximum time inside is {maxInside} minutes and the drill needs {drill}, so there is almost no margin. If a bolt gets stuck, we give up.',
    ],
    [
      'When the door opens, two people pack the bags. If the drill slows us down, we leave it behind.',
      'I leave the vault as the last person. Once out, nobody returns inside for any reason.',
      'If the drilling takes too long, I stop at {wEnd} no matter what. Going home empty-handed is better than being caught.',
    ],
    [
      '**Ready:** drilling starts at {wStart}, takes {drill} minutes, and ends before {wEnd}.',
      'Drilling only, and nobody touches the keypad. {drill} minutes inside the {window} window.',
      'My figures have not changed: a {drill}-minute drill, at most {maxInside} minutes inside, a {doorTons}-ton door.',
    ],
  ],
}
