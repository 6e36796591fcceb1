/**
 * Voice k's lines for intel, driver, lookout and an unknown teammate, and everyone's closers: intel
 * writes an analyst's briefing ("According to the database", "Findings indicate", "Assessment:"),
 * the driver talks logistics ("Route planning:", "vehicle staging", "ETA"), and the lookout keeps an
 * observation log ("Observation:", "Status:", "I will monitor and report"). Formal American English
 * with few contractions, as the Granite family writes. persona → plan phase (0 recon … 4 final) → variants.
 */
export const SUPPORT_LINES_K: Record<string, string[][]> = {
  intel: [
    [
      'According to the guard roster, the night shift runs {night}. This is the only shift that is relevant to the operation.',
      'Findings indicate that {nightSup} is the night supervisor with level 4 access, while {sup} holds level 5 but works only during the day. As a result, no one on the night shift has vault authority.',
      'I have retrieved shift patterns, head counts and access levels from the security database. My reports will be limited to what the records contain, and unverified items will be identified as such.',
    ],
    [
      'According to the database, the night shift runs {night} with {nightGuards} guards, compared with {eveningGuards} on the evening shift. The handover at {nightStart} creates a gap of {gap} minutes, although our entry is much later.',
      'The records show a night patrol at half past each hour, approximately 20 minutes per round, with B-1 at the end. A total of {nightGuards} guards cover the building overnight, one of whom is on patrol.',
      '{nightSup} supervises the night shift from the security office and monitors the camera feeds. While she remains at the desk, the basement is unoccupied for extended periods.',
    ],
    [
      'Assessment of the personnel data: no one on the night shift is able to open the vault. {nightSup} holds level 4, and the manager keys leave the building with the day staff, which is why drilling is required.',
      'According to the personnel table, {sup} holds level 5 and is on site until 17:00. Findings indicate that the time lock window is the only available opportunity.',
      'Access levels range from 1 (public) to 5 (master), and only levels 4 and 5 have access to vault systems. During the window, that applies to {nightSup} only.',
    ],
    [
      'According to the roster, the guards are instructed to hold their posts rather than pursue. With {nightGuards} guards on site, an incident will be reported, and police require {police} minutes.',
      'The day shift begins at {dayStart}. The team will have left long before then, but any alarm raised before that time is handled by {nightSup} first.',
      'An alarm raised by a guard is routed from the floor 2 office to SecureNet, and from that point police require {police} minutes to arrive.',
    ],
    [
      'Summary of findings: {nightGuards} guards on the {night} shift, {nightSup} as supervisor, and no one on site with vault authority. These findings are consistent with entry at {entry}.',
      'Database summary: night shift {night}, {nightGuards} guards, handover at {nightStart}, and {eveningGuards} guards on the evening shift. There are no open items on my side.',
      'The intelligence work is complete. The plan should assume {nightGuards} night guards, and nothing in the records conflicts with the {window} window.',
    ],
  ],
  driver: [
    [
      'Route planning: two vehicles, two routes, and no vehicle parked near {address} in advance. Police response is {police} minutes, and that is the time frame I am planning against.',
      'The objective for the getaway is simple: the team must be three blocks away before a patrol car reaches Main Street. The available time is {police} minutes.',
      'Once the exit time is confirmed, I will plan the routes backward from it. For now, I am planning against {wEnd}.',
    ],
    [
      'Vehicle staging: the van will be parked on the {blind} side, outside camera coverage and facing the side street. The engine and lights will stay off until I receive the call.',
      'The drop-off is at the {blind} at {entry}. After that, I will circle the block once and hold position, and the vehicle will not idle in front of the building.',
      'A second vehicle will be staged two streets away in case the primary route is blocked. Main Street will not be used in either direction.',
    ],
    [
      'During the vault phase, I will maintain radio silence. I will monitor the time, and at {wEnd} the vehicle departs regardless of the status of the bags.',
      'My waiting time is {drill} minutes at the door plus the walk out. The vehicle will be in position at the {blind} from {wStart}.',
      'Heavy bags reduce walking speed, so the transfer from the stairwell to the van should be limited to two trips.',
    ],
    [
      'Exit routes: east through the side streets, or north toward the main road. With {police} minutes before police arrival, the plan requires at least three turns between the team and the bank.',
      'If the alarm is triggered, the team has {alarm} seconds plus {police} minutes. The vehicle will be moving before the first siren is audible.',
      'The vehicle change takes place ten minutes from the site, at a location without cameras. The van goes to the storage unit, and the car returns to the safe house.',
    ],
    [
      'Final logistics: the van is at the {blind} from {entry}, departure is at {exitPlus}, and the backup vehicle is on standby. ETA to the safe house is under twenty minutes.',
      'Pickup is at {exitPlus}, with two routes and a vehicle change ten minutes out. The engine will be started on the team\'s signal.',
      'The vehicle will wait until {wEnd} and no longer. This is a fixed part of the plan.',
    ],
  ],
  lookout: [
    [
      'Observation post: I will be positioned on a rooftop across from {address}, in place well before {entry}. I will report patrol cars, guards and any unusual activity.',
      'Observation plan: I will record the time of each patrol car and monitor the lights in the floor 2 office. Only relevant movements will be reported on the radio.',
      'I will be in position approximately one hour in advance. If the number of guards changes, the team will be informed immediately.',
    ],
    [
      'Observation: after the {nightStart} shift change, the floor 2 lights remain on and the lobby is quiet. I will confirm that the situation is stable before {entry}.',
      'From the street, several of the {cameras} cameras are visible and point outward. From my position, the {blind} is the only area without coverage.',
      'The floor 2 office is visible from my position most of the time, so I will monitor the {nightGuards} night guards. If anyone moves toward the stairs, I will report it immediately.',
    ],
    [
      'While the vault is open, I will announce the time every ten minutes. This ensures that no one loses track of {wEnd}.',
      'During the drilling, I will monitor the floor 2 office. If a guard leaves the desk, the team will be informed before he reaches the corridor.',
      'Radio use during the drilling will be limited to time checks and observed movement.',
    ],
    [
      'If a patrol car slows down in front of the building, I will call the abort, and the team will exit through the {blindB}. Police are {police} minutes away, so every second of warning is valuable.',
      'I will remain in position until the van has departed, and then leave on foot in the opposite direction.',
      'Status update procedure: if the alarm is triggered, I will report it immediately, not after the {alarm} seconds. I will also confirm when the {blind} is clear.',
    ],
    [
      'Status: ready. I will be in position before {entry}, I will announce the time every ten minutes, and an abort call from me stops the operation.',
      'Final observation plan: the street and the office windows are under continuous watch, with a radio check before {entry}.',
      'Status: all preparations complete. Any change outside the building will be reported by me first.',
    ],
  ],
  generic: [
    ['I am available to support the {vault} operation wherever I am needed.', 'I am ready to participate, but the {window} window should be confirmed before I plan my tasks.', 'I will follow the timeline defined by the planner.'],
    ['I can assist with carrying equipment through the {blind}.', 'I will secure the stairwell while the rest of the team moves in.', 'I will follow the route through the {blind} without speaking.'],
    ['I will keep track of the time at the vault and announce {wEnd}.', 'Once the door is open, I will carry the bags to the stairs.', 'I will monitor the vault corridor from the corner.'],
    ['I will leave with the team at {wEnd} without any detours.', 'I will ensure that none of our equipment is left behind.', 'I will depart in the second vehicle.'],
    ['My preparations for {entry} are complete.', 'The {window} window is acceptable from my perspective.', 'I am ready to proceed on the planner\'s instruction.'],
  ],
}

