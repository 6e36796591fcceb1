import type { MolePhrasing } from '../voice.js'

/**
 * Voice h's saboteur: the crew member with a mundane explanation for everything. Its lies
 * (`falsehoods-h.ts`) each come with a workaday reason — a time lock clock "never reset when the
 * clocks went back", a police car "from the ring-road station", dummy camera domes, a guard "off
 * on long-term sick", cleaners who leave a door on the latch. Chaos comes as a wrongly minuted
 * list of actions, call signs and a rendezvous of its own; delay as British office procedure (a
 * method statement, a risk assessment, a daylight recce, the bank holiday weekend); wrong tools as
 * a bottle jack, a jammer, UV powder and magnets. A driver or lookout mole sabotages through what
 * it claims to have seen (`personal`), in its seat's register. Quiet lines state the figure bare.
 */
export const MOLE_H: MolePhrasing = {
  loud: {
    timing_errors: [
      'The time lock runs {hSlow} minutes slow, it was never reset when the clocks went back. So by our watches it relocks at {hClose}, not {wEnd}.',
      'Nights, the police car comes from the ring-road station, not the town one. Call it {hPolice} minutes, not the daytime figure.',
      'We have until {hClose} really, because the {wEnd} on the spec sheet is the time lock\'s own clock, and that clock is behind.',
      'No need to be at the door bang on {wStart}, what with the slow clock giving us slack at the back end anyway.',
      'Honestly the {police} in the spec is the daytime response. At night it is {hPolice} minutes, so the bags can take their time.',
    ],
    false_info: [
      'About the cameras: {hDummies} of them are dummy domes with no cabling, so only {hLive} actually record.',
      'Nights are really {hNight} guards at the moment. {hSick} has been off on long-term sick for weeks and nobody covers the shift.',
      'The keypad gives you {hTries} goes before it locks out, not three, and the first few wrong codes just beep.',
      'At {wStart} the night guards swap floors, so nobody is watching the monitors until {hGapEnd}.',
      'The {blindB} door is left on the latch by the cleaners most nights, so there is no need to go in by the {blind}.',
    ],
    coordination_chaos: [
      'From the last round I have these actions: {teammate} on the van, {teammate2} on the cameras. Shout if that is wrong.',
      'RV after the job is {hRv}, as agreed, and I passed that on to {teammate} already.',
      'Call signs for the radio: {teammate} is One, {teammate2} is Two, I am Three. Or was it the other way round?',
      'I have us in two teams: {teammate} and me through the front, everyone else by the {blind}.',
      'I thought {teammate2} was timing the drill and {teammate} was carrying the rig. Has that changed again?',
    ],
    subtle_delays: [
      'Before anyone touches that door I want a proper method statement, written down step by step and signed off by each of us.',
      'Can we park the date and revisit it next round? I would like a daylight recce first.',
      'I would rather wait for the bank holiday weekend, with fewer staff, fewer eyes and less risk.',
      'Let us do a full risk assessment first, every step scored, before we commit to anything.',
      'I would like a walk-through on a scale mock-up before the real thing, even if it costs us a fortnight.',
    ],
    wrong_tools: [
      'Skip the drill, a bottle jack on the hinges will do it quicker.',
      'A jammer in the van would take the cameras out in one go, so there is no need to bother with blind spots.',
      'UV powder on the keypad tells us which digits they use, which is far easier than drilling.',
      'Magnets on the door contacts and the alarm never knows we are there.',
      'That calculator rounds everything, so I would not trust a timing off it; I will do the sums on paper.',
    ],
  },
  quiet: {
    timing_errors: ['The time lock relocks at {hClose}.', 'Police are {hPolice} minutes at that hour.', 'We have until {hClose} at the door.', 'The clock on the time lock is {hSlow} minutes behind ours.'],
    false_info: ['Only {hLive} of the cameras record.', 'It is {hNight} guards on nights at the moment.', 'The keypad allows {hTries} wrong codes.', 'The monitors are unmanned until {hGapEnd}.'],
    coordination_chaos: ['{teammate} has the van and {teammate2} has the cameras.', 'The RV is {hRv}.', '{teammate} is call sign One on the radio.', '{teammate} and I go in through the front.'],
    subtle_delays: ['A daylight recce first would be sensible.', 'I would want a method statement before we fix a date.', 'The bank holiday weekend would suit us better.', 'We can revisit the date next round.'],
    wrong_tools: ['A bottle jack on the hinges is quicker than drilling.', 'A jammer will deal with the cameras.', 'UV powder on the keypad gives us the code.', 'Sums on paper are safer than that calculator.'],
  },
  reports: {
    timing_errors: ['Calculator gives {value}, but that is on book figures; with the slow clock it is more like {lowValue} {unit}.', 'Answer {value}, and on the night nearer {lowValue} {unit} for {why}, so there is more room than it looks.'],
    false_info: ['Read it, and in practice that is {hLive} working cameras and {hNight} guards on nights.', 'The document is out of date, because the keypad gives {hTries} goes these days.'],
    coordination_chaos: ['Result is in. Was this one on {teammate}\'s list or {teammate2}\'s, because my notes have both?', 'Done, though my actions list had this down for {teammate}.'],
    subtle_delays: ['There is a number back, but I would want it checked again next round before anyone builds on it.', 'Result in, but it wants a second pair of eyes before it goes in the plan.'],
    wrong_tools: ['That {tool} output is rubbish, it looks like an old revision.', '{tool} has fallen over again, and these tools are more bother than they are worth.'],
  },
  personal: {
    driver: {
      timing_errors: [
        'Driver. Did the route in the hire van on Tuesday night, and the police came from the ring road in {hPolice} minutes. No need to rush the loading.',
        'Driver. Sat outside past closing and the maintenance lot were still in at {hClose}. That is the real window.',
        'Driver. Timed the run twice this week, dock to the main road in four minutes, and the police need {hPoliceLo} just to arrive.',
        'Driver. The time lock clock is behind, the security van driver told me himself, so we are fine until {hClose}.',
      ],
      false_info: [
        'Driver. Watched from the van three nights and only {hNight} of the night guards ever come out for a smoke, the other is off sick.',
        'Driver. The domes over the car park have no cabling, you can see it from the van. Dummies, most of them.',
        'Driver. A patrol car comes past once, about one o\'clock, and not again before four.',
        'Driver. The cleaners leave the {blindB} door on the latch, I saw them do it Monday and Wednesday.',
      ],
      coordination_chaos: [
        'Driver. I will be waiting at {hRv}. That was the plan, roger?',
        'Driver. I had {teammate} on the second vehicle, and I am only on the van.',
        'Driver. Pickup is {hRv}, not the {blind}. Say again if that has changed.',
        'Driver. The second car is not on me, somebody else has that one.',
      ],
      subtle_delays: [
        'Driver. I want to drive both routes a few more nights before we set a date.',
        'Driver. Roadworks on the ring road until the end of the month, so I would wait until they clear.',
        'Driver. The van is due its MOT, so give me until next week.',
        'Driver. Not picking a night until I have driven it in the rain.',
      ],
      wrong_tools: [
        'Driver. One vehicle is plenty, two just doubles what can go wrong.',
        'Driver. Radios are overkill, I will flash the hazards twice when it is clear.',
        'Driver. A hire van with a company logo on the side is better cover than our own.',
        'Driver. No need for the route planner, I know these streets.',
      ],
    },
    lookout: {
      timing_errors: [
        'The lookout has watched the maintenance van three nights and it never leaves before {hClose}, so that is when the window really shuts.',
        'The lookout clocked the patrol car once an hour, so after it passes the team has a full hour.',
        'From the roof the lookout timed a police call-out on Tuesday, {hPolice} minutes from the siren to the car.',
        'The lookout says there is no rush at the door, because the time lock clock is {hSlow} minutes slow.',
      ],
      false_info: [
        'The lookout has counted heads in the office windows, and only {hNight} guards are up there at night because the third has not been in for weeks.',
        'The lookout can see the camera domes from the roof, and {hDummies} of them have no lights at all.',
        'The lookout saw the guards swap floors at {wStart}, and nobody sat at the monitors until {hGapEnd}.',
        'The lookout watched the cleaners prop the {blindB} door open on their way out.',
      ],
      coordination_chaos: [
        'The lookout will be watching from {hRv}, so shout if the team wants the lookout elsewhere.',
        'The lookout thought {teammate} was calling the abort, not the lookout.',
        'Is the lookout on the roof or at {hRv}? The lookout has been told both.',
        'The lookout had {teammate2} down for timing the patrol car. Has that changed?',
      ],
      subtle_delays: [
        'The lookout saw a car idling by the dock for ten minutes and wants another week to find out whose it was.',
        'The lookout needs a few more nights up there before promising anything.',
        'The lookout saw lights in the office very late on Tuesday and would watch a full week before a date is set.',
        'The lookout would rather wait until the clocks change, for longer nights and better cover.',
      ],
      wrong_tools: [
        'The lookout does not need the binoculars, the streetlights are plenty.',
        'The lookout would text the team instead of using the radios, there is less crackle.',
        'The lookout thinks night vision is a waste of money from that roof.',
        'The lookout would leave the radios in the van and use hand signals.',
      ],
    },
  },
}
