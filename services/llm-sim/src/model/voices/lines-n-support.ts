/**
 * Voice n's lines for intel, driver, lookout and an unknown teammate, and everyone's closers, as
 * gpt-oss-20b writes them in a role-play: intel tags what it says with a source and a confidence, the
 * driver talks in routes, ETAs and "wheels", the lookout reports in status lines ("Status: green",
 * "Eyes on …"). persona → plan phase (0 recon … 4 final) → variants.
 */
export const SUPPORT_LINES_N: Record<string, string[][]> = {
  intel: [
    [
      'Night shift runs {night} (source: roster). That’s the only shift that matters for us — confidence: high.',
      '**Key people:** {nightSup} supervises nights with level‑4 access; {sup} is level 5 but days only. Neither changes the vault math.',
      'Scope of what I’ve pulled: shifts, headcounts, access levels. I’ll flag anything that isn’t straight from the tables.',
    ],
    [
      '**Shift picture:** nights {night} with {nightGuards} guards; evenings have {eveningGuards}; the {nightStart} handover overlaps by {gap} min. Confidence: high.',
      'Patrols start at :30 past each hour and take ~20 min, with {vault} as the last stop (source: roster notes). Confidence: medium — it’s a pattern, not a rule.',
      'Headcount by shift: {dayGuards} day / {eveningGuards} evening / {nightGuards} night. Only the last number is ours to deal with.',
    ],
    [
      'Nobody on nights can open the vault. {nightSup} tops out at level 4 and the manager keys leave the building (source: access table).',
      '{sup} holds level 5 and is gone by 17:00. That’s why the time‑lock window is the only door we get.',
      'Access runs L1–L5; vault systems need L4+. At night that’s exactly one person: {nightSup}.',
    ],
    [
      'Guard protocol is hold position and call it in. With {nightGuards} on shift, assume someone calls — then it’s {police} min for police.',
      'Day shift arrives {dayStart}. We’re long gone, but {nightSup} owns any alarm until then.',
      'Alarm chain: floor‑2 office → SecureNet → police, {police} min end to end. Confidence: high.',
    ],
    [
      '**Intel, final:** {nightGuards} guards on {night}, {nightSup} in charge, no one on site can open the vault. Sources: roster + access table.',
      'Summary from the tables: nights {night}, {nightGuards} guards, handover at {nightStart}, {eveningGuards} on evenings.',
      'Research closed. Plan for {nightGuards} night guards; the {windowLen}‑min window checks out against the tables.',
    ],
  ],
  driver: [
    [
      'Two vehicles, two routes. Nothing parks near {address} until the night itself.',
      'My job: three blocks clear before a cruiser reaches Main. Police need {police} min — that’s my budget.',
      'Give me a hard exit time and I’ll build routes backward from it. Working number for now: {wEnd}.',
    ],
    [
      'Van stages at the {blind}, out of camera view. Engine off, lights off until I get the call.',
      'Drop at {entry} at the {blind}, one loop of the block, then I hold.',
      'Backup car sits two streets over in case route A is blocked. Main Street is off the table entirely.',
    ],
    [
      'I hold at the van through the vault phase. At {wEnd} I roll — bags or no bags.',
      '{wStart}–{wEnd} is {windowLen} min and the drill eats {drill} of it. I stay at the {blind} the whole time.',
      'Loaded bags are heavy; plan two carries, stairwell to van, max.',
    ],
    [
      '**Routes:** A east through the side streets, B north to the arterial. Police need {police} min, so we’re out of the grid before that.',
      'If the alarm trips, we get {alarm} s plus {police} min. I’m rolling before anyone hears a siren.',
      'Car swap at ten minutes, somewhere with no cameras. Van goes to storage, we go to the safe house.',
    ],
    [
      '**Exfil:** van at the {blind} from {entry}, wheels up {exitPlus}. Backup car ready; safe house ETA ~20 min.',
      'Pickup {exitPlus}, two routes, swap at ten minutes. Engine starts on your word.',
      'I hold until {wEnd} and not a minute past it. Non‑negotiable.',
    ],
  ],
  lookout: [
    [
      'Eyes on {address} from a roof across the street. I’m set well before {entry}.',
      'Logging every patrol car and the floor‑2 office lights. Radio traffic from me stays minimal.',
      'I’ll be in position an hour early. Any change in guard count gets reported immediately.',
    ],
    [
      'After the {nightStart} handover the floor‑2 lights stay on and the lobby goes quiet. I confirm that before {entry}.',
      'From street level I can see part of the {cameras}‑camera layout; everything I see faces outward. The {blind} is the gap.',
      'Line of sight to the floor‑2 office most of the night, so the {nightGuards} night guards are visible to me. Anyone heads for the stairs, you hear it first.',
    ],
    [
      'Vault phase: time checks every ten minutes. Window is {windowLen} min — nobody loses track of {wEnd}.',
      'Status: eyes on floor 2 during the drilling. A guard leaves the desk, you get it instantly.',
      'Radio discipline during the drill: time checks and movement only.',
    ],
    [
      'Any cruiser slowing out front = abort, exit via the {blindB}. Police need {police} min; seconds count.',
      'I hold position until the van clears, then walk off in the opposite direction.',
      'If the alarm goes, I call it immediately — not {alarm} s later. I’ll also confirm when the {blind} is clear.',
    ],
    [
      'Status: green. In position before {entry}, ten‑minute time checks, and an abort from me is final.',
      'Street and office windows covered end to end, with a radio check at {entry}.',
      'Lookout side is ready. Anything changes outside, you hear it first.',
    ],
  ],
  generic: [
    ['Happy to take any piece of the {vault} job.', 'If the {window} window holds, I’ll slot my part into it.', 'Following the planner’s timeline as written.'],
    ['I can carry kit through the {blind}.', 'I’ll hold at the stairwell while the others go in.', 'Behind the team through the {blind}, silent.'],
    ['I’ll keep time at the vault and call {wEnd}.', 'Door opens, I move bags to the stairs.', 'Watching the vault corridor from the corner.'],
    ['Out with the team at {wEnd}, straight to the car.', 'I’ll sweep for anything we’d leave behind.', 'Second car works for me.'],
    ['Set for {entry}.', 'The {window} window works on my end.', 'Standing by for the planner’s go.'],
  ],
}

