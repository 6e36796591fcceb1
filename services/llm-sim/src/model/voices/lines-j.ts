/**
 * Voice j's lines for planner, hacker and safecracker: a GLM-4-class model writing English the way a
 * model trained mostly on Chinese does — complete, formal sentences, calques ("ensure the smooth
 * progress", "carry out", "make full use of", "abnormal situation"), "Firstly, … Secondly, …",
 * "It should be noted that", "From the perspective of". The planner is a project manager
 * ("The overall plan is divided into", "Everyone please strictly"); the hacker is confident and
 * technical ("From a technical point of view", "Leave it to me"); the safecracker is an old master
 * who quotes sayings ("As the saying goes", "Slow work produces fine products").
 * persona → plan phase (0 recon … 4 final) → variants; `{slot}`s from `slots.ts`.
 */
export const CREW_LINES_J: Record<string, string[][]> = {
  planner: [
    [
      'Firstly, let us clarify the goal of this operation: the vault of {bank} at {address}, located on {vault}. Secondly, the time lock only opens in the maintenance window {window}, so all our work must be arranged around this window.',
      'The overall plan is divided into three stages: information collection, entry and vault, and evacuation. In this round, I hope everyone completes the information collection of their own part.',
      'In order to ensure the smooth progress of the operation, I will first make the task assignment. The hacker is responsible for the {cameras} cameras and the sensors, intel is responsible for the guards, and the safecracker is responsible for the vault door.',
    ],
    [
      'For the entry stage, my suggestion is as follows: the team enters through the {blind} at {entry}, ten minutes before the window. At this time the night shift has only {nightGuards} guards, which is the most favorable condition for us.',
      'The route is: {blind}, then the {blindB}, then the corridor to {vault}. It should be noted that the sensors have a delay of {alarm} seconds, so nobody can stay in one zone for too long.',
      'The shift change at {nightStart} is already finished long before {entry}, so we will not meet the handover. Everyone please strictly follow the entry time and do not arrive early.',
    ],
    [
      'The vault stage is the core of the whole plan. The window is {windowLen} minutes and the drilling needs {drill} minutes, so the time is very tight. At the same time, {tries} wrong codes will cause a {lockout}-minute lockout, so nobody is allowed to touch the keypad.',
      'It should be noted that the vault needs two manager keys, and no key holder is in the building at night. Therefore drilling is the only choice, and the {drill} minutes of the safecracker determine the whole timeline.',
      'No matter what happens, we stop working at {wEnd}. The maximum safe time inside the vault is {maxInside} minutes, and this red line cannot be crossed.',
    ],
    [
      'For the evacuation stage, we leave before {wEnd} through the {blind}, the same way we came in. The police response time is {police} minutes, and we must calculate according to the shortest time.',
      'If any guard finds us, we stop immediately and evacuate through the {blindB}. The lookout has the right to call the abort, and nobody should argue on the radio.',
      'I ask the driver to prepare two escape routes, and the lookout to record the time of the police patrol. Once the alarm is triggered, everyone must be on the way within {police} minutes.',
    ],
    [
      'The final plan is as follows: entry at {entry} through the {blind}, drilling from {wStart}, evacuation before {wEnd}, and everyone in the vehicle at {exitPlus}. Please each member confirm your own part.',
      'In summary, the key figures are: {nightGuards} night guards, {cameras} cameras, blind spots at the {blind} and the {blindB}, and {drill} minutes of drilling inside the {window} window. Any change must be reported to me first.',
      'The plan is now finalized. Nobody acts before {entry}, we work strictly inside the {window} window, and everyone keeps the {lockout}-minute lockout in mind.',
    ],
  ],
  hacker: [
    [
      'From a technical point of view, the security system has {cameras} cameras, PIR motion sensors in zones {zones}, and a SecureNet alarm that is connected directly to the police.',
      'The technical difficulty is mainly in the power supply: the UPS can support the cameras, the sensors and the alarm for {ups} hours, and the generator starts within 10 seconds. So cutting off the power is not a feasible solution.',
      'The cameras are not the biggest problem, because the blind spots are recorded in the documents. The real difficulty is the sensor zones between the stairs and {vault}.',
    ],
    [
      'Good news: there are no cameras at the {blind} and the {blindB}. The PIR sensors give us {alarm} seconds before the alarm, which is enough to pass a zone if we keep moving.',
      'It should be noted that the footage is kept for {footage} days, so we must assume that every picture will be checked later. Our route through the {blind} does not appear in any camera.',
      'Zone E covers the B-1 corridor, the maintenance corridor and stairwell B, so the {alarm}-second delay is the most important there. Leave it to me, I will tell everyone when to move.',
    ],
    [
      'Zone F covers the antechamber and the vault, including the vibration and heat sensors on the door. During the {window} window I will handle the zone panel, because maintenance activity is normal at that time.',
      'The keypad is absolutely not to be touched. The {lock} records every attempt, and {tries} wrong codes will start the lockout. The safecracker drills, and I keep the sensors quiet.',
      'The security office on floor 2 watches all the pictures in real time. As long as we stay in the blind spots, what they see is only an empty basement.',
    ],
    [
      'When we evacuate, the {alarm}-second delay still works. If the alarm reaches SecureNet, the police will arrive in {police} minutes.',
      'For the evacuation, the {blindB} has no camera coverage. I will release the zone panel at the end, after everyone is on the stairs.',
      'If the alarm is triggered, the UPS keeps the system running for {ups} hours, so fighting with the panel is meaningless. The correct choice is to leave immediately.',
    ],
    [
      'The technical preparation is complete: blind spots at the {blind} and the {blindB}, {cameras} cameras marked on the map, zones {zones} with {alarm} seconds of delay. Everything is in place for {entry}.',
      'My final confirmation: zone F is handled from {wStart}, our route stays in the blind spots, and the SecureNet line is not touched.',
      'All {cameras} cameras have been compared with our route. No problem, I will report every zone crossing on the radio.',
    ],
  ],
  safecracker: [
    [
      'The vault uses a {lock} with dual authorization. I have opened many doors like this one, and without the two manager keys, drilling is the only way.',
      'This is a {doorTons}-ton steel door with a {lock}. Guessing the code is not an option: {tries} wrong entries and we lose {lockout} minutes.',
      'As the saying goes, haste makes waste. Before anyone makes a timeline around the door, I need accurate numbers, because the {window} window will not change.',
    ],
    [
      'I will carry the drilling equipment down the {blindB} myself. It is heavy, but I know how to move it without noise.',
      'Nothing happens at the door before {wStart}, the time lock decides this. Arriving early only means waiting in the corridor.',
      'My equipment weighs more than thirty kilograms, and I do not want to carry it past a guard. Please keep the corridor to {vault} clear for me.',
    ],
    [
      'Let me explain the calculation: three bolt housings, twelve minutes each, plus the setup, a total of {drill} minutes if everything goes well. This takes most of the {window} window, so there is no second chance.',
      'The maximum safe time inside is {maxInside} minutes, and the door alone needs {drill}. Slow work produces fine products, so I will not hurry the drill even if the time is tight.',
      'According to my experience, the last bolt housing is always the most difficult. If it gets stuck, we stop at {wEnd} and leave, because the police are only {police} minutes away.',
    ],
    [
      'When the door opens, I need two people to pack the bags immediately. If the equipment slows us down, we leave it there.',
      'I will be the last person to leave the vault and I will follow the bags up the stairs. Nobody is allowed to go back for things left behind.',
      'If the drilling takes too long, we stop at {wEnd}, no exceptions. I have seen teams lose everything for five more minutes.',
    ],
    [
      'My preparation is complete. {drill} minutes at the door from {wStart}, out before {wEnd}, and I stop as soon as the window closes.',
      'Only drilling, no keypad, {drill} minutes inside the {window} window. The door will open, please rest assured.',
      'My figures have not changed: {drill} minutes at the door, {maxInside} minutes at most inside, a {doorTons}-ton steel door.',
    ],
  ],
}
