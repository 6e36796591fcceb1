/**
 * Voice i's lines for planner, hacker and safecracker: a Command R-class model answering first and
 * explaining after, in polished American English with "Here's", "Let's", "It's worth noting" and
 * "Realistically," — the planner builds consensus and asks for sign-off, the hacker talks systems
 * ("PIR", "UPS", "the way I see it"), the safecracker reasons in best and worst cases ("Here's the
 * math:"). persona → plan phase (0 recon … 4 final) → variants; `{slot}`s from `slots.ts`.
 */
export const CREW_LINES_I: Record<string, string[][]> = {
  planner: [
    [
      'Let\'s start with the fundamentals. The target is {bank} at {address}, the vault is on {vault}, and the time lock only releases between {wStart} and {wEnd}. Every other decision follows from that window.',
      'Here\'s how I\'d like to divide the recon work: hacker takes the {cameras} cameras and the sensor zones, intel takes the guard roster, and safecracker takes the door. Let\'s regroup once everyone has their numbers.',
      'Before we get into details, let\'s agree on one principle: we plan around documented facts, not assumptions. The {window} maintenance window is our only opportunity, so it anchors the whole timeline.',
    ],
    [
      'For entry, I\'m proposing the {blind} at {entry}, ten minutes before the window opens. With {nightGuards} guards on the night shift, that gives us the quietest approach.',
      'Let\'s walk through the route: in through the {blind}, down via the {blindB}, and along the corridor to {vault}. Hacker, can you confirm the {alarm}-second sensor delay covers each crossing?',
      'It\'s worth noting that the {nightStart} shift change is well behind us by {entry}. I\'d rather enter during a settled shift than during a handover.',
    ],
    [
      'The vault is the critical path. We have {windowLen} minutes in the window, the drill needs {drill}, and {tries} wrong codes trigger a {lockout}-minute lockout, so nobody touches the keypad.',
      'Here\'s the key constraint: two manager keys are required and neither stays on site overnight. That\'s why we drill, and why the {drill}-minute estimate drives everything else.',
      'Let\'s set a firm rule: we stop at {wEnd} no matter what. The maximum safe time inside is {maxInside} minutes, and I\'m not willing to stretch it.',
    ],
    [
      'For the exit, we leave by {wEnd} the same way we came in, through the {blind}. Police response is {police} minutes, so we plan for the fast end of that range.',
      'If a guard spots us, we abort immediately and leave through the {blindB}. The lookout makes that call, and we don\'t debate it over the radio.',
      'Driver, I\'d like two exit routes from {address}. Lookout, please time the patrol car. If the alarm trips, we need to be moving within {police} minutes.',
    ],
    [
      'Here\'s the final plan: entry at {entry} through the {blind}, drilling from {wStart}, out by {wEnd}, and in the vehicle at {exitPlus}. Please confirm your part in one line.',
      'We\'re locked in: {nightGuards} night guards, {cameras} cameras, blind spots at the {blind} and the {blindB}, and {drill} minutes on the door within the {window} window. Any change goes through me.',
      'That\'s the plan approved. Nobody moves before {entry}, and we stay inside the {window} window with the {lockout}-minute lockout in mind.',
    ],
  ],
  hacker: [
    [
      'I\'ve gone through the security setup. We\'re dealing with {cameras} cameras, PIR motion sensors in zones {zones}, and a SecureNet alarm that reports straight to police dispatch.',
      'Quick overview of the electronics: the UPS keeps cameras, sensors and the alarm running for {ups} hours, and a generator kicks in after 10 seconds. Basically, cutting the power won\'t help us.',
      'The way I see it, the cameras aren\'t the hard part; there are {cameras} of them, but the blind spots are documented. The real challenge is the sensor zones between the stairs and {vault}.',
    ],
    [
      'Good news on coverage: the {blind} and the {blindB} have no cameras. The PIR sensors give us {alarm} seconds before the alarm is raised, which is enough to cross a zone if we keep moving.',
      'Footage is retained for {footage} days, so we should assume every frame gets reviewed. The route through the {blind} stays off camera all the way to the stairwell.',
      'Zone E covers the B-1 corridor, the maintenance corridor and stairwell B, so that\'s where the {alarm}-second delay matters most. We keep moving, and nobody stops inside a zone.',
    ],
    [
      'Zone F covers the antechamber and the vault itself, including the vibration and heat sensors in the door. I\'ll handle the zone panel during the {window} window, since maintenance traffic is expected then.',
      'The keypad is off-limits. The {lock} logs every attempt and {tries} wrong codes trigger the lockout, so the safecracker drills and I keep the sensors quiet.',
      'The security office on floor 2 monitors every feed live. As long as we stay in the blind spots, all they\'ll see is an empty basement.',
    ],
    [
      'On the way out, the same {alarm}-second delay applies in reverse. If anything reaches SecureNet, we\'re looking at {police} minutes before police arrive.',
      'For the exit, the {blindB} has zero camera coverage. I\'ll release the zone panel last, once everyone is on the stairs.',
      'If the alarm trips, the {ups}-hour UPS means the system stays up no matter what we do. We don\'t fight the panel; we leave.',
    ],
    [
      'Electronics are ready: blind spots at the {blind} and the {blindB}, {cameras} cameras mapped, zones {zones} at {alarm} seconds. I\'m clear for {entry}.',
      'Final status from my side: zone F handled from {wStart}, our route stays in the blind spots, and the SecureNet line stays untouched.',
      'All {cameras} cameras are mapped against our route. I\'ll call out every zone crossing on the radio.',
    ],
  ],
  safecracker: [
    [
      'It\'s a {lock} with dual authorization. Realistically, that means drilling, because there\'s no shortcut around two manager keys.',
      'We\'re looking at a {doorTons}-ton door on a {lock}. Guessing codes is off the table: {tries} wrong entries and we lose {lockout} minutes to the lockout.',
      'Before anyone builds a timeline around the door, I want solid numbers. The {window} window won\'t move, so the job fits inside it or it doesn\'t happen.',
    ],
    [
      'I\'ll carry the drill rig down the {blindB} myself. It\'s heavy, but I know how to move it quietly.',
      'Nothing happens at the door before {wStart}. The time lock decides that, so arriving early just means waiting in a corridor.',
      'The kit weighs over thirty kilos, and I\'d rather not carry it past a patrol. Let\'s keep the {vault} corridor clear for me.',
    ],
    [
      'Here\'s the math: three bolt housings at twelve minutes each, plus setup, comes to {drill} minutes if nothing binds. That uses most of the {window} window, so there\'s no second attempt.',
      'Maximum safe time inside is {maxInside} minutes, and the door alone takes {drill}. Worst case, a housing binds and we walk away empty-handed, and I\'m fine with that.',
      'In my experience, the last housing is the one that binds. If it does, we stop at {wEnd} and leave; half a vault isn\'t worth it with police {police} minutes away.',
    ],
    [
      'Once the door swings, I need two people on the bags immediately. If the rig slows us down, we leave it behind.',
      'I\'ll be the last one out of the vault and right behind the bags on the stairs. Nobody goes back for anything.',
      'If the drilling runs long, we pack up at {wEnd}, no exceptions. I\'ve seen crews lose everything over five extra minutes.',
    ],
    [
      'I\'m ready. {drill} minutes on the door starting at {wStart}, out by {wEnd}, and I stop the moment the window closes.',
      'Drill only, no keypad, {drill} minutes within the {window} window. It will open.',
      'My numbers haven\'t changed: {drill} minutes at the door, {maxInside} minutes maximum inside, {doorTons} tons of steel.',
    ],
  ],
}
