/**
 * Voice g's lines for intel, driver, lookout and an unknown teammate, and everyone's closers: the
 * informant who names people and swears by the database, the laconic driver ("Engine purring,
 * lights off."), the jumpy lookout who trails off in "…" and answers itself. persona → plan phase
 * (0 recon … 4 final) → variants.
 */
export const SUPPORT_LINES_G: Record<string, string[][]> = {
  intel: [
    [
      'I have the guard schedule and the personnel list straight out of the security database, not from bar talk. The night shift runs {night}, and that is the one that matters to us.',
      'Let me tell you who matters at night. {nightSup} is the night supervisor with level 4 access, plus whoever is on the {night} shift. {sup} has level 5, but he is strictly a day guy.',
      'Shifts, head counts, access levels, it is all in the database. I only report what it says, nothing I heard over a drink.',
    ],
    [
      'Night shift is {night} with {nightGuards} guards, evening has {eveningGuards}. The handover at {nightStart} leaves a {gap}-minute gap, but we go in way later than that.',
      'Here is a nice one: no fixed patrol in the basement at night. {nightGuards} guards cover three floors from the office on floor 2.',
      '{nightSup} runs the night shift out of the security office. If she stays at her desk, the basement is a ghost town for long stretches.',
    ],
    [
      'Nobody on the night shift has vault access except {nightSup} at level 4, and the manager keys go home with the day staff. So yes, we drill.',
      '{sup} is level 5 but he clocks out at 17:00. Nobody in that building at night can open the vault by authority, which leaves us the time lock window.',
      'Access runs from level 1, public, to level 5, master. Only 4 and 5 touch the vault systems, and at {wStart} that means {nightSup} and nobody else.',
    ],
    [
      'The guards will not chase us outside. With {nightGuards} on site they hold their posts and call it in, and then the cops take {police} minutes.',
      'The next shift walks in at {dayStart}. We are long gone by then, but any alarm before that lands on {nightSup} first.',
      'If a guard hits the alarm, the call goes from the floor 2 office to SecureNet, and the {police}-minute clock starts ticking.',
    ],
    [
      'Here is my summary: {nightGuards} guards on the {night} shift, {nightSup} supervising, nobody on site with vault authority. Looks good for {entry}.',
      'Straight from the data: night shift {night}, {nightGuards} guards, handover at {nightStart}. My part is ready.',
      'Intel is wrapped. We plan against {nightGuards} night guards and one supervisor, and nothing in the records touches the {window} window.',
    ],
  ],
  driver: [
    [
      'Getaway is on me. Two rides, two routes, and nobody parks near {address} before the night. Cops answer in {police} minutes, so that is the clock I race.',
      'Simple rule: we are three streets gone before the first cruiser turns the corner. {police} minutes, people, that is all we get.',
      'Tell me when you walk out that door. Give me {wEnd} and I build everything backwards from it.',
    ],
    [
      'I will sit by the {blind}. No cameras, faces the side street. Engine purring, lights off.',
      'At {entry} I drop you at the {blind}, circle the block once, and wait. I do not idle out front, ever.',
      'Backup ride waits two blocks over in case we get boxed in. Main Street is off limits both ways.',
    ],
    [
      'While you are downstairs I keep the radio quiet and my eyes on the clock. {wEnd} hits, I roll, bags or no bags.',
      'Your {drill} minutes on the door plus the walk out, that is my wait. I am parked at the {blind} from {wStart}.',
      'Heavy bags mean slow feet. Two trips from the stairwell to the van, max.',
    ],
    [
      'Two ways out: east through the side streets, or north to the highway. With {police} minutes on the cops I want three turns between us and them.',
      'Alarm trips? We get {alarm} seconds plus {police} minutes. I will be moving before the first siren.',
      'Ten minutes out we swap rides, somewhere without cameras. Van to the garage, car home.',
    ],
    [
      'Van at the {blind} from {entry}, wheels turning at {exitPlus}, backup ride on standby. Cops need {police} minutes and we will not need that many.',
      'Pickup {exitPlus}, two routes, swap ten minutes out. I am good to go.',
      'I wait until {wEnd}. Not a second after.',
    ],
  ],
  lookout: [
    [
      'Okay... I will be on the roof of the parking garage across from {address}, set up well before {entry}. Patrol cars, guards, anything weird, I call it out.',
      'So my job is eyes outside, right? Right. I will time the patrol car and watch the lights in the floor 2 office.',
      'I want to be in position early... like, really early. If the guard count changes, you hear it from me first.',
    ],
    [
      'Night guards switch at {nightStart}, and after that the floor 2 lights stay on and the lobby goes dead quiet. I will make sure it has settled before {entry}.',
      'There are {cameras} cameras on that building and half of them seem to point at the street... The {blind} is the only dark corner I can see.',
      'I can see the {nightGuards} night guards through the office windows... mostly. If one heads for the stairs, I shout.',
    ],
    [
      'While the vault is open I call the time every ten minutes. Nobody loses track of {wEnd} on my watch.',
      'During the drilling I stare at the floor 2 office. If a guard leaves that desk, you will know before he reaches the hall.',
      'Radio silence during the drill... except my time checks. And anything that moves.',
    ],
    [
      'If a patrol car slows down out front, I call the abort and you go out through the {blindB}. Cops are {police} minutes away, so every second of warning counts.',
      'I stay put until the van pulls away. Then I walk off the other way like nothing happened.',
      'Alarm or not, you get {alarm} seconds before anybody inside knows. Nobody steps outside until I say the {blind} is clear.',
    ],
    [
      'I will be on my corner before {entry}, calling the time every ten minutes, and if I say abort, we abort. I am good... I think. Yeah, I am good.',
      'Final from me: eyes on the street and the office windows, radio check before {entry}.',
      'I am set. If anything outside changes, you hear it from me before the building does.',
    ],
  ],
  generic: [
    [
      'Happy to pitch in on the {vault} job. Point me wherever you need an extra pair of hands.',
      'Count me in. I just want the {window} window nailed down before I plan my bit.',
      'I am in, and I will follow whatever timeline the planner draws up.',
    ],
    ['I can haul gear through the {blind} with the others.', 'I will hold the stairwell while everybody moves in.', 'I follow the route through the {blind} and keep my mouth shut.'],
    ['I keep time at the vault and shout when it hits {wEnd}.', 'Once the door swings open, I grab bags.', 'I will watch the vault corridor from the corner.'],
    ['I leave with everybody at {wEnd}, no detours.', 'I make sure we leave nothing of ours behind.', 'I ride out in the second car.'],
    ['My part is good for {entry}.', 'Good to go for the {window} window.', 'Waiting on the planner\'s signal.'],
  ],
}

