/**
 * Voice p's lines for intel, driver, lookout and an unknown teammate, and everyone's closers, as
 * Gemma 3 writes them in a role-play: intel lays out what it "dug up" with bold key findings, the
 * driver is relaxed and reassuring ("Smooth and easy."), the lookout is alert and keeps everyone
 * posted. persona → plan phase (0 recon … 4 final) → variants.
 */
export const SUPPORT_LINES_P: Record<string, string[][]> = {
  intel: [
    [
      'Okay, here\'s what I\'ve dug up so far. The night shift runs {night}, and that\'s really the only shift we care about.',
      '**Key people:** {nightSup} supervises the night shift with level 4 access, while {sup} has level 5 but only works days. Neither of them changes the vault plan.',
      'So far I\'ve pulled the shifts, the headcounts and the access levels. If anything I share isn\'t straight from the records, I\'ll say so.',
    ],
    [
      '**The shift picture:** nights are {night} with {nightGuards} guards, evenings have {eveningGuards}, and the handover at {nightStart} overlaps by {gap} minutes.',
      'From the roster notes, the patrols start at half past each hour and take about 20 minutes, ending at {vault}. It\'s a habit, though, not a rule.',
      'Guards per shift: {dayGuards} on days, {eveningGuards} on evenings and {nightGuards} on nights—and only that last number matters to us.',
    ],
    [
      'Nobody on the night shift can open the vault. {nightSup} only goes up to level 4, and the manager keys leave the building every evening.',
      '{sup} has level 5 access but is gone by 17:00, which is exactly why the time lock window is our only way in.',
      'Access goes from level 1 to level 5, and the vault systems need level 4 or higher. At night, that\'s exactly one person: {nightSup}.',
    ],
    [
      'If the guards notice something, their protocol is to stay put and call it in. With {nightGuards} on shift, we should assume someone calls—and then it\'s {police} minutes until police arrive.',
      'The day shift shows up at {dayStart}. We\'ll be long gone, but {nightSup} handles any alarm until then.',
      'Here\'s the alarm chain: the floor 2 office, then SecureNet, then the police, {police} minutes from start to finish.',
    ],
    [
      '**My final summary:** {nightGuards} guards on {night}, {nightSup} in charge, and nobody on site can open the vault.',
      'To wrap up the records: nights {night}, {nightGuards} guards, the handover at {nightStart} and {eveningGuards} on evenings.',
      'That\'s my research done! Plan for {nightGuards} night guards, and the {windowLen}-minute window matches the records.',
    ],
  ],
  driver: [
    [
      'Okay, so I\'m thinking two vehicles and two routes. Nothing parks anywhere near {address} until the night itself.',
      'My job is simple: be three blocks away before a police car reaches Main Street. They need {police} minutes, so that\'s my budget.',
      'Give me a firm exit time and I\'ll plan the routes backwards from it. For now I\'m working with {wEnd}.',
    ],
    [
      'The van waits at the {blind}, out of sight of the cameras, engine and lights off until you call me.',
      'I\'ll drop you at the {blind} at {entry}, do one lap of the block, and then wait.',
      'A backup car waits two streets over in case the first route is blocked. Main Street is a no-go, obviously.',
    ],
    [
      'I stay with the van while you\'re in the vault. At {wEnd} I\'m leaving, bags or no bags.',
      'The window is {windowLen} minutes and the drill takes {drill} of them, so I\'ll sit tight at the {blind} the whole time.',
      'Full bags are heavy, so let\'s plan on two trips from the stairwell to the van at most.',
    ],
    [
      '**Getaway routes:** one east through the side streets, one north to the main road. Police need {police} minutes, so we\'re off the grid before then.',
      'If the alarm goes off, we get {alarm} seconds plus {police} minutes, and I\'ll be rolling before anyone hears a siren.',
      'We swap cars after ten minutes somewhere without cameras. The van goes into storage, and we head to the safe house.',
    ],
    [
      '**My part:** the van is at the {blind} from {entry}, and we roll at {exitPlus}. Backup car ready, about 20 minutes to the safe house.',
      'Pickup at {exitPlus}, two routes, car swap after ten minutes. Smooth and easy.',
      'I\'ll wait until {wEnd} and not one minute longer. That part isn\'t up for debate!',
    ],
  ],
  lookout: [
    [
      'I\'ll be watching {address} from a rooftop across the street, in place well before {entry}.',
      'I\'m keeping track of every police car and the lights in the floor 2 office. I\'ll keep the radio quiet unless something changes.',
      'I plan to be in position an hour early, and if the number of guards changes, you\'ll hear it from me right away.',
    ],
    [
      'After the {nightStart} handover, the floor 2 lights stay on and the lobby goes quiet. I\'ll double-check that before {entry}.',
      'From the street I can see part of the {cameras}-camera setup, and everything I can see faces outward. The {blind} is our gap.',
      'I can see into the floor 2 office most of the night, so I\'ll have eyes on the {nightGuards} night guards. If anyone heads for the stairs, you\'ll know first.',
    ],
    [
      'During the vault phase I\'ll call the time every ten minutes, so nobody loses track of {wEnd}.',
      'While you drill, my eyes stay on floor 2. If a guard leaves the desk, you\'ll hear it immediately.',
      'Radio rules during the drilling: time checks and movement only, nothing else.',
    ],
    [
      'If a police car slows down out front, that\'s an abort, and we leave through the {blindB}. They need {police} minutes, so every second counts.',
      'I stay put until the van is clear, then I walk off in the other direction.',
      'If the alarm goes off, I\'ll call it instantly, not {alarm} seconds later. I\'ll also confirm when the {blind} is clear.',
    ],
    [
      'All set on my end: in position before {entry}, time checks every ten minutes, and if I call an abort, it\'s final.',
      'I\'ve got the street and the office windows covered, with a radio check at {entry}.',
      'The lookout side is ready to go. If anything changes outside, you\'ll be the first to know!',
    ],
  ],
  generic: [
    ['Okay, I\'m glad to pitch in on whatever part of the {vault} job you need.', 'As long as the {window} window holds, my piece fits right in.', 'I\'ll stick to the planner\'s timeline exactly as it\'s written.'],
    ['Happy to haul some of the gear through the {blind}!', 'I\'ll hang back at the stairwell while everyone else heads in.', 'I\'ll trail the team through the {blind}, nice and quiet.'],
    ['I\'ll be the timekeeper at the vault and shout when it\'s {wEnd}.', 'The moment that door opens, I\'ll start moving bags toward the stairs.', 'I\'ll watch the vault corridor from around the corner.'],
    ['I leave with everyone at {wEnd} and head straight for the car.', 'I\'ll do one last sweep so we don\'t leave anything behind.', 'A second car sounds great to me.'],
    ['Okay, {entry} works perfectly for me.', 'That {window} window suits me just fine.', 'Just waiting on the planner\'s signal!'],
  ],
}

