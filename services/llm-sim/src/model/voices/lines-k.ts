/**
 * Voice k's lines for planner, hacker and safecracker: an IBM Granite 3.x 8B-class model writing as
 * its enterprise tuning taught it, in formal American business English with few contractions
 * ("ensure", "mitigate", "It is recommended", "key considerations"). The planner runs the job as a
 * project ("Objective:", action items with owners, "Next steps:"); the hacker writes like a security
 * consultant ("From a technical perspective", "single point of failure", "attack surface"); the
 * safecracker like an engineer quoting specifications ("Estimated duration:", "Assumptions:",
 * "rated"). persona → plan phase (0 recon … 4 final) → variants; `{slot}`s from `slots.ts`.
 */
export const CREW_LINES_K: Record<string, string[][]> = {
  planner: [
    [
      'Objective: open the vault at {bank}, {address}, within the {window} maintenance window. The vault is located on {vault}, and the time lock does not release outside that window.',
      'To ensure a structured approach, I am assigning the reconnaissance tasks as follows. Hacker owns the {cameras} cameras and the sensor zones, intel owns the guard roster, and safecracker owns the vault door.',
      'The first step is to establish a shared baseline of facts. Every figure we use must come from the documents or the database, and the {windowLen}-minute window is the primary constraint for the timeline.',
    ],
    [
      'Proposed entry: the {blind} at {entry}, ten minutes before the window opens. The night shift has {nightGuards} guards, which minimizes the risk of contact during the approach.',
      'The proposed route is the {blind}, then the {blindB}, then the corridor to {vault}. Action item for hacker: confirm that the {alarm}-second sensor delay is sufficient for each zone crossing.',
      'The shift handover at {nightStart} will be complete well before {entry}. Entering during a stable shift reduces the likelihood of unexpected guard movements.',
    ],
    [
      'The vault is the critical path of this operation. The window provides {windowLen} minutes, drilling requires {drill} minutes, and {tries} incorrect codes trigger a {lockout}-minute lockout, so the keypad will not be used.',
      'Key constraint: the door requires two manager keys, and neither key remains on site overnight. Therefore, drilling is the only viable option, and the {drill}-minute estimate determines the rest of the schedule.',
      'The following rule applies without exception: all work stops at {wEnd}. The maximum safe time inside the vault is {maxInside} minutes, and that limit will not be exceeded.',
    ],
    [
      'Exit plan: the team leaves by {wEnd} through the {blind}, the same way it entered. Police response is {police} minutes, so the plan assumes the faster end of that range.',
      'Contingency: if a guard detects the team, the operation is aborted and everyone exits through the {blindB}. The lookout owns the abort decision, and it is not open to discussion on the radio.',
      'Action items for the exit phase: driver prepares two routes away from {address}, and lookout monitors the patrol car. If the alarm is triggered, the team must be moving within {police} minutes.',
    ],
    [
      'Final plan: entry at {entry} through the {blind}, drilling from {wStart}, exit by {wEnd}, and departure in the vehicle at {exitPlus}. Each team member should confirm their assignment.',
      'The plan is now finalized with the following parameters: {nightGuards} night guards, {cameras} cameras, blind spots at the {blind} and the {blindB}, and {drill} minutes of drilling within the {window} window. Any changes must be approved by me.',
      'The plan is approved. No one moves before {entry}, all activity stays within the {window} window, and the {lockout}-minute lockout remains a hard constraint.',
    ],
  ],
  hacker: [
    [
      'From a technical perspective, the security system consists of {cameras} cameras, PIR motion sensors in zones {zones}, and a SecureNet alarm with a direct connection to police dispatch.',
      'The electrical design does not offer a simple point of attack. The UPS supports the cameras, sensors and alarm for {ups} hours, and a generator starts after 10 seconds, so a power cut is not a viable option.',
      'The cameras do not represent the primary risk, because their blind spots are documented in the specifications. The primary risk is the sequence of sensor zones between the stairwell and {vault}.',
    ],
    [
      'Coverage analysis: the {blind} and the {blindB} are not covered by any camera. The PIR sensors allow {alarm} seconds before the alarm is raised, which is sufficient to cross a zone at a steady pace.',
      'Footage is retained for {footage} days, so it is reasonable to assume that all recordings will be reviewed. The route through the {blind} avoids camera coverage all the way to the stairwell.',
      'Zone E includes the B-1 corridor, the maintenance corridor and stairwell B, so the {alarm}-second delay is most relevant there. Team members must not stop while inside a zone.',
    ],
    [
      'Zone F includes the antechamber and the vault, with vibration and heat sensors in the door. I will manage the zone panel during the {window} window, when maintenance activity is expected by the monitoring staff.',
      'The keypad represents a single point of failure. The {lock} records every attempt and {tries} incorrect codes trigger the lockout, so the safecracker drills and I keep the sensors under control.',
      'The security office on floor 2 monitors all camera feeds in real time. If the team remains within the blind spots, the monitors will show an empty basement.',
    ],
    [
      'During the exit, the {alarm}-second delay applies in the same way. If an alert reaches SecureNet, police are expected to arrive within {police} minutes.',
      'The {blindB} has no camera coverage, which makes it suitable for the exit. I will release the zone panel last, after every team member is on the stairs.',
      'If the alarm is triggered, the UPS keeps the system online for {ups} hours regardless of any action we take. The recommended response is to leave, not to interfere with the panel.',
    ],
    [
      'Technical readiness is confirmed: blind spots at the {blind} and the {blindB}, {cameras} cameras mapped, and zones {zones} with a {alarm}-second delay. All technical preparations for {entry} are complete.',
      'Final technical status: zone F will be managed from {wStart}, the route stays within the blind spots, and the SecureNet connection will not be touched.',
      'All {cameras} cameras have been mapped against the planned route. I will report each zone crossing on the radio as it happens.',
    ],
  ],
  safecracker: [
    [
      'Based on the specifications, the vault uses a {lock} with dual authorization. Without two manager keys, drilling is the only practical method.',
      'Specifications: a {doorTons}-ton steel door and a {lock}. Code guessing is not recommended, since {tries} incorrect entries result in a {lockout}-minute lockout.',
      'Before a timeline is built around the door, accurate figures are required. The {window} window is fixed, so the work either fits within it or does not proceed.',
    ],
    [
      'I will transport the drill rig through the {blindB} personally. The equipment is heavy, but it can be moved without noise if it is handled correctly.',
      'No work on the door can begin before {wStart}, because the time lock controls access. Arriving earlier only increases the time spent waiting in the corridor.',
      'The equipment weighs more than thirty kilograms, and carrying it past a patrol is an unnecessary risk. The corridor to {vault} should be kept clear for my approach.',
    ],
    [
      'Estimated duration: three bolt housings at twelve minutes each, plus setup, for a total of {drill} minutes under normal conditions. This consumes most of the {window} window, so a second attempt is not possible.',
      'The maximum safe time inside is {maxInside} minutes, and the door alone requires {drill}. Assumptions: the bits remain sharp and no housing binds; if one does, the team leaves without the contents.',
      'Based on previous experience, the final housing is the most likely to bind. In that case, work stops at {wEnd}, since a partial result does not justify the risk with police {police} minutes away.',
    ],
    [
      'When the door opens, two team members must begin loading the bags immediately. If the rig becomes an obstacle, it will be left behind.',
      'I will be the last person to leave the vault, directly behind the bags on the stairs. No one returns to the vault for any reason.',
      'If the drilling exceeds the estimate, the equipment is packed at {wEnd} without exception. Five additional minutes are not worth the risk to the team.',
    ],
    [
      'Status: ready. Drilling takes {drill} minutes from {wStart}, the exit is by {wEnd}, and all work stops when the window closes.',
      'Method confirmed: drilling only, no keypad, {drill} minutes within the {window} window. The door is rated for this approach.',
      'My figures remain unchanged: {drill} minutes at the door, a maximum of {maxInside} minutes inside, and a {doorTons}-ton door.',
    ],
  ],
}
