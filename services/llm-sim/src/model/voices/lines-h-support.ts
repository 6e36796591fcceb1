/**
 * Voice h's lines for intel, driver, lookout and an unknown teammate, and everyone's closers:
 * intel reports what "the records show" like a clerk ("Per the roster", "For the avoidance of
 * doubt"), the driver talks in radio procedure ("Driver.", "roger", "wilco", "Driver out."), and the
 * lookout speaks of itself in the third person ("The lookout will take the roof …"), as small
 * models playing a named role often do. persona → plan phase (0 recon … 4 final) → variants.
 */
export const SUPPORT_LINES_H: Record<string, string[][]> = {
  intel: [
    [
      'According to the guard roster in the database, the night shift runs {night}. That is the only shift we need to plan against.',
      'The records show {nightSup} as night supervisor with level 4 access, plus whoever is rostered on {night}. {sup} holds level 5 but works days only.',
      'Shift patterns, head counts and access levels are all in the security database. I will report what the records say and nothing I have heard second-hand.',
    ],
    [
      'Per the roster, nights are {night} with {nightGuards} guards, and evenings have {eveningGuards}. The {nightStart} handover leaves a {gap}-minute gap, but we go in long after it.',
      'The records show no fixed basement patrol on nights. {nightGuards} guards cover three floors from the office on floor 2, against {eveningGuards} on the evening shift.',
      '{nightSup} supervises nights from the security office. Provided she stays at the desk, the basement is empty for long stretches.',
    ],
    [
      'For the avoidance of doubt: nobody on nights has vault access bar {nightSup} at level 4, and the manager keys leave with the day staff. Hence the drill.',
      'The personnel table has {sup} at level 5, clocking off at 17:00. Nobody on site at night can open the vault on authority, so it is the time lock window or nothing.',
      'Access levels run from 1, public, to 5, master. Only 4 and 5 touch vault systems, which at {wStart} means {nightSup} alone.',
    ],
    [
      'The records suggest the guards hold their posts rather than give chase. With {nightGuards} on site they phone it in, and the police take {police} minutes.',
      'The day shift starts at {dayStart}. We are long gone by then, though any alarm before that goes to {nightSup} first.',
      'An alarm raised by a guard goes from the floor 2 office to SecureNet, and that starts the {police}-minute clock.',
    ],
    [
      'Summary from the records: {nightGuards} guards on {night}, {nightSup} supervising, nobody on site with vault authority. Consistent with {entry}.',
      'Per the database: nights {night}, {nightGuards} guards, handover {nightStart}, evening cover {eveningGuards}. Intel has nothing outstanding.',
      'Intel is closed off. Plan on {nightGuards} night guards plus one supervisor, and the records show nothing that touches the {window} window.',
    ],
  ],
  driver: [
    [
      'Driver. Two vehicles, two routes, and nobody parks near {address} beforehand. Police respond in {police} minutes and that is the clock I work to.',
      'Driver, copy. Rule one: three streets away before the first car turns in. {police} minutes is all we get.',
      'Driver. Give me the walk-out time and I plan backwards from it. Working figure {wEnd}, roger.',
    ],
    [
      'Driver. Van on the {blind} side, no cameras, facing the side street. Engine off, lights off, until called.',
      'Driver. Drop-off at the {blind} at {entry}, one lap of the block, then hold. No idling out front, ever.',
      'Driver. Second vehicle two streets over in case we get boxed in. Main Street closed to us both ways.',
    ],
    [
      'Driver, radio quiet while you are downstairs. Eyes on the clock. At {wEnd} I roll, with or without the bags.',
      'Driver. {drill} minutes on the door plus the walk out is my wait. Parked at the {blind} from {wStart}, roger.',
      'Driver. Heavy bags means slow feet, so two trips from the stairwell to the van, max.',
    ],
    [
      'Driver. Routes out: east through the side streets or north for the main road. With {police} minutes on the police, three turns between us and them.',
      'Driver. If it trips we have {alarm} seconds plus {police} minutes. Moving before the first siren, wilco.',
      'Driver. Vehicle swap ten minutes out, somewhere with no cameras. Van to the lock-up, car home.',
    ],
    [
      'Driver, final. Van at the {blind} from {entry}, wheels turning {exitPlus}, second vehicle on standby. Driver out.',
      'Driver. Collection at {exitPlus}, two routes, vehicle change ten minutes out. Engine on at your word.',
      'Driver. I wait till {wEnd} and not a second longer. Driver out.',
    ],
  ],
  lookout: [
    [
      'The lookout will take the roof of the car park opposite {address}, in position well before {entry}. Patrol cars, guards, anything odd: the lookout calls it.',
      'Lookout\'s job is eyes outside. The lookout times the patrol car and watches the lights in the floor 2 office.',
      'The lookout wants to be set up early, properly early. Any change in the guard count, the team hears it from the lookout first.',
    ],
    [
      'The lookout notes the night shift changes at {nightStart}, and after that the floor 2 lights stay on and the lobby goes quiet. The lookout will confirm it has settled before {entry}.',
      'From the street the lookout can see a fair few of the {cameras} cameras facing outward. The {blind} is the one dark corner from up there.',
      'The lookout can see the {nightGuards} night guards through the office windows, most of the time. If one heads for the stairs, the lookout shouts.',
    ],
    [
      'While the vault is open the lookout calls the time every ten minutes. Nobody loses track of {wEnd} on the lookout\'s watch.',
      'During the drilling the lookout keeps eyes on the floor 2 office. A guard leaving that desk gets reported before he reaches the corridor.',
      'Radio silence from the lookout during the drill, apart from time checks and anything that moves.',
    ],
    [
      'If a patrol car slows out front, the lookout calls the abort and the team leaves through the {blindB}. Police are {police} minutes out, so every second of warning counts.',
      'The lookout stays put until the van has gone, then walks off the other way.',
      'Alarm or not, there are {alarm} seconds before anyone inside knows. The lookout says when the {blind} is clear, and not before.',
    ],
    [
      'The lookout will be in position before {entry}, calling the time every ten minutes, and if the lookout says abort, the job stops.',
      'Final from the lookout: eyes on the street and the office windows, radio check before {entry}.',
      'The lookout is set. If anything outside changes, the team hears it before the building does.',
    ],
  ],
  generic: [
    ['Glad to help on the {vault} job, so tell me where you want me.', 'In, though I would like the {window} window pinned down before I plan my bit.', 'Happy to follow whatever timetable the planner sets.'],
    ['I can carry kit through the {blind} along with the others.', 'I will hold the stairwell while the rest move in.', 'I will follow the route via the {blind} and keep quiet.'],
    ['I will keep time at the vault and call out {wEnd}.', 'Once the door is open I will take bags up.', 'I will keep an eye on the vault corridor from the corner.'],
    ['I leave with everyone at {wEnd}, no detours at all.', 'I will check we leave nothing of ours behind.', 'I will go out in the second vehicle.'],
    ['All set for {entry} on my side.', 'Good for the {window} window, as far as I am concerned.', 'Waiting on the planner to say go.'],
  ],
}

