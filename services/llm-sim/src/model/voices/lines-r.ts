/**
 * Voice r's lines for planner, hacker and safecracker: Mistral Small 3.2 (24B) playing a crew member
 * the way its instruction tuning writes: direct and practical, straight apostrophes, plain hyphens in
 * ranges, bold Title Case labels with the colon outside (`**Entry Point**: …`), "Here's the
 * breakdown" before a plan. The planner runs the job as an operations lead; the hacker is a
 * pragmatic systems person ("Practically speaking,"); the safecracker a dry tradesman who does its
 * sums in one line ("3 housings at 12 minutes, plus 9 for setup: 45").
 * persona → plan phase (0 recon … 4 final) → variants; `{slot}`s from `slots.ts` and `falsehoods-r.ts`.
 */
export const CREW_LINES_R: Record<string, string[][]> = {
  planner: [
    [
      '**Target**: {bank} at {address}, vault on level {vault}. The only opening we get is the time lock window, {wStart}-{wEnd}, so that is what the whole plan is built around.',
      'Here\'s the breakdown for recon: hacker takes the {cameras} cameras and the sensor zones, intel takes the guards and shifts. I\'ll put it together into one schedule.',
      'We have {windowLen} minutes inside the window and no way to stretch it. If a task doesn\'t fit in that time, it doesn\'t happen.',
    ],
    [
      '**Entry Point**: the {blind}, at {entry}. No camera covers it, and from there we take the {blindB} down to {vault}.',
      'The sensors give us {alarm} seconds before they report, so nobody stops between zones. We keep moving as one group.',
      'At {nightStart} the night shift comes on with {nightGuards} guards. By {entry} they have settled into their routine, which is what we want.',
    ],
    [
      '**Vault Phase**: the drill needs {drill} minutes and the window is {windowLen}. That leaves almost nothing spare, so the drill starts the minute the lock releases.',
      'The manager keys don\'t stay in the building overnight. We drill, we don\'t look for keys.',
      'Nobody touches the keypad: {tries} wrong codes and the door locks for {lockout} minutes. That would finish the job on the spot.',
    ],
    [
      '**Exit Route**: back out the way we came, done by {wEnd}. Once SecureNet calls it in, police take {police} minutes, so the driver is in place before we start.',
      'If we get spotted, the fallback is the {blindB}. The lookout makes the abort call and nobody argues with it over the radio.',
      'At {exitPlus} the van goes. Anyone who isn\'t there by then makes their own way, and everyone agrees to that now.',
    ],
    [
      'Here\'s the final plan: entry {entry} through the {blind}, drilling from {wStart}, everyone out by {wEnd}, van gone at {exitPlus}.',
      '**Fixed Numbers**: {nightGuards} guards on nights, {cameras} cameras, a {drill}-minute drill, window {wStart}-{wEnd}. Nobody changes these without a source.',
      'Everyone knows their part and the times are set. Nobody moves before {entry}, and by {wEnd} everyone is out.',
    ],
  ],
  hacker: [
    [
      '**Security Overview**: {cameras} cameras, motion sensors in zones {zones}, and a direct alarm line to SecureNet. The alarm line is the real problem, because we can\'t cut it without someone noticing.',
      'Cutting the power won\'t help us. The panel runs on UPS for {ups} hours and the generator takes over after about ten seconds.',
      'There are three spots the cameras don\'t cover. Practically speaking, the cameras are handled and the motion sensors are what we plan around.',
    ],
    [
      'Cameras miss the {blind} and the {blindB} entirely. The sensors wait {alarm} seconds before reporting, so as long as we keep moving, nothing goes out.',
      'They keep footage for {footage} days, so anything a camera sees can be reviewed later. We stay inside the gaps the whole time.',
      'Zone E is {vault}, the maintenance corridor and stairwell B together. That is where the {alarm}-second delay matters most.',
    ],
    [
      'Zone F is the vault itself: vibration sensors and heat sensors. I\'ll stay on the zone panel for the whole window, {wStart}-{wEnd}.',
      'The {lock} logs every code entered and locks after {tries} wrong ones. Practically speaking, the keypad is a trap, not a way in.',
      'Floor 2 watches the camera feeds live. If we stay in the gaps, they see empty corridors all night.',
    ],
    [
      'On the way out the same {alarm}-second delay applies. If SecureNet gets an alert, police need {police} minutes.',
      'The {blindB} has no cameras, so it\'s the cleanest way out. I close the zone panel once the last person is on the stairs.',
      'If the alarm goes off anyway, the UPS keeps it running for {ups} hours. We don\'t fight it, we leave.',
    ],
    [
      '**Tech Summary**: {cameras} cameras, gaps at the {blind} and the {blindB}, zones {zones}, a {alarm}-second sensor delay.',
      'From {wStart} I\'m on Zone F. Nobody goes near the SecureNet box, for any reason.',
      'I have every one of the {cameras} cameras on my map. I\'ll call out each zone change on the radio as we go.',
    ],
  ],
  safecracker: [
    [
      '**Vault Door**: a {lock} with dual control. The keys aren\'t on site, so this is a drilling job.',
      'The door is {doorTons} tons of steel. {tries} wrong codes give a {lockout}-minute lockout, so nobody guesses at that keypad.',
      'Before anyone writes a schedule: the lock opens {wStart}-{wEnd}, which is {windowLen} minutes, and it won\'t give us a second more.',
    ],
    [
      'The kit comes down the {blindB}. It\'s heavy, but it stays quiet if nobody hurries me.',
      'The time lock won\'t release before {wStart}. Getting there early just means waiting in a corridor with a drill bag.',
      'The rig is over 30 kilos. Keep the way to {vault} clear and setup goes quickly.',
    ],
    [
      'No magic here: 3 housings at 12 minutes, plus 9 for setup, is {drill} minutes. That is the figure I work with.',
      'The three housings alone take {rBolts} minutes, and setup brings the door to {drill}. I don\'t cut corners on either.',
      'We can stay {maxInside} minutes inside and the drill takes {drill}, so the margin is thin. If a bolt seizes, we leave it.',
    ],
    [
      'When the door opens, two people fill the bags. The rig stays behind if it would slow us down.',
      'I\'m the last one out of the vault. Nobody goes back in for anything.',
      'If the drilling runs over, I stop at {wEnd} no matter what. Leaving empty-handed beats getting caught.',
    ],
    [
      'Ready on my side: drilling starts {wStart}, takes {drill} minutes, finished before {wEnd}.',
      'We drill, and the keypad stays untouched. {drill} minutes fits inside the {window} window.',
      'My numbers haven\'t changed: a {drill}-minute drill, at most {maxInside} minutes inside, a {doorTons}-ton door.',
    ],
  ],
}
