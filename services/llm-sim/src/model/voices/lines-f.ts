/**
 * Voice f's lines for planner, hacker and safecracker: a verbose "reasoning" chat model. The
 * planner thinks in phases and numbered steps and restates the plan; the hacker quotes documents in
 * `>` blockquotes and ends on "Bottom line:"; the safecracker shows its working with "≈" and
 * tolerances. persona → plan phase (0 recon … 4 final) → variants. A markdown block's lines start
 * with a marker (`#`, `1.`, `-`, `|`, `>`), never a capital letter, so the sentence splitter keeps
 * the block whole. Facts beyond the slots are the documents' (the 02:30 patrol round, the dual keys
 * turned within 60 seconds of each other, 1 m concrete walls, the 10-second generator start).
 */
export const CREW_LINES_F: Record<string, string[][]> = {
  planner: [
    [
      '## Step 1: Understanding the constraints\nLet\'s break this down step by step, because everything else depends on it:\n1. **Target:** the {vault} vault at {bank}, {address}.\n2. **The hard limit:** the time lock is only released during the {window} maintenance window, which gives us {windowLen} minutes.\n3. **What I still need:** the picture on all {cameras} cameras and the sensors (hacker), the overnight roster (intel), and a drilling estimate we can defend (safecracker).',
      '## 📋 Initial framing\nGreat, let\'s get organised. The single most important fact is the {window} window; the vault simply cannot be opened outside it, so the rest of the plan is built backwards from {wStart}, and a {lockout}-minute lockout is the price of any mistake at the keypad. I\'d ask everyone to cite the document or query behind every figure you give.',
      '## Role allocation (draft)\n| Role | Owner | Deliverable |\n| :-- | :-- | :-- |\n| Electronics | hacker | cameras, sensors, SecureNet |\n| Vault door | safecracker | a drilling estimate |\n| People | intel | the night roster |\n| Exit | driver | two routes |\n| Street | lookout | patrols and the abort call |',
    ],
    [
      '## Step 2: Entry\nHere is my reasoning for the approach:\n1. **When:** {entry}, well after the {nightStart} shift change, when the night crew of {nightGuards} guards has settled.\n2. **Where:** through the {blind}, which keeps us away from the {cameras} cameras.\n3. **Open question:** does a {alarm}-second sensor delay cover the walk from the door to the stairs?',
      '## Thinking about the patrol\nThe roster says the night patrol goes out at half past each hour and does the basement last, so the 01:30 round (one of the {nightGuards} night guards) should be clear of B-1 before we arrive at {entry}. The 02:30 round is the one that worries me, because it reaches the basement while the door is open.',
      '## Entry route\n- **Path:** {blind} → {blindB} → {vault}.\n- **Cover:** no cameras on that line, per the blind-spot list.\n- **Risk:** the {nightGuards} night guards, so intel, please confirm which of them actually walks the basement.',
    ],
    [
      '## Step 3: The vault budget\nLet me lay out the arithmetic explicitly, because this is where plans usually fail:\n| Item | Minutes |\n| :-- | --: |\n| Window | {windowLen} |\n| Drilling | {drill} |\n| Cost of one wrong code | {lockout} |\nConclusion: there is no room for a second attempt, and nobody touches the {lock} keypad.',
      '## Why we drill\nThe lock requires dual authorisation: two manager keys turned within 60 seconds of each other, and the keys never stay on site overnight. That rules out every key-based approach, so the {drill}-minute drilling estimate becomes the critical path, inside a hard limit of {maxInside} minutes in the vault.',
      '## Contingency for the door\n1. If drilling is still running at {wEnd}, we stop.\n2. No second attempt and no guessing codes: {tries} wrong entries trigger a {lockout}-minute lockout and notify the security office.\n3. The maximum safe time inside is {maxInside} minutes, which we respect regardless.',
    ],
    [
      '## Step 4: Getting out\nThe exit is where discipline matters most:\n1. **Deadline:** everyone out by {wEnd}, whatever is in the bags.\n2. **Route:** back through the {blind}, the driver waiting with the engine running.\n3. **Margin:** police respond in {police} minutes, so the {alarm}-second sensor delay is our only real buffer.',
      '## Fallback scenarios\n- **A guard sees us:** abort immediately, leave through the {blindB}, regroup at the second car.\n- **The alarm trips:** no heroics; the SecureNet link goes straight to police dispatch, with {ups} hours of battery behind it.\n- **Who decides:** the lookout calls the abort, and nobody debates it on the radio.',
      '## Exit requirements\nDriver, I\'d like two independent routes away from {address}. Lookout, please time the patrol car passes. Whatever happens, we are clear of the area within {police} minutes of any alarm.',
    ],
    [
      '## ✅ Final plan\n| Time | Step | Owner |\n| :-- | :-- | :-- |\n| {entry} | in through the {blind} | everyone |\n| {wStart} | drilling begins | safecracker |\n| {wEnd} | door work stops | safecracker |\n| {exitPlus} | van moving | driver |\nPlease reply with a one-line confirmation of your row.',
      '## Summary of agreed facts\n- {nightGuards} guards on the night shift.\n- {cameras} cameras, with blind spots at the {blind} and the {blindB}.\n- The {window} window, {drill} minutes on the door, a {lockout}-minute lockout for a wrong code.\nIf any line above is wrong, now is the time to say so.',
      '## Go/no-go criteria\n1. The window is {window}; we do not move it.\n2. The lockout rule ({tries} wrong codes) means the keypad is off limits.\n3. We go on my signal at {entry}, and the lookout can stop us at any point.',
    ],
  ],
  hacker: [
    [
      '## Technical overview\nI want to ground this in the security documents rather than assumptions. What I can already say with confidence:\n> SecureNet monitored alarm, connected directly to the police dispatch centre.\nAdd a UPS rated for {ups} hours and a generator that starts within 10 seconds, and cutting the power is simply not an option. Bottom line: we work around the system, not against it.',
      '## Scope of the electronics\n- **Cameras:** {cameras} in total, monitored live from the floor 2 security office.\n- **Motion sensors:** passive infrared in zones {zones}.\n- **Alarm path:** SecureNet, straight to police dispatch.\nMy first task is overlaying the blind spots on our route.',
      '## What is armed, and when\nThe passive infrared sensors arm when the building closes to staff (19:00) and stay armed until 06:00, so our entire operation happens inside armed hours. Bottom line: every metre of the route has to be planned against a sensor.',
    ],
    [
      '## Camera coverage on our route\nThe security summary is explicit:\n> Blind spots: loading dock, stairwell B, maintenance corridor (B-1).\nThat is exactly why the {blind} and the {blindB} work for us. In short, the {alarm}-second delay lets us cross a zone, but it does not let us stop in one.',
      '## Footage and review\nRecordings are kept for {footage} days, so we should assume every frame is reviewed afterwards. Staying in the {blind} keeps us off camera until zone E, which is where the sensor delay starts to matter.',
      '## A detail people miss\nThe stairwell B doors and the roof hatch are alarmed at all hours, not only overnight. Bottom line: the door contact on stairwell B is a separate problem from the motion sensors, and I need to handle it before anyone opens that door.',
    ],
    [
      '## The vault zone\nZone F covers the antechamber and the vault itself, and the door and walls carry vibration and heat sensors:\n> Vibration and heat sensors in the door and the walls (zone F).\nIn short, nothing noisy happens before {wStart}, and I mask zone F only for the window.',
      '## Why the keypad is off limits\nThe {lock} logs every entry, and {tries} wrong codes trigger the lockout plus a notification to the security office. The division of labour is therefore simple: the safecracker drills, I keep the sensors quiet.',
      '## The security office\nEvery camera feed is watched live from floor 2. As long as we stay in the blind spots, what they see is an empty basement. Bottom line: our route, not any trick with the feeds, is the protection.',
    ],
    [
      '## Leaving without tripping anything\nThe same {alarm}-second delay applies on the way out, so we leave the zones in the order we entered them. If anything reaches SecureNet, police are {police} minutes away. Bottom line: we leave as carefully as we came in.',
      '## Exit path\n- **Route:** the {blindB}, no cameras on it.\n- **Sequence:** I release the zone F mask last, as we reach the stairs.\n- **If the alarm goes:** we leave immediately; there is no fighting a system with {ups} hours of battery behind it.',
      '## Failure mode\nIf the alarm does trigger, the correct response is to leave, not to troubleshoot. In short, with a generator that starts in 10 seconds and {ups} hours of battery, the system will outlast anything we can do to it.',
    ],
    [
      '## ✅ Electronics: ready\n- Blind spots: the {blind} and the {blindB}.\n- {cameras} cameras mapped, zones {zones}, a {alarm}-second delay.\n- Zone F masked from {wStart}.\nBottom line: ready for {entry}.',
      '## Final check from my side\nThe route stays inside the blind spots, the SecureNet line is untouched, and zone F is masked only for the {window} window. I will call out each zone on the radio as we cross it.',
      '## Confirmation\nI know where every one of the {cameras} cameras points and, more importantly, where none of them do. Bottom line: my part is ready.',
    ],
  ],
  safecracker: [
    [
      '## Assessing the door\nThe {lock} with dual authorisation is not something we open by cleverness; it has to be drilled. Before anyone builds a schedule on my number, let me work it out properly:\n- 3 bolt housings at ≈ 12 min each.\n- ≈ 9 min of setup.\n- Total ≈ 45 min, ± 5 depending on the steel.',
      '## Known parameters\n- **Door:** {doorTons}-ton steel on a hinged frame, motor-opened in 40 seconds once unlocked.\n- **Walls:** 1 m of reinforced concrete, so the door is the only way in.\n- **Penalty:** {tries} wrong codes, then a {lockout}-minute lockout.\nConclusion: I drill and I never guess codes.',
      '## Why learning the code is pointless\nThe combination is changed every morning at 06:00, and brute force is hopeless: 10,000 combinations at 3 seconds each is roughly 8.3 hours, with the lockout stopping us after {tries} tries anyway.',
    ],
    [
      '## Moving the equipment\nThe drill rig goes down through the {blindB}: it is heavy but quiet. I need ≈ 5 minutes at the door to set up before the first bolt housing.',
      '## Timing at the door\nNothing I do at the door can start before {wStart}; the time lock decides that, not us. Arriving early only means waiting in front of a door that will not yet open.',
      '## Route requirements\nI need a clear path to the {vault} door with no stops, because the kit cannot be carried past a patrol. If the 02:30 round is in the basement, we wait in the corridor rather than push on.',
    ],
    [
      '## Drilling estimate (working shown)\n| Step | Estimate |\n| :-- | --: |\n| Setup | ≈ 9 min |\n| 3 housings | ≈ 36 min |\n| Total | ≈ {drill} min |\nThat consumes essentially the whole {window} window, so there is no slack for a second attempt.',
      '## Limits inside the vault\nThe documented maximum safe time inside is {maxInside} minutes, because ventilation is reduced while the door is closed. My estimate for the door is {drill} minutes, which leaves very little, so nobody touches the keypad.',
      '## If a housing binds\nEach bolt housing is ≈ 12 minutes if nothing jams. If one binds, I stop at {wEnd} regardless of progress, and we leave.',
    ],
    [
      '## After the door opens\nOnce the door is open I need two people for the bags (≈ 2 minutes of loading), and then we go. The rig stays behind if it slows us down; it is replaceable, our timing is not.',
      '## Abort rule\nIf the drilling overruns, we abort at {wEnd}. A half-open vault is not worth a {police}-minute police response, and neither is the {lockout}-minute lockout of a guessed code.',
      '## Order of leaving\nI am the last one out of the vault and the first to the stairs after the bags, ≈ 90 metres of corridor. Nobody goes back for anything, including the rig.',
    ],
    [
      '## ✅ Safecracker: confirmed\n- ≈ {drill} minutes on the door, starting at {wStart}.\n- Out by {wEnd}, whatever the progress.\n- No keypad, no guessing.',
      '## Final numbers\n- Drilling: ≈ {drill} min.\n- Maximum inside: {maxInside} min.\n- Wrong codes allowed: zero.\nI\'m ready on that basis.',
      '## Sign-off\nDrill only, ≈ {drill} minutes, inside the {window} window. My kit is packed and checked twice.',
    ],
  ],
}