/** One-line closers per persona: short, declarative, the way its chat tuning ends a turn. */
export const CLOSERS_N: Record<string, string[]> = {
  planner: ['Flag anything that doesn’t fit the clock.', 'Next timeline revision once everyone’s reported.', 'Owners, confirm your slots.', 'Timeline stays the source of truth.', 'Solid progress — keep it tight.'],
  hacker: ['Zone map stays current on my end.', 'Ping me if the route shifts — the zone order shifts with it.', 'Next: the rest of the docs, for sensor zones and dwell times.', 'Logging every zone transition.', 'Tech side (cameras, PIR, SecureNet): covered.'],
  safecracker: ['Rig is packed.', 'Slow is smooth, smooth is fast.', 'Hands off the keypad.', 'Bags staged for when the door opens.', 'One shot at this — no improvising.'],
  intel: ['Names and shifts: ask me.', 'Route guard questions through me.', 'Roster copy is on me.', 'Can re‑query next round.', 'I’ll flag roster changes immediately.'],
  driver: ['Both tanks full.', 'Running the routes again this week.', 'Exit time changes come to me first.', 'Hourly radio checks work for me.', 'Clean in, clean out.'],
  lookout: ['Ten‑minute status checks, on the dot.', 'If it moves, you’ll know.', 'Eyes on both doors from up top.', 'Radio stays short and clear.', 'Heads up, all.'],
  generic: ['Wherever I’m useful.', 'Point me at a job.', 'Radio on, the whole way through.', 'Waiting on the next call.', 'Simple beats clever.'],
}