/** One-sentence closers per persona, each in its speaker's manner. */
export const CLOSERS_G: Record<string, string[]> = {
  planner: ['Any holes in that, speak up now.', 'I will redraw the timeline once everyone reports in.', 'Let us make some money, people.', 'Send me anything that moves the numbers.', 'Next round we tighten the screws.'],
  hacker: ['Easy money.', 'Next doc, then I talk.', 'Change the route and you change my sensors, so tell me first.', 'I am logging every zone we cross.', 'More after I finish the specs.'],
  safecracker: ['She will open. They always do.', 'My kit is packed, oiled and checked.', 'I am not touching that keypad, whatever happens.', 'Have the bags ready when she swings open.', 'No second attempt. Ever.'],
  intel: ['Need a specific name? Just ask.', 'Check with me before you assume anything about the guards.', 'The roster stays in my pocket on the night.', 'More dirt next round if we need it.', 'If the schedule shifts, I will know.'],
  driver: ['Tank is full.', 'I will drive both routes once more this week.', 'Tell me the second the exit time moves.', 'Radio on channel two.', 'We leave together or not at all.'],
  lookout: ['I will check in on the radio every ten minutes... promise.', 'Anything moves, you hear it.', 'I can see both entrances from up there.', 'Short reports, no chatter.', 'Eyes open, mouth shut. Mostly.'],
  generic: ['I go where the planner points.', 'Shout if you need anything else.', 'I stay on the radio.', 'Ready when you are, boss.', 'Simple is good.'],
}
