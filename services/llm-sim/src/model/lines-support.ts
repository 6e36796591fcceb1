/** In-character lines for intel, driver, lookout and an unknown teammate, per plan phase. */
export const SUPPORT_LINES: Record<string, string[][]> = {
  intel: [
    [
      'I will pull the guard schedule and the personnel list from the security database rather than trust rumours. Night shift runs {night}, and that is the one we care about.',
      'The people who matter at night: {nightSup}, the night supervisor with level 4 access, and the guards on the {night} shift. {sup} holds level 5 but works days.',
      'Facts first: shifts, guard counts and access levels are all in the database. I will report only what it returns.',
    ],
    [
      'Night shift is {night} with {nightGuards} guards; evening has {eveningGuards}. The hand-over at {nightStart} leaves a {gap}-minute gap, but we go much later than that.',
      'The basement is not on a fixed patrol at night; {nightGuards} guards cover three floors from the office on floor 2.',
      '{nightSup} runs nights from the security office. If she stays at her desk, the basement is quiet for long stretches.',
    ],
    [
      'Nobody on the night shift holds vault access except {nightSup} at level 4; the two manager keys stay with day staff. That confirms drilling is the only way in.',
      '{sup} is level 5 but leaves at 17:00, so no one on site at night can open the vault by authority. The time lock window is our only door.',
      'Access levels run 1 public to 5 master; only levels 4 and 5 touch the vault systems. At {wStart} that means {nightSup} and no one else.',
    ],
    [
      'The guards cannot leave the building to chase us; with {nightGuards} on site, they hold positions and call it in. Police then take {police} minutes.',
      'Next shift arrives at {dayStart}; we are long gone by then, but any alarm before that goes to {nightSup} first.',
      'If a guard raises the alarm, the call goes from the floor 2 office to SecureNet. That is the {police}-minute clock starting.',
    ],
    [
      'My summary: {nightGuards} guards on the {night} shift, {nightSup} supervising, nobody on site with vault authority. Good for {entry}.',
      'Confirmed from the data: night shift {night}, {nightGuards} guards, shift change at {nightStart}. My piece is ready.',
      'Intel is settled: we plan against {nightGuards} night guards and one supervisor. Nothing in the records changes the {window} window.',
    ],
  ],
  driver: [
    [
      'I will plan the exit around {address}: two vehicles, two routes, no stopping near the bank before the job. Police response here is {police} minutes, which is our real clock.',
      'Getaway first principle: we are out of the area before the first patrol car arrives. With a {police}-minute response, that means moving within seconds of leaving the door.',
      'I need the exit time fixed before I pick routes. Give me a firm {wEnd} and I will work back from there.',
    ],
    [
      'I will park by the {blind}; it is out of camera view and faces the side street. The engine stays warm, lights off.',
      'Approach at {entry} with the van, drop at the {blind}, then I loop once and wait. No idling in front of the main doors.',
      'Second car waits two blocks away in case the first is boxed in. Both routes avoid Main Street itself.',
    ],
    [
      'While the vault is open I keep the radio quiet and watch the clock. At {wEnd} I start rolling whether the bags are full or not.',
      'The door work sets my wait: {drill} minutes plus the walk out. I will be at the {blind} from {wStart} on.',
      'Heavy bags slow the exit; plan on two trips at most from the stairwell to the van.',
    ],
    [
      'Exit route one goes east through the side streets; route two north to the highway. With {police} minutes of police response, we want to be three turns away before they arrive.',
      'If the alarm trips, the {alarm}-second delay plus {police} minutes of response is all we get. I will have us moving before the first siren.',
      'We switch vehicles ten minutes out, away from any camera. The van goes to the garage, the car goes home.',
    ],
    [
      'Driver confirmed: van at the {blind} from {entry}, rolling at {exitPlus}, second car on standby. Police response {police} minutes, and we beat it.',
      'My timing is set: pickup {exitPlus}, two routes, vehicle switch ten minutes out. Ready.',
      'Locked in on my side: I wait until {wEnd}, not a minute longer.',
    ],
  ],
  lookout: [
    [
      'I will watch Main Street and the side entrance from across the road starting before {entry}. I report patrol cars, guard movement and anything unusual, in plain words.',
      'My job is eyes on the outside. I will time the patrol car passes and the guards at the windows of the floor 2 office.',
      'I will set up early and give the team a clear picture before anyone moves. Any change in guard numbers, I call it.',
    ],
    [
      'Night guards rotate at {nightStart}; after that the floor 2 lights stay on and the lobby goes quiet. I will confirm the building is settled before {entry}.',
      'The {blind} is dark and out of sight from the street. I will watch it while the team goes in.',
      'I will keep an eye on the {nightGuards} night guards through the office windows and call out if one heads for the stairs.',
    ],
    [
      'While the vault is open, I call the time every ten minutes on the radio so nobody loses track of {wEnd}.',
      'I watch the office on floor 2 during the door work; if a guard leaves the desk, the team hears it from me first.',
      'Quiet radio during the drill, except for my time checks and any movement I see.',
    ],
    [
      'If I see a patrol car slow down, I call the abort and the team leaves through the {blindB}. Police response is {police} minutes, so early warning matters most.',
      'I will stay in position until the van leaves, then walk away in the opposite direction.',
      'For the exit, I call the all-clear at the {blind} before anyone steps outside.',
    ],
    [
      'Lookout confirmed: in position before {entry}, time calls every ten minutes, abort call is mine. Ready.',
      'Final from me: watching the street and the office windows, radio check before {entry}.',
      'I am set; if anything outside changes, you hear it from me before it reaches the building.',
    ],
  ],
  generic: [
    [
      'I will support the plan for the {vault} vault and keep my part simple. Tell me where you need an extra pair of hands.',
      'Ready to help; I would like the {window} window confirmed before I plan my part.',
      'I am in. I will follow the timeline the planner sets and report anything I notice.',
    ],
    ['I can carry equipment through the {blind} with the team.', 'I will cover the stairwell while the others move in.', 'I will follow the route through the {blind} and keep quiet.'],
    ['I will keep time during the vault work and call {wEnd}.', 'I can help with the bags once the door is open.', 'I will stay by the vault corridor and watch the approach.'],
    ['I leave with the team at {wEnd}, no detours.', 'I will make sure nothing of ours stays behind.', 'I will be in the second car on the way out.'],
    ['My part is ready for {entry}.', 'Confirmed on my side for the {window} window.', 'Ready when the planner gives the signal.'],
  ],
}

