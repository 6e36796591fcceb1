/**
 * Voice e's persona lines: a terse chat-log model, lowercase, abbreviations, run-ons, now and
 * then a non-native turn of phrase. persona → plan phase (0 recon … 4 final) → variants.
 * Lists use "+" (planner) or "*" (intel) on their own lines. Facts beyond the slots are the
 * documents' and the database's: sensors armed 19:00-06:00, the stairwell B door contact and the
 * vault's vibration/heat sensors always on, the door's 40-second motor, the PIN changed at 06:00,
 * the night posts (James Williams patrols, about 20 minutes a round, B-1 last; Thomas Brown at the
 * main entrance), the Elm Street side door camera, the north facade camera over Main Street.
 */
export const LINES_E: Record<string, string[][]> = {
  planner: [
    [
      'ok ppl, target is the {vault} vault at {bank}, {address}, and the only door we get is the {window} maintenance slot so everything hangs off that:\n+ hacker -> cams and sensors\n+ intel -> night roster\n+ safecracker -> a real drill number pls.',
      'plan v0, nothing fixed yet: we go in the {window} slot when the time lock is released, rest gets built around it, and every number comes out of a tool not out of memory.',
      'roles so nobody doubles up: hacker electronics, safecracker the door, intel guards, driver wheels, lookout the street, me the sheet.',
    ],
    [
      'entry v1:\n+ {entry} in through the {blind}\n+ night shift has {nightGuards} guards\n+ pir delay {alarm}s, hacker pls confirm it covers the walk to the stairs.',
      'we keep well away from the {nightStart} changeover, too many ppl in the office then, approach is {entry} via {blind} then {blindB} and no cams on that line.',
      'route is {blind} -> {blindB} -> {vault}, intel when does the night patrol hit the basement and how long it stays.',
    ],
    [
      'vault budget: window is {windowLen} min, door is {drill} min, so basically zero spare, one wrong code = {lockout} min lockout which we dont have.',
      'no fake keys, its two manager keys and they go home every night, so drill only and the {drill} min sets the pace for all of us.',
      'if the drill is still going at {wEnd} we leave it, no second try, nobody touches the {lock} keypad.',
    ],
    [
      'exit:\n+ out by {wEnd}\n+ back the same way through the {blind}\n+ driver engine running\n+ cops are {police} min so the sensor delay is our only cushion.',
      'plan b if a guard sees us: abort, out via {blindB}, regroup at car two, lookout makes the call and nobody argues on the radio.',
      'driver i need two routes away from {address}, lookout times the patrol car, we are gone inside {police} min of any alarm.',
    ],
    [
      'final sheet:\n+ {entry} in via {blind}\n+ {wStart} door work starts\n+ {wEnd} done\n+ {exitPlus} in the car\neverybody confirm ur bit in one line.',
      'locked: {nightGuards} guards, {cameras} cams, blind spots {blind} and {blindB}, {window} slot, {drill} min on the door, if any of that changes lookout calls it off.',
      'last thing, the whole plan only works if we respect {window} and the {lockout} min lockout, we move on my word at {entry}.',
    ],
  ],
  hacker: [
    [
      'not saying anything about cams before i read the docs tbh, what i know rn: securenet goes straight to police dispatch and theres a {ups}h battery behind it, cutting power = pointless.',
      'electronics are mine: {cameras} cams, pir zones {zones}, the securenet link, first job is blind spots vs our route.',
      'pir sensors arm at 19:00 when the building closes and stay armed till 06:00, so all of our night is inside armed hours, no way round that.',
    ],
    [
      '{blind} and {blindB} got no cams, thats why the route works, pir delay {alarm}s, enough to cross one zone not to stand around in it.',
      'footage is kept {footage} days so assume every cam we cross gets watched later, via the {blind} we stay off tape till the stairs.',
      'heads up the stairwell B doors have a door contact thats armed all hours, not just nights, so that contact is my problem before anyone pushes the door.',
    ],
    [
      'vault door and walls have vibration + heat sensors that never switch off, zero delay (VIB-F2 in the sensors table), so no hammering on anything before {wStart}.',
      'no keypad tricks, the {lock} logs every entry and {tries} wrong codes = lockout + the security office gets pinged, safecracker drills and i keep the pir quiet.',
      'floor 2 security office sees every feed live, as long as we stay in the blind spots they are watching an empty basement lol.',
    ],
    [
      'going out its the same {alarm}s delay, we leave the zones in the order we came, anything reaches securenet and cops are {police} min out.',
      '{blindB} is the exit, zero cams, i drop the mask on zone F last when we hit the stairs.',
      'if the alarm goes theres no fighting it with {ups}h of battery behind it, we just go.',
    ],
    [
      'my side: blind spots {blind} + {blindB}, {cameras} cams, zones {zones}, {alarm}s delay, ready for {entry}.',
      'electronics ok: zone F masked from {wStart}, route stays in blind spots, securenet line untouched, good for {window}.',
      'i know where all {cameras} cams look and where they dont, ill call each zone as we cross it.',
    ],
  ],
  safecracker: [
    [
      '{lock} with dual authorisation, this one you dont open with a trick, first i make proper time for the drill before somebody build a schedule on it.',
      '{doorTons} ton door, the motor open it in 40 seconds once unlocked, i drill and i dont guess codes, {tries} wrong = {lockout} min lockout and our night is finish.',
      'the combination they change every morning at 06:00, no point to learn it before, is drill only.',
    ],
    [
      'i carry the rig down by {blindB}, is heavy but quiet, few minutes setup at the door before the first bolt.',
      'nothing happen at the door before {wStart}, the time lock decide this not us, arrive early means only waiting in front of it.',
      'route to the {vault} door must be clear, no stops, my kit i cannot drag past a patrol.',
    ],
    [
      'door is {drill} min of work if nothing jam, this is the whole {window} window so no slack for second try.',
      'max inside is {maxInside} min, my estimate {drill}, keypad nobody touch.',
      'three bolt housings, twelve min each more or less plus setup, if one bind we stop at {wEnd} and go.',
    ],
    [
      'when door is open i need two person for bags then we go, rig stay behind if it slow us.',
      'if drill overrun we abort at {wEnd}, a half open vault is not worth it with cops {police} min away.',
      'i go out last from vault, first to stairs after the bags, nobody go back for anything.',
    ],
    [
      'ready: {drill} min on door from {wStart}, out by {wEnd}, i stop when window close.',
      'confirm: no keypad, drill only, {drill} min, inside {window}.',
      'my numbers stay: {drill} min door, {maxInside} min max inside, ready.',
    ],
  ],
  intel: [
    [
      'pulling roster + personnel from the db not from rumours, night shift is {night} and thats the one we care about.',
      'ppl who matter at night:\n* {nightSup}, night supervisor, L4, floor 2 office\n* James Williams, does the patrol\n* Thomas Brown, main entrance and lobby\n{sup} is L5 but days only.',
      'facts first: shifts, guard counts, access levels all sit in the db, i report only what it returns.',
    ],
    [
      'fyi nights are {night} with {nightGuards} guards, evenings {eveningGuards}, handover at {nightStart} leaves a {gap} min gap but we go way later anyway.',
      'patrol at night is one guard, James Williams, a round takes about 20 min and does B-1 last, the other two sit in the office and the lobby.',
      '{nightSup} runs nights from the floor 2 office, if she stays at the desk the basement is quiet for long stretches.',
    ],
    [
      'on nights only {nightSup} has L4, manager keys stay with day staff and are never on site overnight, so drilling is the only way, confirmed.',
      '{sup} is L5 but gone at 17:00, nobody on site at night can open the vault by authority, the time lock window is our door.',
      'access levels go 1 public to 5 master, only 4 and 5 touch vault systems, at {wStart} that means {nightSup} and nobody else.',
    ],
    [
      'guards dont leave the building to chase, with {nightGuards} on site they hold and phone it in, then its {police} min for the cops.',
      'day shift comes at {dayStart}, we are long gone, but any alarm before goes to {nightSup} first.',
      'badge swipes at L4/L5 get reviewed every morning by {sup}, so none of us touches a badge reader, ever.',
    ],
    [
      'summary:\n* {nightGuards} guards on {night}\n* {nightSup} supervising\n* nobody on site with vault authority\nok for {entry}.',
      'confirmed from the data: nights {night}, {nightGuards} guards, changeover {nightStart}, my part is ready.',
      'intel done, we plan vs {nightGuards} night guards + one supervisor and nothing in the records moves {window}.',
    ],
  ],
  driver: [
    [
      'exit is around {address}, two cars two routes, no parking near the bank before, cops {police} min = the real clock.',
      'getaway rule no1: out of the area before the first patrol car, {police} min response means moving seconds after the door.',
      'need the exit time fixed first, give me a firm {wEnd} and i work backwards.',
    ],
    [
      'parking by the {blind}, off camera, faces the side street, engine warm lights off.',
      'van at {entry}, drop at the {blind}, one loop then wait, no idling on main street, the north facade cam sees the whole street.',
      'not waiting on elm street, the side door there has its own cam, car two sits two blocks off in case car one gets boxed.',
    ],
    [
      'while the vault is open radio quiet, eyes on the clock, {wEnd} i roll, full bags or not.',
      'door work sets my wait: {drill} min + the walk out, at the {blind} from {wStart}.',
      'dock is empty at night btw, armoured car only comes tue + fri 07:30, so nobody around the back at our hour.',
    ],
    [
      'route 1 east through the back streets, route 2 north to the highway, {police} min police so i want us three turns away by then.',
      'alarm trips we get {alarm}s delay + {police} min, moving before the first siren.',
      'swap cars ten min out, away from any cam, van to the garage, car home.',
    ],
    [
      'driver ok: van at the {blind} from {entry}, rolling {exitPlus}, car two standby.',
      'timing set: pickup {exitPlus}, two routes, swap ten min out.',
      'locked on my side, i wait till {wEnd} and not one min more.',
    ],
  ],
  lookout: [
    [
      'eyes on main st + elm st from across the road from before {entry} // patrol cars, guards moving, anything odd, plain words.',
      'outside is mine // timing the patrol car passes + watching the floor 2 office windows, the lights tell me who sits at the desk.',
      'i set up early and post a picture of the street before anyone moves // guard numbers change, i say it.',
    ],
    [
      'night crew changes {nightStart}, after that floor 2 lights stay on and the lobby goes dead // will confirm its settled before {entry}.',
      '{blind} is dark, cant be seen from the street // watching it while u go in.',
      'main entrance shutter comes down at 19:00 and Thomas Brown sits behind it in the lobby at night // i see his light from my spot.',
    ],
    [
      'during the vault i call the time every ten min on the radio so nobody loses {wEnd}.',
      'watching the floor 2 office during the door work // a guard leaves the desk, u hear it from me first.',
      'radio quiet during the drill // only my time calls + any movement.',
    ],
    [
      'patrol car slows down = i call abort, team out via {blindB} // cops {police} min so early warning is everything.',
      'i stay in position till the van is gone // then walk off the opposite way.',
      'for the exit i give the all clear at the {blind} before anybody steps out.',
    ],
    [
      'lookout ok // in position before {entry}, time calls every ten min, abort is my call.',
      'final from me // street + office windows, radio check before {entry}.',
      'set // anything outside changes u hear it before it reaches the building.',
    ],
  ],
  generic: [
    ['im in for the {vault} job, just tell me where u want an extra pair of hands.', 'happy to help, want {window} nailed down before i plan my bit.'],
    ['i can carry gear through the {blind} with everyone.', 'ill hold the stairwell while u move in.'],
    ['ill keep the clock during vault work and shout {wEnd}.', 'i grab bags once the door is open.'],
    ['i leave with everyone at {wEnd}, no side trips.', 'ill make sure nothing of ours stays behind.'],
    ['my bit is ready for {entry}.', 'all set my end for {window}.'],
  ],
}

export const CLOSERS_E: Record<string, string[]> = {
  planner: ['will update the sheet when everyone posted.', 'questions now pls, not on the night.', 'send me anything that moves a number.', 'next round we close whatever is open.'],
  hacker: ['reading the next doc then more.', 'will flag anything in the docs that doesnt match.', 'route changes = sensors change, tell me.', 'brb checking the cam list.'],
  safecracker: ['if the window move i do the numbers again.', 'kit is packed, checked two times.', 'keypad i dont touch, whatever happen.', 'bags must be ready when door is open.'],
  intel: ['need a name, i query again.', 'ask me before u assume anything about guards.', 'roster stays with me on the night.', 'i flag any schedule change.'],
  driver: ['both cars fuelled.', 'driving both routes this week.', 'exit time moves, tell me that second.', 'nobody left behind.'],
  lookout: ['eyes open, mouth shut unless it matters.', 'u hear from me the moment something moves.', 'from my spot i see both doors.', 'reports short, promise.'],
  generic: ['i follow the planner.', 'need anything, shout.', 'on the radio.', 'ready when u are.'],
}
