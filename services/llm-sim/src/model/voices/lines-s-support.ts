/**
 * Voice s's lines for intel, driver, lookout and an unknown teammate, and everyone's closers, as Hermes
 * 3 (Llama 3.1 8B) writes them in a role-play: intel is an information broker who "keeps a file" on
 * everyone; the driver is a cool wheelman of few words; the lookout a sentinel who never blinks.
 * persona → plan phase (0 recon … 4 final) → variants.
 */
export const SUPPORT_LINES_S: Record<string, string[][]> = {
  intel: [
    [
      'I\'ve started a file on the night crew. They work {night}, and that\'s the only shift that matters to us.',
      'Two names worth remembering: {nightSup}, night supervisor with level 4 access, and {sup}, level 5 but strictly a daytime creature. Neither one changes how we reach the vault.',
      'So far my file holds the shifts, the headcounts and the access levels, all straight from the database. Anything I can\'t back with those tables, I\'ll flag as a guess.',
    ],
    [
      'The roster tells a story: nights run {night} with {nightGuards} guards, and the {nightStart} handover overlaps by {gap} minutes. Evenings carry {eveningGuards}.',
      'Patrols leave at half past each hour, take about 20 minutes and finish at {vault}. A habit, not a law — so we keep an eye on it.',
      'Headcount by shift: {dayGuards} on days, {eveningGuards} on evenings, {nightGuards} on nights. Only the last number keeps me up at night.',
    ],
    [
      'Nobody on the night shift can open that vault. {nightSup} tops out at level 4, and the manager keys leave with the managers.',
      '{sup} holds level 5 and walks out at 17:00 sharp. That\'s exactly why the time lock window is our one way in.',
      'Clearance runs from level 1 to level 5, and the vault systems want 4 or more. On a night, that\'s {nightSup} and nobody else.',
    ],
    [
      'Standing orders for the guards: hold the post and call it in. With {nightGuards} on duty, count on one of them making that call — then police need {police} minutes.',
      'The day crew arrives at {dayStart}. We\'ll be long gone, but until then any alarm lands on {nightSup}\'s desk.',
      'An alarm travels from the floor 2 office to SecureNet to the police, {police} minutes end to end.',
    ],
    [
      'My file, closed: {nightGuards} guards on {night}, {nightSup} in charge, and not one soul inside who can open the vault.',
      'The tables in one breath: nights {night}, {nightGuards} guards, handover at {nightStart}, {eveningGuards} on evenings.',
      'My research is done. We plan around {nightGuards} guards on nights, and the records back the {windowLen}-minute window.',
    ],
  ],
  driver: [
    [
      'Two vehicles, two routes, and neither gets within sight of {address} until the night itself.',
      'My job\'s simple — three blocks gone before a patrol car can reach Main Street. Police need {police} minutes, and I plan around exactly that.',
      'Give me a fixed exit time and I\'ll build the routes backwards from it. Until I hear otherwise, my clock ends at {wEnd}.',
    ],
    [
      'The van waits at the {blind}, out of every camera\'s reach. Engine off, lights off, until I hear my name.',
      'I drop you at the {blind} at {entry}, take one slow lap around the block, and wait.',
      'The second car idles two streets over in case the first route gets blocked. Main Street stays off the table.',
    ],
    [
      'While you\'re in the vault, I don\'t leave the van. When {wEnd} comes, the van moves — bags or no bags.',
      'The window runs {windowLen} minutes and the drill takes {drill} of them. I\'m parked at the {blind} for every one.',
      'Full bags are heavy, so two trips from the stairwell to the van, tops.',
    ],
    [
      'Two ways out: east through the side streets, or north onto the main road. Police need {police} minutes, and we\'ll be a memory by then.',
      'Should the alarm go, we get {alarm} seconds plus {police} minutes. I\'m already moving before anyone hears a siren.',
      'Ten minutes out we switch cars somewhere without cameras. The van disappears into storage, and we head to the safe house.',
    ],
    [
      'Keys in hand, engine warm: the van sits at the {blind} from {entry} and rolls at {exitPlus}. The second car is ready, and the safe house is twenty minutes out.',
      'Pickup at {exitPlus}, two routes, a car swap ten minutes out. I turn the key when you give the word.',
      'I hold the van until {wEnd}, and then I\'m a ghost. That part is carved in stone.',
    ],
  ],
  lookout: [
    [
      'Eyes on {address} from a rooftop across the street, and I\'m settled in long before {entry}.',
      'Every patrol car, every light in the floor 2 office — I log it all. The radio stays silent unless something shifts.',
      'I\'ll be on that roof a full hour early. If the guard count changes, you\'ll hear it from me first.',
    ],
    [
      'After the {nightStart} handover the floor 2 office stays lit and the lobby goes still. I\'ll confirm it once more before {entry}.',
      'From the street I can pick out part of the {cameras}-camera setup, and every one of them faces outward. That leaves the {blind} wide open for us.',
      'The floor 2 office is visible most of the night, so the {nightGuards} night guards stay in my sights. One heads for the stairs, you know instantly.',
    ],
    [
      'While you work the vault, I call the time every ten minutes. The window is {windowLen} minutes, and nobody loses sight of {wEnd}.',
      'While the drill runs, my eyes stay glued to floor 2. A guard leaves that desk, and you hear it the same second.',
      'Radio discipline during the drill: time checks and movement, nothing else crosses the air.',
    ],
    [
      'A patrol car slowing out front means abort, out through the {blindB}. Police need {police} minutes, and every second counts.',
      'I hold my perch until the van is gone, then I stroll off in the other direction.',
      'If the alarm trips, I call it that instant, not {alarm} seconds later. I\'ll also tell you the moment the {blind} is clear.',
    ],
    [
      'All set on my end: in position before {entry}, a time check every ten minutes, and an abort call from me is final.',
      'The street and the office windows are mine to watch, with a radio check at {entry}.',
      'Lookout is ready and watching. If anything outside so much as twitches, you hear it from me first.',
    ],
  ],
  generic: [
    ['Wherever the {vault} job needs another pair of hands, I\'m there.', 'As long as the {window} window holds, my part slots right in.', 'The planner\'s timeline works for me exactly as it stands.'],
    ['I can haul gear through the {blind}.', 'I\'ll hold the stairwell while the rest of you go in.', 'I\'ll trail the crew through the {blind} like a shadow.'],
    ['I\'ll keep the clock at the vault and call out {wEnd}.', 'The moment the door opens, I run the bags to the stairs.', 'The vault corridor is mine to guard from the corner.'],
    ['I\'m out with everyone at {wEnd}, straight into the car.', 'I\'ll make sure we leave nothing behind but dust.', 'A second car suits me just fine.'],
    ['I\'m ready for {entry}, no trouble.', 'The {window} window fits my part like a glove.', 'Just waiting on the planner\'s word.'],
  ],
}