/** One-sentence closers per persona, each in its speaker's manner. */
export const CLOSERS_H: Record<string, string[]> = {
  planner: ['Questions, shout now.', 'I will redo the timetable once everyone has reported.', 'Objections on the radio now, not on the night.', 'Anything that moves the numbers, send it my way.', 'Next round we tighten it up.'],
  hacker: ['Status board updated.', 'Next document, then I report.', 'Change the route and you change my sensor plan, so tell me first.', 'Every zone crossing goes in my log.', 'Full status once the specs are read.'],
  safecracker: ['It will open, they always do.', 'Kit is packed and oiled.', 'Nobody touches the keypad, come what may.', 'Bags ready when the door swings, please.', 'One go at it, no more.'],
  intel: ['Ask me for any name you need.', 'Before anyone assumes anything about the guards, ask me.', 'The roster stays with me on the night.', 'More from the records next round if needed.', 'If the rota changes, I will know about it.'],
  driver: ['Tank full. Driver out.', 'Driving both routes again this week. Driver out.', 'Any change to the exit time, tell me straight away.', 'Radio check on the hour.', 'Everybody leaves together or nobody does.'],
  lookout: ['The lookout checks in every ten minutes.', 'Anything moves, the lookout reports it.', 'Both entrances are visible from the lookout\'s spot.', 'Short reports from the lookout, no chatter.', 'Lookout out.'],
  generic: ['I go where the planner says.', 'Shout if you need anything from me.', 'On the radio throughout.', 'Standing by for the planner.', 'Keep it simple.'],
}
