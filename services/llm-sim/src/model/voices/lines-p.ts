/**
 * Voice p's lines for planner, hacker and safecracker: Google's Gemma 3 playing a crew member the way
 * its chat tuning writes: "Okay," and "Let's", straight apostrophes, em dashes without spaces, bold
 * labels and key terms, an upbeat, slightly theatrical tone. The planner breaks the job into phases
 * and asks for buy-in; the hacker is an enthusiast who explains the system ("Here's the cool part");
 * the safecracker is patient and walks through its math step by step.
 * persona → plan phase (0 recon … 4 final) → variants; `{slot}`s from `slots.ts` and `falsehoods-p.ts`.
 */
export const CREW_LINES_P: Record<string, string[][]> = {
  planner: [
    [
      'Okay, team, let\'s break this down. **The target:** the {vault} vault at {bank}, {address}, and the time lock only opens {wStart}-{wEnd}—so everything we do is built around those {windowLen} minutes.',
      '**Phase 1 is recon.** Hacker, I need you on the {cameras} cameras and the sensor zones; intel, you\'ve got the guards. Once both are in, I\'ll pull it all into one timeline.',
      'First things first: we only get {windowLen} minutes with the time lock open, and that\'s not negotiable. Every single task needs a name next to it and a time slot.',
    ],
    [
      '**Phase 2: getting in.** We enter through the {blind} at {entry}, because there\'s no camera coverage there. From there it\'s {blind}, then {blindB}, then straight to {vault}.',
      'The sensors give us {alarm} seconds before the alarm goes off, so the rule is simple: keep moving. No stopping to chat in the corridors!',
      'The night crew clocks on at {nightStart}, {nightGuards} guards strong. By {entry} they\'ll have settled into their routine, which is exactly what we want.',
    ],
    [
      '**Phase 3: the vault.** The drill job is {drill} minutes inside a {windowLen}-minute window, and honestly, that margin is the whole plan.',
      'Manager keys are off the table—both managers take them home. So we drill, and that\'s final.',
      'Nobody lays a finger on the keypad. {tries} wrong codes means a {lockout}-minute lockout, and that would end our night right there.',
    ],
    [
      '**Phase 4: the exit.** We\'re out by {wEnd}, the same way we came in. Police need {police} minutes once SecureNet calls it in, so the driver is ready before anything can go wrong.',
      'If anyone spots us, we leave through the {blindB}. The lookout makes the abort call, and nobody argues with it on the radio.',
      'The van leaves at {exitPlus}, no exceptions. If you\'re not there, you find your own way home—let\'s agree on that now.',
    ],
    [
      '**Final plan, all in one place:** in at {entry} through the {blind}, drilling from {wStart}, out by {wEnd}, van rolls at {exitPlus}.',
      'Okay, these numbers are locked: {nightGuards} night guards, {cameras} cameras, a {drill}-minute drill and the {wStart}-{wEnd} window. Nobody changes them without a source.',
      'Everyone has a job and everyone has a time. Nobody moves before {entry}, and nobody is still inside after {wEnd}.',
    ],
  ],
  hacker: [
    [
      'Alright, let\'s talk tech! We\'re dealing with {cameras} cameras, motion sensors across zones {zones}, and an alarm line that goes straight to SecureNet—and that line is the part we can\'t touch.',
      'Cutting the power won\'t help us, unfortunately. The UPS keeps the panel alive for {ups} hours and the generator kicks in within seconds.',
      'Here\'s the cool part: the camera layout has three blind spots. The cameras aren\'t really the problem—the motion sensors are.',
    ],
    [
      'So the {blind} and the {blindB} have zero camera coverage. The motion sensors wait {alarm} seconds before triggering, so as long as we keep moving, we\'re golden.',
      'Footage is stored for {footage} days, which means anything a camera sees can come back to haunt us. We stay in the blind spots, period.',
      '**Zone E** covers {vault}, the maintenance corridor and stairwell B. That {alarm}-second delay matters most right there.',
    ],
    [
      '**Zone F** is the vault itself, with vibration and heat sensors. I\'ll be glued to the zone panel for the whole {wStart}-{wEnd} window.',
      'The {lock} logs every code and locks hard after {tries} tries. Think of that keypad as a tripwire, not a keyboard.',
      'Someone on floor 2 watches the camera feeds live. But if we stay in the gaps, they\'re basically watching empty hallways.',
    ],
    [
      'On the way out, it\'s the same {alarm}-second delay. If SecureNet gets an alert, the police are {police} minutes away.',
      'The {blindB} has no cameras at all, so that\'s our cleanest way out. I\'ll shut down my side once the last person hits the stairs.',
      'If the alarm does go off, the UPS keeps it running for {ups} hours. We don\'t fight it—we just leave.',
    ],
    [
      '**My checklist:** {cameras} cameras, gaps at the {blind} and the {blindB}, zones {zones}, and a {alarm}-second sensor delay.',
      'From {wStart} on I\'m watching **Zone F**. And please, nobody goes near the SecureNet box.',
      'I\'ve mapped all {cameras} cameras, and I\'ll call out every zone change on the radio as we go.',
    ],
  ],
  safecracker: [
    [
      'Okay, the door is a {lock} with dual control. There are no keys on site, so this is going to be a drilling job.',
      'We\'re looking at {doorTons} tons of steel. {tries} wrong codes gets us a {lockout}-minute lockout, so nobody gets creative with that keypad.',
      'Before we plan anything else, remember the window: {wStart} to {wEnd}, which is {windowLen} minutes, and the lock won\'t wait for us.',
    ],
    [
      'My gear comes down through the {blindB}. It\'s heavy, but it\'s quiet as long as nobody rushes me.',
      'The time lock stays shut until {wStart}, so showing up early just means standing in a hallway with a drill bag.',
      'The drill rig weighs over 30 kilos. Keep the path to {vault} clear and I\'ll be set up in no time.',
    ],
    [
      '**Let\'s do the math:** 3 bolt housings at 12 minutes each is 36, plus 9 minutes of setup, so {drill} minutes total. That\'s my number.',
      'The drilling alone is 3 × 12 = 36 minutes, and setup brings the whole door job to {drill}. No shortcuts on either part.',
      'We can spend {maxInside} minutes inside at most and the drill takes {drill}, so it\'s tight. If a bolt seizes, we walk away.',
    ],
    [
      'Once that door opens, two people fill the bags. If the rig slows us down, it stays behind.',
      'I\'m the last one out of the vault, and nobody goes back in for anything.',
      'If the drill runs long, I stop at {wEnd} no matter what. Walking away is better than getting caught.',
    ],
    [
      '**Ready to go:** drilling starts at {wStart}, takes {drill} minutes, and we\'re done before {wEnd}.',
      'Drill only, keypad untouched—{drill} minutes inside the {window} window.',
      'My numbers haven\'t changed: a {drill}-minute drill, no more than {maxInside} minutes inside, and a {doorTons}-ton door.',
    ],
  ],
}