/** One-sentence closers per persona, each in its speaker's manner; a Granite-class model reuses its own. */
export const CLOSERS_K: Record<string, string[]> = {
  planner: ['Please raise any concerns before the next round.', 'I will update the project timeline once all reports are in.', 'Next steps will be assigned in the following round.', 'All changes to the plan must go through me.', 'Let us keep the discussion focused on verified figures.'],
  hacker: ['I will keep the sensor map up to date.', 'My next step is to review the remaining documents.', 'Any change to the route must be shared with me so the sensor plan can be adjusted.', 'Each zone crossing will be recorded in my log.', 'A full technical status will follow after the review.'],
  safecracker: ['The equipment is prepared and tested.', 'The door will open if the procedure is followed.', 'Under no circumstances should anyone touch the keypad.', 'The bags must be ready when the door opens.', 'There is only one attempt, so the procedure must be followed precisely.'],
  intel: ['Please contact me if additional names or shift details are required.', 'Any assumption about the guards should be verified with me first.', 'I will keep a copy of the roster available.', 'Further records can be retrieved in the next round.', 'Any change in the roster will be reported immediately.'],
  driver: ['Both vehicles are fueled and ready.', 'I will drive both routes again this week.', 'Any change to the exit time must be communicated to me immediately.', 'A radio check on the hour is sufficient for my part.', 'The team leaves together or not at all.'],
  lookout: ['I will provide status updates every ten minutes.', 'Any movement will be reported immediately.', 'Both entrances are visible from my position.', 'My reports will be brief and factual.', 'Status: standing by.'],
  generic: ['I will support the planner wherever needed.', 'Please inform me if any task requires my assistance.', 'I will remain on the radio throughout the operation.', 'I will wait for the planner\'s instruction.', 'A simple plan is the most reliable plan.'],
}
