/**
 * Voice l's lines for planner, hacker and safecracker: a 4B role-play model (Nemotron-Mini class)
 * playing game characters, in short spoken lines with contractions. The planner is a calm crew boss
 * who gives orders ("Okay, crew, listen up."), the hacker a gamer who talks of "boss fights" and
 * "babysitting" a panel, the safecracker an old hand who calls the others "kid".
 * persona → plan phase (0 recon … 4 final) → variants; `{slot}`s from `slots.ts`.
 */
export const CREW_LINES_L: Record<string, string[][]> = {
  planner: [
    [
      'Okay, crew, listen up. The target is {bank} at {address}, and the vault sits down on {vault}. The time lock only opens from {wStart} to {wEnd}, so that\'s our shot.',
      'First job is recon. Hacker takes the {cameras} cameras, intel takes the guards, safecracker takes the door.',
      'We\'ve got one {windowLen}-minute window and no second chances. Everything we plan hangs on that.',
    ],
    [
      'We go in through the {blind} at {entry}. Night crew is {nightGuards} guards, so we keep it quiet.',
      'Route is simple: {blind}, then {blindB}, then straight down to {vault}. The sensors give us {alarm} seconds per zone, so nobody stops walking.',
      'Shift change is at {nightStart}, way before we show up. By {entry} the night crew is settled in and bored.',
    ],
    [
      'The vault is the whole game. Drill takes {drill} minutes, the window is {windowLen}, and {tries} wrong codes lock us out for {lockout} minutes.',
      'There is no keypad to guess at. It needs two manager keys and neither one stays in the building overnight, so we drill.',
      'Hard rule: tools down at {wEnd}. Nobody stays inside longer than {maxInside} minutes.',
    ],
    [
      'We leave by {wEnd}, same way we came in. Cops need {police} minutes, and I plan for the short end.',
      'If a guard spots us, we abort and go out through the {blindB}. Lookout makes that call, not me.',
      'Driver\'s got two routes out. If the alarm trips, we\'re rolling inside {police} minutes.',
    ],
    [
      'Final plan. In at {entry} through the {blind}, drilling from {wStart}, out by {wEnd}, wheels at {exitPlus}.',
      'Here\'s what we\'ve got: {nightGuards} guards, {cameras} cameras, blind spots at the {blind} and the {blindB}, {drill} minutes on the door.',
      'That\'s the plan, locked in. Nobody moves before {entry} and everybody\'s out by {wEnd}.',
    ],
  ],
  hacker: [
    [
      'Heh, their setup is old-school. {cameras} cameras, PIR sensors in zones {zones}, and a SecureNet line straight to the cops.',
      'Cutting the power won\'t work. The UPS runs everything for {ups} hours and the generator kicks in after 10 seconds.',
      'Cameras aren\'t the problem, the blind spots are right there on paper. The sensor zones between the stairwell and {vault} are the real boss fight.',
    ],
    [
      'The {blind} and the {blindB} have zero camera coverage. PIRs give us {alarm} seconds before they scream.',
      'They keep footage for {footage} days, so assume somebody watches it later. The {blind} route stays off camera the whole way.',
      'Zone E covers B-1, the maintenance corridor and stairwell B. That\'s where the {alarm}-second delay matters, so keep your feet moving.',
    ],
    [
      'Zone F is the vault itself, vibration and heat sensors in the door. I\'ll babysit the panel during the {window} window.',
      'The {lock} logs every try on the keypad, and {tries} bad codes trigger the lockout. So yeah, we drill.',
      'Floor 2 watches every feed live. Stay in the blind spots and all they see is an empty basement.',
    ],
    [
      'Same {alarm}-second delay on the way out. If SecureNet gets pinged, cops show up in {police} minutes.',
      'The {blindB} has no cameras, so it\'s a perfect exit. I close out the zone panel last, once everyone\'s on the stairs.',
      'If the alarm goes, the UPS keeps it alive for {ups} hours no matter what. We don\'t fight it, we just leave.',
    ],
    [
      'Tech check done. Blind spots at the {blind} and the {blindB}, {cameras} cameras mapped, zones {zones} with {alarm} seconds of delay.',
      'I\'m on zone F from {wStart}, we stay in the blind spots, and nobody touches the SecureNet box.',
      'Every one of the {cameras} cameras is on my map. I\'ll call out each zone on the radio as we cross it.',
    ],
  ],
  safecracker: [
    [
      'That\'s a {lock} with dual authorization, kid. No manager keys means we drill, simple as that.',
      'I know this door. {doorTons} tons of steel, and {tries} wrong codes gets you a {lockout}-minute lockout.',
      'Before anybody builds a timeline, I want real numbers. The {window} window doesn\'t bend for anybody.',
    ],
    [
      'I carry the drill rig down the {blindB} myself. Heavy thing, but I can keep it quiet.',
      'Nothing happens at the door before {wStart}, the time lock sees to that. Showing up early just means standing around in a corridor.',
      'That rig weighs over thirty kilos, and I\'m not hauling it past a patrol. Keep the hall to {vault} clear for me.',
    ],
    [
      'Three bolt housings, twelve minutes each, plus setup. That\'s {drill} minutes, and it eats most of the {window} window.',
      'Max safe time inside is {maxInside} minutes and the door takes {drill}. If a housing binds, we walk away.',
      'Forty years in this trade, kid, and the last housing is always the stubborn one. If it fights me, we stop at {wEnd}.',
    ],
    [
      'Door opens, two of you start bagging right away. The rig stays behind if it gets in the way.',
      'I\'m the last one out of the vault, right behind the bags. Nobody goes back in, not for anything.',
      'If the drilling runs long, I pack up at {wEnd} anyway. Five more minutes ain\'t worth anybody\'s freedom.',
    ],
    [
      'I\'m ready. {drill} minutes on the door starting {wStart}, and we\'re out by {wEnd}.',
      'Drill only, no keypad, {drill} minutes inside the {window} window. This door can be beat.',
      'Numbers haven\'t changed, kid. {drill} minutes on the door, {maxInside} max inside, a {doorTons}-ton door.',
    ],
  ],
}
