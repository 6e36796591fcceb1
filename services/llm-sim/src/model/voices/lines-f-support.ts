/**
 * Voice f's lines for intel, driver, lookout and an unknown teammate. Intel reports numbered
 * "Key findings" with an "Evidence:" and a "Confidence level:"; the driver thinks aloud in
 * "**Q:** … **A:** …" pairs, with distances in kilometres and miles; the lookout keeps a `- [ ]`
 * checklist. Facts beyond the slots are the documents' and the database's (James Williams's rounds
 * at half past each hour, B-1 last; Thomas Brown in the lobby; the Tuesday and Friday armoured car).
 */
export const SUPPORT_LINES_F: Record<string, string[][]> = {
  intel: [
    [
      '## Intelligence brief: approach\nI will rely on the security database rather than hearsay. The shift that matters to us is the night shift, {night}, and I will report only what the records return.\n- **Confidence level:** high, once the queries are back.',
      '## Key people overnight\n1. **{nightSup}**, night supervisor (level 4), in the floor 2 security office.\n2. **James Williams**, patrol, all floors and B-1, rounds at half past each hour.\n3. **Thomas Brown**, main entrance and lobby.\n- **Evidence:** the guard roster; {sup} holds level 5 but works days only.',
      '## Method\nShifts, guard counts and access levels all live in the database, so every claim I make will carry its evidence. Where the records are silent, I will say so rather than fill the gap.',
    ],
    [
      '## Key findings: shifts\n1. Night shift {night}, **{nightGuards} guards**.\n2. Evening shift, {eveningGuards} guards.\n3. The handover at {nightStart} leaves a {gap} minute window, but we go much later.\n- **Confidence level:** high (roster and database agree).',
      '## Key findings: the patrol\n1. One guard patrols overnight: James Williams, roughly 20 minutes a round, B-1 last.\n2. The other two are static: the security office and the lobby.\n- **Evidence:** the patrol_rounds table.\n- **Implication:** the 02:30 round reaches the basement towards the end of our window.',
      '## On the supervisor\n{nightSup} runs the night from the security office on floor 2. If she stays at the monitors, the basement is quiet for long stretches; if she walks, we hear it from the lookout.',
    ],
    [
      '## Key findings: vault authority\n1. Overnight, only {nightSup} holds level 4.\n2. The two manager keys stay with day staff and never remain on site overnight.\n- **Conclusion:** drilling is the only way in; this is confirmed, not assumed.',
      '## Access levels\nLevels run from 1 (public) to 5 (master), and only levels 4 and 5 touch the vault systems. At {wStart} that means {nightSup} and nobody else; {sup} leaves at 17:00.',
      '## Badge activity\nLevel 4 and 5 badge swipes are reviewed by the security supervisor every morning. Recommendation: none of us goes anywhere near a badge reader.',
    ],
    [
      '## Key findings: response\n1. With {nightGuards} guards on site, they hold their posts and call it in; they do not give chase.\n2. After that, police take {police} minutes.\n- **Confidence level:** medium (policy, not observed behaviour).',
      '## Next shift\nThe day shift arrives at {dayStart}. We are long gone by then, but any alarm before that reaches {nightSup} first.',
      '## Chain of escalation\nIf a guard raises the alarm, the call goes from the floor 2 office to SecureNet, and that is when the {police}-minute clock starts.',
    ],
    [
      '## ✅ Intelligence: final\n1. {nightGuards} guards on the {night} shift.\n2. {nightSup} supervising from floor 2.\n3. Nobody on site with vault authority.\n- **Confidence level:** high. Good for {entry}.',
      '## Confirmed from the data\nNight shift {night}, {nightGuards} guards, handover at {nightStart}. Nothing in the records conflicts with the {window} window.',
      '## Sign-off\nWe plan against {nightGuards} night guards and one supervisor. The records contain nothing that moves the window.',
    ],
  ],
  driver: [
    [
      '## Getaway: first thoughts\n**Q:** what is our real clock? **A:** police response, {police} minutes from the alarm, plus the {alarm}-second sensor delay.\n**Q:** how many vehicles? **A:** two, on two different routes, neither parked near {address} beforehand.',
      '## The principle I work from\nWe need to be out of the immediate area before the first patrol car arrives. With a {police}-minute response, that means pulling away within seconds of the team reaching the van.',
      '## What I need first\nGive me a firm {wEnd} and I will work backwards from it: route, pickup point, and the swap. I cannot choose routes until the exit time is fixed.',
    ],
    [
      '## Parking\nThe van waits by the {blind}: out of camera view, facing the side street, engine warm, lights off. Main Street stays out of it, because the north facade camera, one of their {cameras}, covers the whole street.',
      '## Approach\n**Q:** when do I arrive? **A:** {entry}, a single drop at the {blind}, then one slow loop and wait.\n**Q:** what if the street is busy? **A:** a second loop of roughly 1.5 km, about a mile.',
      '## Backup vehicle\nThe second car waits two blocks away, in case the first is boxed in. Neither route uses Elm Street, because the side entrance has its own camera.',
    ],
    [
      '## While the door is open\nI keep radio silence and watch the clock. At {wEnd} I start rolling, whether the bags are full or not.',
      '## Waiting time\nThe door work sets my wait: {drill} minutes of drilling plus the walk out. I will be at the {blind} from {wStart} onwards.',
      '## The loading dock\nFor what it is worth, the dock is empty at night: the armoured car only comes on Tuesdays and Fridays at 07:30. Nobody will be round the back at our hour.',
    ],
    [
      '## Routes out\n1. **East:** through the side streets, about 3 km before the ring road.\n2. **North:** to the highway, roughly two miles.\nWith a {police}-minute response, I want us three turns away before the first car arrives.',
      '## If the alarm trips\n**Q:** how long do we have? **A:** the {alarm}-second sensor delay plus {police} minutes of response.\n**Q:** when do I move? **A:** before the first siren, not after it.',
      '## Vehicle swap\nWe switch vehicles about ten minutes out, somewhere without cameras. The van goes to the garage and the car goes home.',
    ],
    [
      '## ✅ Driver: confirmed\n- Van at the {blind} from {entry}.\n- Rolling at {exitPlus}.\n- Second car on standby.',
      '## Final timing\nPickup at {exitPlus}, two routes, a swap ten minutes out. Both vehicles have been fuelled and checked over.',
      '## Sign-off\nI wait until {wEnd} and not a minute longer; after that the van leaves, full or empty.',
    ],
  ],
  lookout: [
    [
      '## Surveillance plan\n- [ ] In position across Main Street before {entry}.\n- [ ] Patrol car passes timed.\n- [ ] Floor 2 office windows watched ({nightGuards} night guards).\nI will report in plain words, nothing clever on the radio.',
      '## My role as I understand it\nEyes on the outside: the street, the patrol car, and the lights in the floor 2 security office, which tell me who is at the monitors.',
      '## Setting up\n- [ ] Arrive early.\n- [ ] Send the team a picture of the street before anyone moves.\n- [ ] Call any change in guard numbers at once.',
    ],
    [
      '## Before entry\n- [x] Night crew changes at {nightStart}.\n- [ ] Building settled before {entry}: floor 2 lights on, lobby quiet, {nightGuards} guards at their posts.\nI will confirm this explicitly before the team moves.',
      '## Watching the way in\nThe {blind} is dark and not visible from the street. I will keep it in view while the team goes in.',
      '## The lobby\nThe main entrance shutter comes down at 19:00, and overnight Thomas Brown sits behind it in the lobby. From my spot I can see his light.',
    ],
    [
      '## During the door work\n- [ ] Time check on the radio every ten minutes.\n- [ ] Final warning ahead of {wEnd}.\nNobody should lose track of the clock.',
      '## The floor 2 office\nI watch the security office windows throughout the drilling. If a guard leaves the desk, the team hears it from me first.',
      '## Radio discipline\nDuring the drilling the radio stays quiet, except for my time checks and any movement I see.',
    ],
    [
      '## Abort conditions\n- [ ] A patrol car slows near the bank.\n- [ ] A light moves on the stairs.\nEither one and I call the abort; the team leaves through the {blindB}. With {police} minutes of police response, early warning is everything.',
      '## After the team is out\nI stay in position until the van has gone, then walk away in the opposite direction.',
      '## The exit call\nI give the all-clear at the {blind} before anyone steps outside.',
    ],
    [
      '## ✅ Lookout: confirmed\n- [x] In position before {entry}.\n- [x] Time checks every ten minutes.\n- [x] The abort call is mine.',
      '## Final from the street\nI watch the street and the office windows, with a radio check before {entry}.',
      '## Sign-off\nIf anything outside changes, you will hear it from me before it reaches the building.',
    ],
  ],
  generic: [
    ['## Getting started\nI am here to support the plan for the {vault} vault. Please tell me where an extra pair of hands helps most.', '## Ready to help\nI would like the {window} window confirmed before I plan my own part.'],
    ['## My part on entry\nI can carry equipment through the {blind} with the team.', '## Covering the stairs\nI will hold the stairwell while the others move in.'],
    ['## During the vault work\nI will keep time and call out {wEnd}.', '## Bags\nI can take bags once the door is open.'],
    ['## Leaving\nI leave with the team at {wEnd}, no detours.', '## Nothing left behind\nI will check that none of our kit stays in the building.'],
    ['## ✅ Confirmed\nMy part is ready for {entry}.', '## Standing by\nAll set on my side for the {window} window.'],
  ],
}