/** Closers per persona: upbeat and encouraging, the way its chat tuning ends a turn. */
export const CLOSERS_P: Record<string, string[]> = {
  planner: ['Let me know if anything doesn\'t fit the timeline!', 'I\'ll update the plan once everyone checks in.', 'Everyone, please confirm your part.', 'The timeline is our single source of truth.', 'Great work so far, team—let\'s keep it tight.'],
  hacker: ['I\'ll keep the zone map up to date.', 'Tell me if the route changes, because the zone order changes with it.', 'Next up for me: the rest of the documents, for the sensor zones.', 'I\'ll log every zone change as it happens.', 'Cameras, sensors and SecureNet are all on my radar.'],
  safecracker: ['My gear is packed and ready.', 'Patience is the whole trick with a door like this.', 'Hands off that keypad, please!', 'The bags will be ready the moment the door opens.', 'We get one shot at this, so no improvising.'],
  intel: ['Any questions about names or shifts, just ask me.', 'Send any guard questions my way.', 'I\'ll keep a copy of the roster handy.', 'I can run another check next round if needed.', 'I\'ll flag any roster changes right away.'],
  driver: ['Both tanks are full.', 'I\'ll give both routes another test drive this week.', 'Any change to the exit time comes to me first, please.', 'Hourly radio checks sound good to me.', 'Smooth in, smooth out.'],
  lookout: ['Time checks every ten minutes, right on schedule.', 'If anything moves out there, you\'ll know.', 'I\'ll keep my eyes on both doors from up top.', 'I\'ll keep the radio short and clear.', 'Stay sharp, everyone!'],
  generic: ['Happy to help wherever I\'m needed.', 'Just point me at a job.', 'I\'ll keep my radio on from start to finish.', 'Waiting for the next call.', 'Keep it simple and we\'ll be fine.'],
}
