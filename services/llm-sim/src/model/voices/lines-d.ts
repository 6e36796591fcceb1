/**
 * Voice d's persona lines: a small local chat model playing six parts. Each persona has its own
 * register (the planner's headings and numbered steps, the hacker's backticked shorthand, the
 * safecracker's working shown in tables, intel's bolded names and sources, the driver's clipped
 * contractions, the lookout's radio procedure) and talks about facts the other voices leave alone
 * (patrol rounds, zone E, the generator, the time lock's hours). persona → plan phase (0 recon …
 * 4 final) → variants. Markdown blocks start on a new line with a marker, never a capital letter,
 * so the sentence splitter keeps each block whole.
 */
export const LINES_D: Record<string, string[][]> = {
  planner: [
    [
      '### Objective\n- **Target:** the {vault} vault, {bank}, {address}\n- **Hard limit:** the time lock only lets go between {wStart} and {wEnd}\n- **Open asks:** cameras and sensors (hacker), night roster (intel), a drill time we can trust (safecracker)',
      'Alright team, let\'s build everything around {window}, since that\'s the only slot where the vault opens at all. Please say which doc or query every number came from, so we\'re not stacking guesses.',
    ],
    [
      'Here\'s my thinking on entry: the {nightStart} handover is busy, so we let it settle and come in at {entry} via the {blind}. That keeps us clear of the main camera coverage and of the 01:30 patrol on its way back up.',
      '### Entry\n1. **Approach:** {blind} at {entry}, night crew only\n2. **On site:** {nightGuards} guards, patrol rounds at half past each hour\n3. **Check:** hacker, does the {alarm}-second sensor delay get us from the door to the stairs?',
    ],
    [
      '### Vault budget\n| item | minutes |\n|---|---|\n| window | {windowLen} |\n| drilling | {drill} |\n| one bad code | {lockout} |\nThe table is the argument: there\'s no room for a second try.',
      'The maths on the vault is tight, and I\'d rather we stare at it now. We get {windowLen} minutes, the drill wants roughly {drill}, and a wrong code on the {lock} burns {lockout} of them.',
    ],
    [
      'For the exit, we\'re out at {wEnd} whatever the bags look like. Police take {police} minutes once SecureNet calls it in, so the sensor delay is the only cushion we\'ve really got.',
      '### Exit\n1. **Leave:** {wEnd} sharp, same route back through the {blind}\n2. **Fallback:** the {blindB} if the first route is blocked, then car two\n3. **Abort call:** lookout\'s, no debate',
    ],
    [
      '### Final timeline\n| time | step |\n|---|---|\n| {entry} | in via the {blind} |\n| {wStart} | drilling starts |\n| {wEnd} | door work stops |\n| {exitPlus} | van moving |\nA one-line ✅ from each of you, please.',
      'Let\'s lock it: {nightGuards} guards, {cameras} cameras with blind spots at the {blind} and the {blindB}, the {window} slot, {drill} minutes on the door. If anything in that sentence is wrong, say so now.',
    ],
  ],
  hacker: [
    [
      'Reading `security_system.txt` before I commit to anything. What I know so far: SecureNet goes straight to police dispatch, and the UPS holds cameras and sensors up for {ups}h, so cutting power buys us nothing.',
      'My scope: {cameras} cameras, PIR zones {zones}, the SecureNet line. First job is overlaying the blind spots on our route, everything else comes after that.',
    ],
    [
      'tl;dr on cameras: the {blind} and the {blindB} have no coverage, which is the whole reason this route works. Zone E is the corridor side, and its {alarm}s delay covers a crossing, not a pause.',
      'Footage is retained {footage} days, so we assume someone reviews every frame later. The {blind} keeps us off camera until zone E, and that\'s where the sensor delay starts mattering.',
    ],
    [
      'Plan for the door: mask zone F during {window}, the bank\'s own maintenance slot, so the activity doesn\'t look odd. I\'m leaving the keypad alone, the {lock} logs every entry.',
      'Status: sensors are my problem, the door is not. {tries} bad codes trips a {lockout}-minute lockout, so nobody gets creative with the keypad.',
    ],
    [
      'On the way out, same {alarm}s delay per zone, so we leave in reverse order: F, then E, then out. One trigger reaching SecureNet and we have {police} minutes.',
      'Exit side: the {blindB} has zero cameras and I unmask zone F last, once we\'re at the stairs. The generator kicks in 10 seconds after any power cut, so nobody touches the mains.',
    ],
    [
      'Done on my side ✅ blind spots at the {blind} and the {blindB}, {cameras} cameras, zones {zones}, {alarm}s delay, zone F masked from {wStart}.',
      'Electronics: green. Route stays inside the blind spots for all of {window}, masks come off in reverse order.',
    ],
  ],
  safecracker: [
    [
      'The {lock} needs dual authorisation, so there\'s no trick to it. I\'ll put a real number on the drilling before anyone plans around it.',
      'Door facts first: {doorTons} tons, {lock}, motorised and slow to swing. {tries} wrong codes means a {lockout}-minute lockout, so my approach is the drill, not the keypad.',
    ],
    [
      'The rig comes down the {blindB} in two loads, because it\'s heavy but quiet. Setup at the door takes a few minutes before the first bolt.',
      'Nothing happens at the door before {wStart}, the time lock is closed from 18:00 until then. Getting there early just means kneeling in the antechamber.',
    ],
    [
      '| step | minutes |\n|---|---|\n| three bolt housings, 12 each | 36 |\n| setup | 9 |\n| total at the door | {drill} |\nThat eats all of {window}, so there\'s no second attempt.',
      'My working: three housings at 12 each, plus 9 of setup, gives {drill} minutes at the door. The safe limit inside is {maxInside}, so the margin is basically zero and the keypad stays untouched.',
    ],
    [
      'Once the door swings I need two people on bags, then we go. If the rig slows us down, it stays.',
      'If the drill overruns we walk at {wEnd}, since half a vault isn\'t worth a {police}-minute police response.',
    ],
    [
      'Confirmed ✅ {drill} minutes on the door from {wStart}, tools down at {wEnd}, drilling only.',
      'Safecracker, final: drill only, start {wStart}, stop {wEnd}, keypad untouched.',
    ],
  ],
  intel: [
    [
      'Pulling the roster from the security DB rather than going on memory. The shift that matters is nights, {night}.',
      'People who matter overnight:\n- **{nightSup}**, night supervisor, level 4, sits in the office on floor 2\n- **{sup}**, level 5, but on site days only\nSource: the personnel table.',
    ],
    [
      'Source: the shifts table. Nights run {night} with {nightGuards} guards, evenings have {eveningGuards}, and the {nightStart} changeover has a {gap}-minute handover we stay well clear of.',
      'Night coverage: one guard on patrol (rounds at half past each hour, B-1 last), one on the main entrance, and **{nightSup}** on the monitors. With {nightGuards} people for three floors and B-1, the basement is empty most of the hour.',
    ],
    [
      'Vault access at night: only **{nightSup}** holds level 4, and both manager keys leave with the day staff. That backs the drill plan.',
      '**{sup}** is the only level 5, and he\'s gone by 17:00. Nobody on site overnight can authorise the vault, so there\'s no insider route.',
    ],
    [
      'If it goes wrong, the guards won\'t chase. With {nightGuards} on site they stay put while **{nightSup}** calls it in, and then police need {police} minutes.',
      'Day shift arrives at {dayStart}, long after we\'re gone, but until then any alarm lands on **{nightSup}** first.',
    ],
    [
      'Intel, final ✅ {nightGuards} guards on {night}, **{nightSup}** in charge, nobody with vault authority on site.',
      'Summary from the DB: nights {night}, {nightGuards} guards under **{nightSup}**, changeover {nightStart}, no insider access. I\'m good with {entry}.',
    ],
  ],
  driver: [
    [
      'I\'ll work the exit off {address}. Two cars, two routes, and nobody hangs around the block beforehand. Police here is {police} minutes, that\'s my clock.',
      'Getaway rule: we\'re gone before the first cruiser turns the corner. {police} minutes from alarm to cops, so the car moves when the door closes.',
    ],
    [
      'Van sits by the {blind}, out of camera view, nose to the side street. Lights off, engine warm.',
      'Drop at the {blind} at {entry}. I do one loop of the block and park up, nobody idling out front.',
    ],
    [
      'While you\'re on the door I\'m on radio silence and the clock. At {wEnd} I roll, bags or no bags.',
      'Door work is {drill} minutes plus the walk, so I\'m parked at the {blind} from {wStart}.',
    ],
    [
      'Route one heads east on the back streets, route two goes north to the highway. Three turns away inside {police} minutes.',
      'Alarm goes, we get the {alarm}s delay plus {police} minutes. Wheels are turning before anyone hears a siren.',
    ],
    [
      'Driver ✅ van at the {blind} from {entry}, rolling {exitPlus}, car two standing by.',
      'Locked on my end: pickup {exitPlus}, two routes, car swap well out of the area.',
    ],
  ],
  lookout: [
    [
      'Lookout to team: I\'ll be across Main Street from before {entry}, eyes on the front and the side door. Over.',
      'Outside is mine. I\'ll log cruiser passes and the lights in the floor 2 office. Over.',
    ],
    [
      'After the {nightStart} changeover the lobby goes quiet and floor 2 stays lit. I\'ll call it settled before {entry}. Over.',
      'The {blind} is dark and can\'t be seen from the street. Eyes on it the whole way in. Over.',
    ],
    [
      'During the door work I call the time every ten minutes, so nobody loses track of {wEnd}. Over.',
      'I\'m watching the patrol. The 01:30 round should be back upstairs before {wStart}, and if it isn\'t, you hear it from me. Over.',
    ],
    [
      'If a cruiser slows, I call abort and everyone goes out the {blindB}. {police} minutes is not a lot of warning. Over.',
      'I hold position until the van clears, then walk off the opposite way. Over.',
    ],
    [
      'Lookout ✅ in position before {entry}, time calls every ten minutes, abort call is mine. Over and out.',
      'Radio check at {entry}, then I\'m on the street and the office windows. Out.',
    ],
  ],
  generic: [
    ['Count me in on the {vault} job. Point me at whatever needs an extra pair of hands.', 'Happy to help out, though I\'d like {window} pinned down before I plan my part.'],
    ['I can carry kit through the {blind} with the rest of you.', 'I\'ll cover the stairwell while you move in.'],
    ['I\'ll keep time during the vault work and call out {wEnd}.', 'I\'ll take bags as soon as the door swings.'],
    ['I leave with everyone at {wEnd}, no detours.', 'I\'ll do the last sweep so nothing of ours stays behind.'],
    ['Ready for {entry} ✅', 'My part is set for {window}.'],
  ],
}

export const CLOSERS_D: Record<string, string[]> = {
  planner: ['I\'ll update the timeline as the numbers come in.', 'Flag problems now rather than on the night.', 'If a number changes, tell me before you tell anyone else.'],
  hacker: ['Next doc, then I\'ll say more.', 'I\'ll call out anything in the docs that contradicts another doc.', 'Route changes mean sensor changes, so loop me in.'],
  safecracker: ['If the window moves, I redo the working.', 'The rig and the spare bits are packed.', 'The keypad stays untouched, full stop.'],
  intel: ['I can run another query if you need a name.', 'Check with me before assuming anything about the guards.', 'I\'ll keep the roster open on the night.'],
  driver: ['Both routes get a test drive before the night.', 'Tanks are full on both cars.', 'If the exit time moves, I need to hear it first.'],
  lookout: ['Standing by.', 'Anything moves, you\'ll hear it.', 'Both doors covered.'],
  generic: ['I\'ll go with the planner\'s call.', 'Tell me if you need anything else.', 'I\'m on the radio.'],
}
