/**
 * Voice u's lines for planner, hacker and safecracker: Falcon3-7B-Instruct playing a crew member the
 * way its assistant tuning answers: helpful and concise, contractions ("Let's", "I'll", "we'll"), a bold
 * label for the key point, and the arithmetic of a maths-trained model written in LaTeX (`\( 3 \times 12
 * + 9 = 45 \)`). The planner breaks the job into steps with a time each; the hacker lists the systems
 * and what each means for us; the safecracker shows its working.
 * persona → plan phase (0 recon … 4 final) → variants; `{slot}`s from `slots.ts` and `falsehoods-u.ts`.
 */
export const CREW_LINES_U: Record<string, string[][]> = {
  planner: [
    [
      'Let\'s start by breaking the job into steps. **Step 1** is reconnaissance: the hacker maps the {cameras} cameras and zones {zones} at {bank}, and intel gets the night roster.',
      'The key constraint is the time lock at {address}: the vault only opens {wStart}-{wEnd}, which gives us \\( {windowLen} \\) minutes. Every other step has to fit inside that.',
      'Here\'s how I\'d like to approach this: first the facts, then the roles, then the timeline. For now, let\'s focus on getting the facts right.',
    ],
    [
      '**Entry:** we go in at {entry} through the {blind}, which no camera covers, and take the {blindB} down to {vault}. Keep in mind the {alarm}-second sensor delay on the way.',
      'The roster puts {nightGuards} guards on the night shift from {nightStart}. By {entry} the handover is long done, so that\'s our best time to move.',
      'To keep things simple, everyone uses one route from the {blind} to the vault. No one splits off, and no one waits in the corridor.',
    ],
    [
      '**Vault:** the drill takes {drill} of the {windowLen} minutes in the window, so there\'s very little margin. The safecracker decides how we handle the door.',
      'We\'re not touching the keypad: {tries} wrong codes lock it for {lockout} minutes. The manager keys aren\'t in the building at night, so drilling is the only option.',
      'The limit inside is {maxInside} minutes. I\'ll ask the lookout for a time check every ten minutes while we\'re down there.',
    ],
    [
      '**Exit:** everyone is out by {wEnd} the way we came in. With a police response of {police} minutes, the driver needs to be ready before the door opens.',
      'If something goes wrong, we leave through the {blindB} right away. The lookout makes the abort call, and we don\'t discuss it on the radio.',
      'The latest departure for the van is {exitPlus}. Anyone who misses it walks, and we\'ve all agreed to that.',
    ],
    [
      '**Final timeline:** entry {entry} via the {blind}, drilling from {wStart}, everyone out by {wEnd}, van gone at {exitPlus}. Let\'s lock this in.',
      'Here are the confirmed numbers: {nightGuards} night guards, {cameras} cameras, a {drill}-minute drill and the {wStart}-{wEnd} window. We only change them if a tool shows otherwise.',
      'Everyone has a role and a time. Let\'s make sure nobody goes in before {entry} or stays past {wEnd}.',
    ],
  ],
  hacker: [
    [
      'Here\'s an overview of the security setup: {cameras} cameras, motion sensors in zones {zones}, and a SecureNet alarm that reports straight to the police. The alarm link is the main risk.',
      'Cutting the power is not a viable option here. The UPS runs the system for {ups} hours, and the generator kicks in within 10 seconds.',
      'According to the documents, there are three blind spots. The cameras are manageable; the motion sensors are the harder part.',
    ],
    [
      '**Blind spots:** the {blind} and the {blindB} have no camera coverage. A detection gives us {alarm} seconds before the alarm, so we keep moving through each zone.',
      'The footage is stored for {footage} days, which means anything on camera can be reviewed later. That\'s why we stay in the blind spots the whole way.',
      'Zone E includes {vault}, stairwell B and the maintenance corridor. The {alarm}-second delay is most important there.',
    ],
    [
      '**Vault sensors:** zone F has vibration and heat sensors. I\'ll watch the zone panel for the entire {wStart}-{wEnd} window.',
      'The {lock} logs every code entered and locks after {tries} failed attempts. For us the keypad is all risk and no reward.',
      'The camera feeds are monitored live in the security office on floor 2. As long as we stay in the blind spots, they\'ll just see empty hallways.',
    ],
    [
      'The {alarm}-second delay also applies on the way out. If SecureNet sends the alarm, the police will be there in {police} minutes.',
      'The {blindB} has no camera, which makes it the safest way out. I\'ll close the zone panel once the last person is on the stairs.',
      'If the alarm does go off, the UPS keeps it going for {ups} hours. There\'s no point fighting it; we just leave.',
    ],
    [
      '**Security summary:** {cameras} cameras, blind spots at the {blind} and the {blindB}, zones {zones}, and a {alarm}-second delay.',
      'From {wStart} I\'m on zone F only. The SecureNet box stays untouched no matter what.',
      'All {cameras} cameras are marked on my map. I\'ll call out every zone change on the radio as it happens.',
    ],
  ],
  safecracker: [
    [
      'The target is a {lock} that needs two managers to open. Since the keys aren\'t on site, we\'ll have to drill it.',
      'It\'s a {doorTons}-ton steel door, and {tries} wrong codes trigger a {lockout}-minute lockout. So the keypad is off the table.',
      'Before anyone plans around the vault, remember the window: {wStart}-{wEnd}, only {windowLen} minutes, and the time lock doesn\'t wait.',
    ],
    [
      'The drill rig comes down the {blindB}. It\'s heavy, so I\'ll need a few extra minutes on the stairs.',
      'The time lock stays shut until {wStart}. Getting there early just means standing in the corridor with the gear.',
      'The rig weighs over 30 kg, so please keep the path to {vault} clear for a quick setup.',
    ],
    [
      'Let\'s calculate the drilling time: \\( 3 \\times 12 + 9 = {drill} \\) minutes, three bolt housings at 12 minutes each plus setup. I\'m using that number for planning.',
      'The drilling itself is \\( 3 \\times 12 = 36 \\) minutes, and with setup the door needs {drill} minutes. There\'s no way to shorten either part.',
      'With {maxInside} minutes allowed inside and {drill} needed for the door, there\'s almost no spare time. If a bolt jams, we walk away.',
    ],
    [
      'Once the door is open, two people fill the bags. If the drill is slowing us down, we leave it.',
      'I\'ll be the last one out of the vault. After that, nobody goes back in for any reason.',
      'If the drilling runs long, I stop at {wEnd} regardless. Walking away with nothing is better than getting caught.',
    ],
    [
      '**Door plan:** drilling starts at {wStart}, runs {drill} minutes, and finishes before {wEnd}.',
      'Drilling only, and the keypad stays untouched. {drill} minutes fits in the {window} window.',
      'My numbers are the same as before: {drill} minutes on the door, {maxInside} minutes at most inside, and a {doorTons}-ton door.',
    ],
  ],
}