export const CLOSERS_F: Record<string, string[]> = {
  planner: ['Let me know if I have missed anything, and I will update the plan accordingly.', 'Please raise any objections now rather than on the night.', 'I will consolidate everyone\'s input into the next revision.', 'Next round, let\'s close every open question on this list.'],
  hacker: ['I will read the next document before adding anything further.', 'If the route changes, the sensor plan changes with it, so please tell me.', 'If any document contradicts this, I\'ll flag it immediately.', 'Happy to go deeper on any of these points.'],
  safecracker: ['If the window changes, I will redo the calculation.', 'I will not touch the keypad under any circumstances.', 'The bags need to be ready the moment the door opens.', 'Let me know if you want the working in more detail.'],
  intel: ['If anyone needs a specific name or shift, I can query it.', 'Please check with me before assuming anything about the guards.', 'I will flag any change in the schedule the moment I see it.', 'Happy to run further queries if that would help.'],
  driver: ['Please let me know straight away if the exit time shifts.', 'I will drive both routes once before the night.', 'Nobody gets left behind, full stop.', 'Happy to walk anyone through the routes.'],
  lookout: ['The moment anything moves, you\'ll hear it from me.', 'My reports will be short and plain.', 'From my position I can see both entrances.', 'Silent unless it matters.'],
  generic: ['I will follow the planner\'s lead.', 'Let me know if you need anything else from me.', 'Standing by on the radio.', 'Ready whenever you are.'],
}
