/**
 * In-character lines for planner, hacker and safecracker: one list per plan phase
 * (0 recon, 1 entry, 2 vault, 3 escape, 4 final). `{slot}` names are filled by `slots.ts`.
 */
export const CREW_LINES: Record<string, string[][]> = {
  planner: [
    [
      'Let us lock the skeleton first: we go in during the {window} maintenance window, the only time the time lock lets the vault open. Hacker, I need the camera and sensor picture; intel, the night roster; safecracker, a real drill estimate.',
      'The objective is the {vault} vault at {bank}, {address}. Every timing hangs on the {window} window, and every fact should come from a tool, not from memory.',
      'First pass at roles: hacker owns cameras and alarms, safecracker the vault door, intel the guards, driver the exit, lookout the street. I will merge it all into one timeline around {window}.',
    ],
    [
      'Entry proposal: we come in through the {blind} at {entry}, during the night shift with {nightGuards} guards on site. Hacker, confirm the {alarm}-second sensor delay covers the walk to the stairs.',
      'We stay clear of the {nightStart} shift change; that overlap puts extra eyes on the floor. The approach starts at {entry} through the {blind}, out of sight of the {cameras} cameras.',
      'Route to the vault: {blind}, then {blindB} down to {vault}. Intel, how many of the {nightGuards} night guards walk the basement?',
    ],
    [
      'The vault budget is the hard constraint: {window} gives us {windowLen} minutes and the door takes about {drill}. One wrong code costs {lockout} minutes we do not have.',
      'Dual authorisation means two manager keys, so we drill instead of faking keys. The {drill}-minute door estimate sets the pace, and everything else fits around it.',
      'Vault contingency: if the drill runs past {wEnd} we walk away, no second attempt. Nobody touches the {lock} keypad more than once.',
    ],
    [
      'Exit plan: out by {wEnd}, back through the {blind}, driver waiting with the engine running. Police response is {police} minutes, so the alarm delay is our only margin.',
      'Fallback if a guard spots us: abort, leave through the {blindB} and regroup at the second car. Lookout calls the abort and nobody argues on the radio.',
      'Driver, I want two routes out of {address}, and lookout timing the patrol car. We are gone within {police} minutes of any alarm, no exceptions.',
    ],
    [
      'Final timeline: {entry} entry via the {blind}, {wStart} vault work starts, {wEnd} doors closed, {exitPlus} in the car. Each of you confirm your piece in one line.',
      'We are set: {nightGuards} guards, {cameras} cameras with blind spots at the {blind} and the {blindB}, the {window} window, {drill} minutes on the door. If any of that changes, lookout calls it off.',
      'Last check from me: the plan holds only if we respect the {window} window and the {lockout}-minute lockout rule. We go on my signal at {entry}.',
    ],
  ],
  hacker: [
    [
      'Before I claim anything about cameras I want the security documents in front of me. What I know so far: a SecureNet alarm straight to the police and a {ups}-hour UPS, so cutting the power buys us nothing.',
      'My job is the electronics: {cameras} cameras, motion zones {zones}, the SecureNet link. I will map the blind spots against our route first.',
      'I am starting with the sensors and the camera layout. A {ups}-hour battery backup means we work around the system, not against it.',
    ],
    [
      'The {blind} and the {blindB} are camera blind spots, which is why that route works. Motion zones {zones} have a {alarm}-second delay, enough to cross one zone but not to linger.',
      'Footage is kept {footage} days, so we assume every camera we cross will be reviewed. The route through the {blind} keeps us off tape until the stairwell.',
      'I can keep us out of the motion zones except the last stretch to {vault}. That stretch gives us {alarm} seconds before the alarm reports, so we move without stopping.',
    ],
    [
      'The vault floor has its own sensors; I will mask the zone nearest the door during the {window} window. The time lock is the bank\'s own maintenance slot, so the system expects activity then.',
      'No keypad tricks from me: the {lock} logs every entry, and {tries} wrong codes trigger the lockout. Safecracker drills, I keep the sensors quiet.',
      'The security office on floor 2 sees every camera feed. As long as we stay in the blind spots, they see an empty basement.',
    ],
    [
      'On the way out, the same {alarm}-second delay applies, so we leave the zones in the order we entered. If anything reports to SecureNet, police are {police} minutes out.',
      'The {blindB} is our exit path; no cameras there. I will drop the mask on the vault zone last, as we reach the stairs.',
      'If the alarm does go, there is no point fighting it with a {ups}-hour UPS behind it. We leave, and we leave fast.',
    ],
    [
      'From my side: blind spots at the {blind} and the {blindB}, {cameras} cameras, zones {zones} with a {alarm}-second delay. I am ready for {entry}.',
      'Electronics are covered: vault zone masked from {wStart}, route through the blind spots, nothing touches the SecureNet line. Confirmed for the {window} window.',
      'My piece is done: I know where the {cameras} cameras look and where they do not. I will call out each zone as we cross it.',
    ],
  ],
  safecracker: [
    [
      'The {lock} with dual authorisation is not something I open with a trick. I will time the drill properly before anyone builds a schedule on it.',
      'A {doorTons}-ton door and a {lock}: I drill, I do not guess codes. {tries} wrong attempts means a {lockout}-minute lockout, which would end our night.',
      'I need real numbers for the door before I promise anything. The {window} window is fixed, so my work has to fit inside it.',
    ],
    [
      'I will carry the drill rig down through the {blindB}; it is heavy but quiet. Setup at the door takes a few minutes before the first bolt.',
      'Nothing I do at the door starts before {wStart}; the time lock decides that, not us. Getting to the door early just means waiting in front of it.',
      'I want the route clear to the {vault} door with no stops; my kit cannot be dragged past a patrol.',
    ],
    [
      'The door is {drill} minutes of work with no surprises. That is the whole {window} window, so there is no slack for a second try.',
      'Maximum safe working time inside is {maxInside} minutes, and my estimate is {drill}. We do not touch the keypad at all.',
      'Three bolt housings, about 12 minutes each plus setup. If one binds, we stop at {wEnd} and leave.',
    ],
    [
      'When the door is open I need two people for the bags and then we go. I will leave the rig behind if it slows us down.',
      'If the drill overruns, we abort at {wEnd}; a half-open vault is not worth a {police}-minute police response.',
      'I will be last out of the vault, first to the stairs after the bags. No one goes back for anything.',
    ],
    [
      'Ready on my side: {drill} minutes at the door from {wStart}, out by {wEnd}. I stop the moment the window closes.',
      'Confirmed: no keypad, drill only, {drill} minutes, inside the {window} window.',
      'My numbers stand: {drill} minutes for the door, {maxInside} minutes maximum inside. I am ready.',
    ],
  ],
}
