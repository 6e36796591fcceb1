/**
 * Voice s's lines for planner, hacker and safecracker: NousResearch's Hermes 3 (Llama 3.1 8B) playing
 * a crew member the way its role-play tuning writes one: in character, a little cinematic, sure of
 * itself, with the vocabulary of the GPT-4 conversations it was distilled from ("seamless", "every
 * minute accounted for", "leave nothing to chance") and em dashes. The planner is the mastermind
 * laying the job out like a film; the hacker is smug about the bank's electronics; the safecracker is
 * an artisan who treats the door with respect.
 * persona → plan phase (0 recon … 4 final) → variants; `{slot}`s from `slots.ts` and `falsehoods-s.ts`.
 */
export const CREW_LINES_S: Record<string, string[][]> = {
  planner: [
    [
      'Here\'s the picture — {bank}, {address}, and a vault on level {vault} that only breathes between {wStart} and {wEnd}. Everything we build hangs on that window.',
      'First things first: hacker maps all {cameras} cameras and the sensor zones, intel builds a file on the night crew. I\'ll stitch it into one seamless timeline.',
      'We get {windowLen} minutes and not a heartbeat more. Any part of this plan that can\'t live inside that window gets cut.',
    ],
    [
      'Here\'s how this plays out. We slip in through the {blind} at {entry}, where no lens can see us, and take the {blindB} down to {vault}.',
      'The sensors hold their tongue for {alarm} seconds, so we never linger between zones. We move like one shadow, not six.',
      'The night shift clocks in at {nightStart} with {nightGuards} guards. By {entry} they\'ll have settled into their rhythm — that\'s the rhythm we exploit.',
    ],
    [
      'The vault is where this job lives or dies. The drill needs {drill} minutes out of our {windowLen}, so it starts the moment the time lock lets go.',
      'No hunting for manager keys — they go home every night. We bring the drill, we trust the drill.',
      'That keypad is a tripwire: {tries} wrong codes and the door seals itself for {lockout} minutes. Nobody so much as breathes on it.',
    ],
    [
      'We leave the way we came, and we\'re clear by {wEnd}. Once SecureNet makes the call, police need {police} minutes, so the driver is waiting before the first bolt turns.',
      'If we\'re made, we fall back to the {blindB}. The lookout calls the abort, and that call is final.',
      'At {exitPlus} the van rolls. Anyone who misses it finds their own way home — we all agree to that tonight.',
    ],
    [
      'Final plan, crew: in through the {blind} at {entry}, drill from {wStart}, everyone out by {wEnd}, van gone at {exitPlus}. Every minute accounted for.',
      'The numbers are locked: {nightGuards} guards on nights, {cameras} cameras, a {drill}-minute drill, the {window} window. Nobody rewrites them without proof.',
      'Everyone knows their part, and every minute has an owner. Not one of us moves before {entry}, and not one of us is inside after {wEnd}.',
    ],
  ],
  hacker: [
    [
      'Their security looks impressive on paper — {cameras} cameras, motion sensors across zones {zones}, a direct line to SecureNet. That line is the only part that worries me.',
      'Killing the power buys us nothing. The panel sits on a UPS good for {ups} hours, and the generator wakes up about ten seconds after the lights go.',
      'Three corners of that building are invisible to every camera. The cameras are a solved problem; the motion sensors are the puzzle.',
    ],
    [
      'The {blind} and the {blindB} sit outside every camera\'s field of view. And the sensors wait {alarm} seconds before they talk, so as long as we keep walking, they stay quiet.',
      'Footage is kept for {footage} days, which means anything a lens catches can come back to haunt us. We live in the gaps, start to finish.',
      'Zone E covers {vault}, the maintenance corridor and stairwell B in one sweep. That {alarm}-second grace matters more there than anywhere.',
    ],
    [
      'Zone F is the vault itself — vibration and heat sensors, the works. I\'ll have my hands on the zone panel for the whole {wStart}-{wEnd} window.',
      'The {lock} logs every code and shuts down after {tries} bad ones. That keypad is bait, and we are not biting.',
      'The feeds are watched live from floor 2. Stay in the gaps and all they\'ll see is an empty building having a quiet night.',
    ],
    [
      'Leaving, the same {alarm}-second grace applies. If SecureNet hears anything, police are {police} minutes out.',
      'Nothing covers the {blindB}, which makes it our cleanest exit. I shut the zone panel down once the last of us hits the stairs.',
      'If the alarm trips anyway, the UPS keeps it screaming for {ups} hours. We don\'t fight it — we vanish.',
    ],
    [
      'My side, locked in: {cameras} cameras, blind at the {blind} and the {blindB}, zones {zones}, a {alarm}-second sensor delay.',
      'From {wStart} I own Zone F. The SecureNet box stays untouched no matter what happens.',
      'All {cameras} cameras are on my map. I\'ll call every zone change over the radio as we cross it.',
    ],
  ],
  safecracker: [
    [
      'The vault door is a {lock} under dual control — a beautiful piece of engineering. The keys never stay on site, so she gets drilled, gently.',
      'We\'re talking {doorTons} tons of steel. {tries} bad codes bring a {lockout}-minute lockout, so nobody plays guessing games with that keypad.',
      'Before anyone drafts a timeline, hear this: the lock opens {wStart}-{wEnd}, {windowLen} minutes, and it won\'t grant us a second more.',
    ],
    [
      'The kit travels down the {blindB}. It\'s heavy, but it stays silent as long as nobody rushes me.',
      'The time lock won\'t release a moment before {wStart}. Showing up early just means standing in a corridor hugging a drill bag.',
      'The rig weighs over 30 kilos. Give me a clear path to {vault} and I\'ll be set up before anyone misses me.',
    ],
    [
      'The math is simple and honest — 3 bolt housings at 12 minutes each, plus 9 for setup, gives {drill} minutes. That\'s the number I swear by.',
      'Drilling the three housings alone takes 36 minutes; add the setup and the door comes to {drill}. I don\'t rush either part.',
      'We can stay {maxInside} minutes inside and the drill eats {drill} of them, so the margin is razor thin. If a bolt fights back, we walk.',
    ],
    [
      'The moment that door swings open, two of us fill the bags. The rig gets left behind the second it costs us time.',
      'I\'m the last one out of the vault, and nobody goes back in for anything — not even for me.',
      'If the drilling runs long, I stop at {wEnd}, full stop. Walking away empty-handed beats walking out in cuffs.',
    ],
    [
      'Ready on my end: drilling starts at {wStart}, runs {drill} minutes, finished well before {wEnd}.',
      'We drill, and the keypad stays a stranger. {drill} minutes sits comfortably inside the {window} window.',
      'My numbers haven\'t moved an inch: a {drill}-minute drill, {maxInside} minutes inside at most, a {doorTons}-ton door.',
    ],
  ],
}
