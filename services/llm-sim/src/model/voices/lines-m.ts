/**
 * Voice m's lines for planner, hacker and safecracker: a 1.7B assistant model (SmolLM2 class) playing
 * a crew member the way its synthetic chat data taught it: short, simple, upbeat sentences, the team
 * named by role titles, sums written out in words. The planner counts steps ("First", "Next",
 * "Finally"), the hacker talks about "the system", the safecracker calls the vault "the safe".
 * persona → plan phase (0 recon … 4 final) → variants; `{slot}`s from `slots.ts` and `falsehoods-m.ts`.
 */
export const CREW_LINES_M: Record<string, string[][]> = {
  planner: [
    [
      'Our target is {bank} at {address}. The vault is on level {vault} and it only opens between {wStart} and {wEnd}.',
      'First, we need to learn everything about the bank. The Technical Security Expert will check the {cameras} cameras and the Intelligence Analyst will check the guards.',
      'The time lock gives us a {windowLen}-minute window. Everything in our plan has to fit inside this window.',
    ],
    [
      'Next, we need a way in. We will use the {blind} at {entry} because there are no cameras there.',
      'The route is the {blind}, then the {blindB}, then down to {vault}. The motion sensors wait {alarm} seconds before the alarm, so we keep moving.',
      'The night shift starts at {nightStart} with {nightGuards} guards. By {entry} the guards will be settled in their routine.',
    ],
    [
      'Now the most important part is the vault. The drill needs {drill} minutes and the window is {windowLen} minutes long.',
      'The vault needs two manager keys, and the managers take them home at night. This means drilling is our only option.',
      'If we enter {tries} wrong codes, the lock is closed for {lockout} minutes. That is why nobody touches the keypad.',
    ],
    [
      'Finally, we need to get out safely. We leave by {wEnd} through the same door we came in.',
      'The police need {police} minutes to arrive, so the Getaway Driver must be ready before the alarm even starts.',
      'If a guard sees us, we stop and leave through the {blindB}. The Surveillance Specialist decides when we abort.',
    ],
    [
      'Here is our final plan. We enter at {entry} through the {blind}, we drill from {wStart}, we leave by {wEnd} and we drive away at {exitPlus}.',
      'To summarize the facts: {nightGuards} guards, {cameras} cameras, {drill} minutes of drilling and a window from {wStart} to {wEnd}.',
      'Everyone knows their job now. Nobody goes in before {entry} and everyone is out by {wEnd}.',
    ],
  ],
  hacker: [
    [
      'The security system of the bank has {cameras} cameras and motion sensors in zones {zones}. The alarm goes directly to the police through SecureNet.',
      'We cannot just turn off the power. The UPS keeps the system running for {ups} hours and the generator starts after 10 seconds.',
      'The system has three blind spots with no camera coverage. The motion sensors are the bigger challenge for us.',
    ],
    [
      'The {blind} and the {blindB} are not covered by any camera. The motion sensors give us {alarm} seconds before the alarm goes off.',
      'The bank keeps the camera footage for {footage} days. This means someone can watch it later, so we stay in the blind spots.',
      'Zone E covers {vault}, the maintenance corridor and stairwell B. The {alarm}-second delay is important in this zone.',
    ],
    [
      'Zone F is the vault itself and it has vibration and heat sensors. I will watch the zone panel for the whole window, {wStart} to {wEnd}, which is {windowLen} minutes.',
      'The {lock} records every code that is entered. After {tries} wrong codes it locks, so the keypad is not an option.',
      'The security office on floor 2 watches the cameras live. If we stay in the blind spots, the screens only show empty rooms.',
    ],
    [
      'On the way out the motion sensors still have the {alarm}-second delay. If SecureNet sends an alert, the police arrive in {police} minutes.',
      'The {blindB} has no cameras, which makes it a good exit. I will close the zone panel after everyone is on the stairs.',
      'If the alarm starts, the system stays on for {ups} hours because of the UPS. We do not try to stop it, we just leave.',
    ],
    [
      'My technical summary is ready: {cameras} cameras, blind spots at the {blind} and the {blindB}, and zones {zones} with a {alarm}-second delay.',
      'From {wStart} I will watch zone F, and nobody should touch the SecureNet box.',
      'I have all {cameras} cameras on my map of the system. I will tell the team on the radio when we enter each zone.',
    ],
  ],
  safecracker: [
    [
      'The safe is a {lock} and it needs two people to open it. We do not have the manager keys, so we will drill the safe.',
      'This safe has a {doorTons}-ton steel door. After {tries} wrong codes, the safe locks itself for {lockout} minutes.',
      'Before we make a timeline, I need the real numbers. The window from {wStart} to {wEnd} is {windowLen} minutes and it cannot be changed.',
    ],
    [
      'I will carry my drilling equipment down the {blindB}. The equipment is heavy, but I can carry it quietly.',
      'The time lock keeps the safe closed until {wStart}. If we come early, we will only wait in the corridor.',
      'My drilling equipment weighs more than thirty kilograms. Please keep the hallway to {vault} clear for me.',
    ],
    [
      'The safe has three bolt housings. Each one takes twelve minutes and the setup takes nine, so the drilling is {drill} minutes.',
      'The drill takes {drill} minutes, plus 10 minutes to get in and out, so the safe job is {mDrillTotal} minutes in total.',
      'We can only stay inside for {maxInside} minutes and the drilling takes {drill}. If a bolt gets stuck, we leave the safe.',
    ],
    [
      'When the safe is open, two people put the money in the bags. I can leave my equipment behind if it slows us down.',
      'I will be the last person to leave the vault. Nobody goes back into the vault for any reason.',
      'If the drilling takes too long, I will still stop at {wEnd}. No amount of money is worth getting caught.',
    ],
    [
      'I am ready for the safe. The drilling starts at {wStart}, it takes {drill} minutes, and we are done by {wEnd}.',
      'We only drill and we do not use the keypad. The safe needs {drill} minutes inside the {window} window.',
      'My numbers are still the same: {drill} minutes of drilling, {maxInside} minutes inside at most, and a {doorTons}-ton door.',
    ],
  ],
}