/** One-sentence closers, per persona: the next step the speaker commits to. */
export const CLOSERS: Record<string, string[]> = {
  planner: ['I will update the timeline once everyone has reported.', 'Questions now, not on the night.', 'Send me anything that changes the numbers.', 'We revisit this next round with the new facts.', 'I will write the final sheet after this round.'],
  hacker: ['I will check the next document before I say more.', 'I will flag anything in the documents that contradicts this.', 'Ping me if the route changes; the sensors change with it.', 'I am keeping notes on every zone we cross.', 'More once I have read the specs.'],
  safecracker: ['I will rerun the numbers if the window changes.', 'My kit is packed and checked.', 'I will not touch the keypad, whatever happens.', 'I want the bags ready when the door opens.', 'I will say it again: no second attempt.'],
  intel: ['I will query again if anyone needs a specific name.', 'Ask me before you assume anything about the guards.', 'I will keep the roster handy on the night.', 'More data next round if we need it.', 'I will flag any schedule change I see.'],
  driver: ['I will drive both routes once this week.', 'The vehicles are fuelled and checked.', 'Tell me the moment the exit time moves.', 'I will keep the radio on channel two.', 'Nobody gets left behind.'],
  lookout: ['I will report on the radio every ten minutes.', 'You will hear from me the moment anything moves.', 'My position has a view of both entrances.', 'I will keep my reports short and plain.', 'I am watching, not talking, unless it matters.'],
  generic: ['I will follow the planner\'s lead.', 'Tell me if you need anything else.', 'I will stay on the radio.', 'Ready when you are.', 'I will keep it simple.'],
}
