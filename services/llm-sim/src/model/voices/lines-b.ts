/**
 * Voice b's persona lines: a casual crew, contractions, dashes, short sentences.
 * persona → plan phase (0 recon … 4 final) → variants.
 */
export const LINES_B: Record<string, string[][]> = {
  planner: [
    ['Ok, skeleton first — we hit the vault in the {window} slot, that\'s when the time lock lets go. Hacker\'s on cameras, intel\'s on the roster, safecracker gives me a real number for the door.', 'Target\'s the {vault} vault at {bank}. Everything we do hangs off {window}, and I want tool numbers, not gut feel.'],
    ['Way in: {blind} at {entry}, night crew of {nightGuards} on site. Hacker — does the {alarm}s sensor lag cover the walk to the stairs?', 'We don\'t go near the {nightStart} changeover, too many eyes. Approach at {entry} via the {blind}, out of view of the {cameras} cams.'],
    ['Vault math is the whole game: {windowLen} min in the window, door eats about {drill}. One bad code and that\'s {lockout} min gone.', 'No faking manager keys — two of them needed, so we drill. Door time sets the pace, the rest bends around it.'],
    ['Out by {wEnd}, back through the {blind}, engine already running. Cops are {police} min away, so that sensor lag is all the cushion we\'ve got.', 'If a guard clocks us, we bail through the {blindB} and meet at car two. Lookout makes that call, no arguing.'],
    ['Timeline, final: {entry} in, {wStart} drilling, {wEnd} done, {exitPlus} in the van. One line each to confirm, please.', 'Locked: {nightGuards} guards, {cameras} cams, blind spots at {blind} and {blindB}, {window}, {drill} min on the door.'],
  ],
  hacker: [
    ['Not saying a word about cams till I\'ve read the docs. What I\'ve got so far — SecureNet alarm goes straight to the cops, and there\'s a {ups}h battery behind it.', 'I\'m on the electronics — {cameras} cams, motion zones {zones}, the SecureNet link. Mapping blind spots against our route first.'],
    ['{blind} and {blindB} are both dead zones for the cams, that\'s why the route works. Zones {zones} give us a {alarm}s lag — enough to cross one, not to hang around.', 'Footage sticks around {footage} days, so assume every frame gets watched later. Going via the {blind} keeps us off camera till the stairwell.'],
    ['I\'ll mask the zone by the door during {window} — the system expects activity then anyway. It\'s the bank\'s own maintenance slot.', 'No keypad games from me: the {lock} logs everything and {tries} bad codes means lockout. Safecracker drills, I keep the sensors asleep.'],
    ['Leaving, same {alarm}s lag applies, so we clear zones in the order we came in. Anything pings SecureNet and the cops are {police} min out.', 'The {blindB} is our way out — zero cams there. I drop the vault-zone mask last, once we\'re at the stairs.'],
    ['My side\'s done: dead zones at {blind} and {blindB}, {cameras} cams, zones {zones}, {alarm}s lag. Good to go for {entry}.', 'Electronics sorted — vault zone masked from {wStart}, route stays in the dead zones. I\'m set for {window}.'],
  ],
  safecracker: [
    ['A {lock} with dual auth isn\'t something you trick open. I\'ll time the drill properly before anyone builds on it.', '{doorTons}-ton door, {lock} — I drill, I don\'t guess. {tries} bad codes and we eat a {lockout}-min lockout.'],
    ['I\'m hauling the rig down the {blindB} — heavy, but quiet. Couple of minutes to set up before the first bolt.', 'Nothing happens at the door before {wStart}, the time lock says so. Getting there early just means standing around.'],
    ['Door\'s {drill} min of work if nothing jams. That\'s basically all of {window}, so there\'s no second go.', 'Max safe time inside is {maxInside} min and I\'m saying {drill}. Nobody touches the keypad.'],
    ['Once it\'s open I need two pairs of hands on the bags, then we\'re gone. Rig stays behind if it slows us.', 'Drill overruns, we walk at {wEnd} — half a vault isn\'t worth a {police}-min police response.'],
    ['Ready: {drill} min on the door from {wStart}, out by {wEnd}. I stop when the window shuts.', 'Confirmed — no keypad, drill only, {drill} min, inside {window}.'],
  ],
  intel: [
    ['I\'m pulling the roster and personnel straight from the security DB, not hearsay. Night crew\'s on {night} — that\'s our shift.', 'Who matters at night: {nightSup}, night supervisor, level 4 — plus whoever\'s on {night}. {sup}\'s level 5 but works days.'],
    ['Nights run {night} with {nightGuards} guards; evenings have {eveningGuards}. Changeover at {nightStart} leaves a {gap}-min gap, but we\'re way later than that.', 'No fixed basement patrol at night — {nightGuards} guards cover three floors from the office on 2.'],
    ['Only {nightSup} has vault-level access on nights, and the two manager keys go home with day staff. So yeah, drilling\'s the only way.', '{sup} is level 5 but clocks out at 17:00 — nobody on site at night can open the vault on authority.'],
    ['Guards won\'t chase us outside; with {nightGuards} on site they sit tight and phone it in. Then it\'s {police} min for the cops.', 'Day crew shows up at {dayStart}; we\'re long gone, but any alarm before then hits {nightSup} first.'],
    ['Wrap-up: {nightGuards} guards on {night}, {nightSup} in charge, nobody with vault authority on site. Fine for {entry}.', 'Straight from the data — nights {night}, {nightGuards} guards, changeover at {nightStart}. I\'m good.'],
  ],
  driver: [
    ['I\'ll plan the exit around {address} — two cars, two routes, no loitering near the bank beforehand. Cops here take {police} min, that\'s the real clock.', 'Rule one for the getaway: we\'re out of the area before the first cruiser shows. {police} min response means moving the second we\'re out the door.'],
    ['Parking by the {blind} — it\'s off camera and faces the side street. Engine warm, lights off.', 'Van drops us at the {blind} at {entry}, I loop once and wait. No idling out front.'],
    ['While you\'re in the vault I keep radio silence and watch the clock. {wEnd} hits, I roll — full bags or not.', 'Door work sets my wait: {drill} min plus the walk. I\'m at the {blind} from {wStart}.'],
    ['Route one heads east through the back streets, route two north to the highway. {police} min of police response — I want us three turns away by then.', 'Alarm trips, we get the {alarm}s lag plus {police} min. I\'ll have us moving before the first siren.'],
    ['Driver\'s set: van at the {blind} from {entry}, rolling at {exitPlus}, car two on standby.', 'My timing\'s fixed — pickup {exitPlus}, two routes, swap cars ten min out.'],
  ],
  lookout: [
    ['I\'ll be across the road watching Main Street and the side door from before {entry}. Cruisers, guards moving, anything weird — you\'ll hear it plain.', 'Outside\'s mine. I\'m timing the cruiser passes and the guards in the floor-2 office windows.'],
    ['Night crew swaps at {nightStart}; after that the floor-2 lights stay on and the lobby\'s dead. I\'ll confirm it\'s settled before {entry}.', 'The {blind} is dark and can\'t be seen from the street — I\'ll keep eyes on it while you go in.'],
    ['While the vault\'s open I\'ll call the clock on the radio at regular intervals so nobody loses {wEnd}.', 'During the door work I watch the floor-2 office — a guard leaves the desk, you hear it from me first.'],
    ['Cruiser slows down, I call the abort and everyone goes out the {blindB}. Cops are {police} min out, so early warning is everything.', 'I stay put till the van\'s gone, then walk off the other way.'],
    ['Lookout\'s ready: in position before {entry}, regular time calls, abort call\'s mine.', 'Last from me — watching the street and the office windows, radio check before {entry}.'],
  ],
  generic: [
    ['I\'m in for the {vault} job — just tell me where you want an extra pair of hands.', 'Happy to help; I\'d like {window} nailed down before I plan my bit.'],
    ['I can lug gear through the {blind} with everyone.', 'I\'ll hold the stairwell while you move in.'],
    ['I\'ll keep the clock during the vault work and shout {wEnd}.', 'I can grab bags once the door\'s open.'],
    ['I leave with everyone at {wEnd}, no side trips.', 'I\'ll make sure nothing of ours gets left.'],
    ['My bit\'s ready for {entry}.', 'All set on my end for {window}.'],
  ],
}

export const CLOSERS_B: Record<string, string[]> = {
  planner: ['I\'ll redo the timeline once everyone\'s in.', 'Shout now, not on the night.', 'Anything that moves the numbers — send it my way.'],
  hacker: ['Reading the next doc before I say more.', 'I\'ll flag anything in the docs that doesn\'t add up.', 'Route changes, sensors change — ping me.'],
  safecracker: ['Window moves, I rerun the numbers.', 'Kit\'s packed and checked.', 'Keypad stays untouched, whatever happens.'],
  intel: ['Need a name? I\'ll query again.', 'Ask me before assuming anything about the guards.', 'Roster\'s on me on the night.'],
  driver: ['I\'ll drive both routes this week.', 'Both cars are fuelled.', 'Exit time moves, tell me straight away.'],
  lookout: ['Radio updates at regular intervals from me.', 'Anything moves, you\'ll know.', 'I\'ve got eyes on both doors.'],
  generic: ['I\'ll follow the planner.', 'Need anything else, shout.', 'I\'ll stay on the radio.'],
}