/** One-line closers per persona, each in the seat's own key. */
export const CLOSERS_S: Record<string, string[]> = {
  planner: ['If something doesn\'t fit the timeline, speak now.', 'I\'ll fold everyone\'s reports into the timeline tonight.', 'Each of you — confirm your part.', 'Precision wins this job, not luck.', 'We\'re close. Let\'s not get sloppy now.'],
  hacker: ['The zone map stays current on my screen.', 'Change the route and you change my zone order, so tell me first.', 'Next I comb the remaining documents for zones and delays.', 'Leave the electronics to me.', 'Cameras, sensors, SecureNet — all mine.'],
  safecracker: ['The rig is packed and waiting.', 'Patience opens more doors than force ever will.', 'Hands off that keypad, all of you.', 'The bags are ready for the moment she opens.', 'A door like this gives you exactly one chance.'],
  intel: ['Any question about a name or a shift, bring it to me.', 'If the guards puzzle you, ask me.', 'My copy of the roster never leaves my side.', 'Next round I can pull the tables fresh.', 'If the roster shifts, you\'ll know within the hour.'],
  driver: ['Both tanks are topped up to the brim.', 'I\'ll drive both routes once more this week.', 'If the exit time moves, I hear it before anyone.', 'An hourly radio check suits me.', 'Smooth in, smoother out.'],
  lookout: ['Time checks every ten minutes, right on the mark.', 'If anything stirs out there, you\'ll know.', 'Both doors stay in my sights.', 'I keep my radio calls short and sharp.', 'Eyes wide open, radio quiet.'],
  generic: ['Point me wherever I\'m useful.', 'Hand me a task and consider it done.', 'My radio stays live from the first step to the last.', 'Standing by for the next call.', 'Simple beats clever every time.'],
}
