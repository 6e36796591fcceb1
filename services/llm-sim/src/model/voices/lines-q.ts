/**
 * Voice q's lines for planner, hacker and safecracker: Alibaba's Qwen3 (8B, or 4B) playing a crew
 * member the way its assistant tuning writes a plan: bold labels before a colon, arrows for a
 * sequence, em dashes with spaces, a clause saying what each step ensures, "Let's proceed." The
 * planner runs phases and a timeline; the hacker writes a short security analysis ("Key
 * vulnerability:"); the safecracker shows its arithmetic in `$…$` as Qwen writes math.
 * persona → plan phase (0 recon … 4 final) → variants; `{slot}`s from `slots.ts` and `falsehoods-q.ts`.
 */
export const CREW_LINES_Q: Record<string, string[][]> = {
  planner: [
    [
      '**Objective:** the {vault} vault at {bank}, {address}. The time lock opens only {wStart}–{wEnd}, so every task has to fit inside those {windowLen} minutes.',
      'Let\'s structure this in phases: recon → entry → vault → exit. Hacker takes the {cameras} cameras and sensors, intel takes the guards, and I\'ll merge everything into one timeline.',
      'First, the hard constraint: a {windowLen}-minute window with no extension. Each task needs an owner and a time slot, which ensures nothing overlaps.',
    ],
    [
      '**Entry plan:** we go in through the {blind} at {entry}, since it has no camera coverage. Route: {blind} → {blindB} → {vault}, {qDoorToDoor} minutes from entry to close.',
      'The sensors allow {alarm} seconds before the alarm triggers, so nobody stops moving once we\'re inside. This keeps the risk of detection minimal.',
      'The night crew comes on at {nightStart}, {nightGuards} guards in total. By {entry} they\'re in their routine, which is exactly the condition we want.',
    ],
    [
      '**Vault phase:** the drill takes {drill} minutes of the {windowLen}-minute window — that margin is the entire plan.',
      'The manager keys leave the building with both managers, so drilling is the only option. Let\'s proceed on that basis.',
      'Nobody touches the keypad: {tries} wrong codes trigger a {lockout}-minute lockout, and that would end the job immediately.',
    ],
    [
      '**Exit plan:** we\'re out by {wEnd}, using the entry route in reverse. Police need {police} minutes after SecureNet calls it in, so the driver is ready before that.',
      'If anyone spots us, we exit through the {blindB}. The lookout makes the abort call, and the decision is final.',
      'The van leaves at {exitPlus} with no exceptions. Missing it means finding your own way out — let\'s agree on that now.',
    ],
    [
      '**Final timeline:** entry {entry} via the {blind} → drilling from {wStart} → out by {wEnd} → van departs {exitPlus}.',
      'Locked figures: {nightGuards} night guards, {cameras} cameras, a {drill}-minute drill and the {wStart}–{wEnd} window. Any change needs a source.',
      'Each member has a task and a time. Nobody moves before {entry}, and nobody is inside after {wEnd}.',
    ],
  ],
  hacker: [
    [
      '**Security overview:** {cameras} cameras, motion sensors in zones {zones}, and an alarm line straight to SecureNet. That line is the one component we cannot touch.',
      'Cutting the power won\'t work: the UPS keeps the panel running for {ups} hours, and the generator starts within seconds.',
      'The camera layout has three blind spots. **Key vulnerability:** the cameras are manageable — the motion sensors are the real constraint.',
    ],
    [
      'The {blind} and the {blindB} have no camera coverage. The sensors wait {alarm} seconds before triggering, so continuous movement keeps us safe.',
      'Footage is retained for {footage} days, which means any exposure can be reviewed later. We stay inside the blind spots at all times.',
      '**Zone E** spans {vault}, the maintenance corridor and stairwell B. The {alarm}-second delay is most critical there.',
    ],
    [
      '**Zone F** is the vault, monitored by vibration and heat sensors. I\'ll monitor the zone panel for the entire {wStart}–{wEnd} window.',
      'The {lock} logs every code and locks after {tries} attempts. The keypad is a tripwire, not an input device.',
      'The camera feeds are watched live from the floor 2 office. As long as we stay in the gaps, those feeds show empty corridors.',
    ],
    [
      'The same {alarm}-second delay applies on the way out. If SecureNet receives an alert, police are {police} minutes away.',
      'The {blindB} has zero camera coverage, so it\'s our cleanest exit. I\'ll shut down my side once the last person reaches the stairs.',
      'If the alarm does trigger, the UPS keeps it running for {ups} hours. We don\'t fight it — we leave.',
    ],
    [
      '**Security summary:** {cameras} cameras, gaps at the {blind} and the {blindB}, zones {zones}, and a {alarm}-second sensor delay.',
      'From {wStart} onward I\'m on **Zone F**. Nobody goes near the SecureNet box.',
      'All {cameras} cameras are mapped, and I\'ll call every zone change on the radio as we move.',
    ],
  ],
  safecracker: [
    [
      'The door is a {lock} with dual control, and there are no keys on site. This is a drilling job.',
      'We\'re dealing with {doorTons} tons of steel. {tries} wrong codes mean a {lockout}-minute lockout, so the keypad stays untouched.',
      'Before anything else, the window: {wStart} to {wEnd}, which is {windowLen} minutes, and the lock doesn\'t wait for us.',
    ],
    [
      'My equipment comes down through the {blindB}. It\'s heavy but quiet, as long as nobody rushes the setup.',
      'The time lock stays closed until {wStart}, so arriving early only means waiting in a corridor with a drill bag.',
      'The drill rig weighs over 30 kg. Keep the path to {vault} clear, which ensures a fast setup.',
    ],
    [
      '**Breakdown:** $3 \\times 12 + 9 = {drill}$ — three bolt housings at 12 minutes each, plus 9 minutes of setup. That\'s the number I\'m working with.',
      'Drilling alone is $3 \\times 12 = 36$ minutes, and setup brings the full door job to {drill}. Neither part can be shortened.',
      'We have at most {maxInside} minutes inside and the drill needs {drill}, so the margin is thin. If a bolt seizes, we abort.',
    ],
    [
      'When the door is open, two people load the bags. If the rig becomes a burden, we leave it.',
      'I leave the vault last, and nobody re-enters for any reason.',
      'If drilling runs long, I stop at {wEnd} regardless. Leaving empty-handed is better than getting caught.',
    ],
    [
      '**Vault plan:** drilling starts at {wStart}, takes {drill} minutes, and finishes before {wEnd}.',
      'Drill only, keypad untouched — {drill} minutes inside the {window} window.',
      'My figures are unchanged: a {drill}-minute drill, at most {maxInside} minutes inside, a {doorTons}-ton door.',
    ],
  ],
}
