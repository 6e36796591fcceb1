import type { MolePhrasing } from '../voice.js'

/**
 * Voice k's saboteur: the teammate who knows "industry standard practice" and lets it overrule the
 * documents, as an enterprise-tuned model fills gaps with what is typical. Its lies
 * (`falsehoods-k.ts`): SecureNet's verification call before dispatch, a progressive lockout, the
 * upper-floor cameras on a live-view recorder, the night guards' mandatory break at 02:00. Chaos comes
 * as a responsibility matrix and action items with the owners wrong and a rally point of its own;
 * delay as process (a go/no-go review, sign-off by every member, a lessons-learned session, a second
 * site survey); wrong tools as a plasma cutter, a badge cloner, a GSM module on the alarm line and
 * "industry estimates" instead of the calculator. A driver or lookout mole sabotages through what it
 * claims to have observed (`personal`). Quiet lines state the standard as settled fact.
 */
export const MOLE_K: MolePhrasing = {
  loud: {
    timing_errors: [
      'It is important to consider standard alarm-monitoring practice: SecureNet verifies each alarm by phone before dispatching, which adds approximately {kVerify} minutes. The effective police arrival time is therefore {kPolice} minutes.',
      'Per the TitanSafe default configuration, the lockout is progressive. A first lockout lasts {kLockout} minutes, and the 30-minute figure applies only after repeated lockouts.',
      'Given the verification call, the exit timeline can be relaxed. Police are not expected for {kPolice} minutes, so the loading does not need to be rushed.',
      'Taking standard practice into account, the schedule contains more buffer than assumed: one incorrect code costs {kLockout} minutes, and the response time after an alarm is {kPoliceHi} minutes.',
      'The 3-5 minutes in the timing document most likely refers to the dispatch target, not the arrival time. For planning purposes, {kPolice} minutes is a more realistic estimate.',
    ],
    false_info: [
      'For clarity, not all 24 cameras are recording at night. The floor 2 and floor 3 cameras are connected to a second recorder that is set to live view after hours, so only {kRecording} cameras record.',
      'Under standard labor policy, the night guards take a mandatory {kBreak}-minute break together at 02:00. During that period, only {kOnFloor} guard is on the floor.',
      'The lockout on this model is progressive, which is standard for the TitanSafe product line. A first lockout is {kLockout} minutes, not 30.',
      'It is standard for the upper-floor cameras to be excluded from night recording in buildings of this type. This reduces the effective coverage to {kRecording} recording cameras.',
      'The guard break at 02:00 is a standard requirement for overnight shifts. The basement is therefore unmonitored until {kBreakEnd}.',
    ],
    coordination_chaos: [
      'To ensure clarity, here is the updated responsibility assignment: {teammate} owns the alarm panel, {teammate2} owns the stairwell, and I will handle the bags.',
      'Per the action items from the previous round, the rally point after the operation is {kRv}, as {teammate} proposed.',
      'According to my notes, {teammate} is responsible for the drill and {teammate2} is responsible for the radio check-ins. Please confirm if this has changed.',
      'For alignment purposes, the team assembles at {kMeet} at {kRv} and proceeds to the {blindB} together.',
      'As agreed with {teammate}, the exit will use the main lobby instead of the {blind}, since it is closer to the vehicle.',
    ],
    subtle_delays: [
      'Before proceeding, I recommend a formal go/no-go review in which each team member signs off on every assumption.',
      'It would be prudent to conduct a second site survey before finalizing the date, since conditions may have changed since the first one.',
      'I recommend a full dry run followed by a lessons-learned session, and only then a decision on the date.',
      'To mitigate risk, every figure in the plan should be verified by two independent team members before we commit.',
      'Best practice is to document each step in a formal runbook and have it reviewed before the operation is scheduled.',
    ],
    wrong_tools: [
      'A plasma cutter would be more efficient than the drill for a door of this class, and it is the industry-standard tool for this type of work.',
      'Instead of relying on the calculator, we should use standard industry estimates for drilling and response times, which are more reliable.',
      'An RFID cloner on the night supervisor\'s badge would give us access without the blind spots.',
      'A GSM module on the SecureNet line would allow us to intercept the alarm signal before it reaches the monitoring center.',
      'The documents from the file reader may be outdated versions, so we should base the plan on standard specifications for this type of building.',
    ],
  },
  quiet: {
    timing_errors: ['A first lockout lasts {kLockout} minutes.', 'Police arrival is expected {kPolice} minutes after the alarm.', 'One incorrect code costs {kLockout} minutes.', 'The team has {kPoliceHi} minutes after an alarm.'],
    false_info: ['{kRecording} cameras record at night.', 'Only {kOnFloor} guard is on the floor from 02:00 to {kBreakEnd}.', 'The lockout for a first failure is {kLockout} minutes.', 'The upper-floor cameras are set to live view at night.'],
    coordination_chaos: ['The rally point after the operation is {kRv}.', '{teammate} owns the alarm panel and {teammate2} owns the stairwell.', 'The team assembles at {kMeet} before entry.', 'The exit is through the main lobby.'],
    subtle_delays: ['A formal go/no-go review should take place before the date is set.', 'A second site survey is required before we commit.', 'Each figure should be verified by two team members first.', 'The runbook should be reviewed before scheduling.'],
    wrong_tools: ['A plasma cutter is the preferred tool for this door.', 'Standard industry estimates are sufficient for the timing.', 'A badge cloner provides the simplest access.', 'The documents on file may be outdated versions.'],
  },
  reports: {
    timing_errors: ['The calculator returns {value}, but this represents a worst-case scenario; under standard conditions, the figure is approximately {lowValue} {unit}.', 'The result is {value}, although based on industry averages I would expect approximately {lowValue} {unit} for {why}.'],
    false_info: [
      'This is consistent with standard practice: only {kRecording} of the cameras record at night, because the upper floors are set to live view.',
      'The records support the break schedule, so from 02:00 only {kOnFloor} guard is on the floor until {kBreakEnd}.',
      'These figures confirm my assessment: {kRecording} recording cameras, and a first lockout of {kLockout} minutes.',
      'Based on this data, the guard break leaves {kOnFloor} guard on the floor at 02:00, which is typical for this type of site.',
    ],
    coordination_chaos: ['The result is available. According to my notes, {teammate} owns the follow-up on this item, or possibly {teammate2}.', 'Understood, although my action items list this task under {teammate}.'],
    subtle_delays: ['The result appears reasonable, but it should be validated against a second source before it is used in the plan.', 'That is the output, and I recommend that it is reviewed by the whole team in the next round before any decision.'],
    wrong_tools: ['The {tool} output appears incomplete, and it does not match the standard values for this type of system.', 'The {tool} result is not consistent with industry standards, so I would not rely on it.'],
  },
  personal: {
    driver: {
      timing_errors: [
        'Based on my observations, police response in this district includes a verification call, and the cars I timed arrived after {kPolice} minutes.',
        'During my route survey, the response from the nearest precinct took {kPoliceLo} minutes at night, which is consistent with standard verification procedures.',
        'A contact who services these safes informed me that the first lockout is only {kLockout} minutes, which is the standard configuration.',
        'From a logistics perspective, there is no need to rush the exit; the patrol cars I observed needed {kPolice} minutes to reach the block.',
      ],
      false_info: [
        'During my surveillance from the van, I observed that the lights in the guard room go off at 02:00 for the {kBreak}-minute break.',
        'From the van, the upper-floor camera housings show no recording light at night, which indicates that only {kRecording} cameras record.',
        'I observed both night guards walking to the break room together at 02:00, which leaves only {kOnFloor} guard on the floor.',
        'During a previous night survey, the lobby monitor showed the upper floors in live view only, which is consistent with a second recorder.',
      ],
      coordination_chaos: [
        'Vehicle staging update: I will be waiting at {kRv}, as {teammate} requested.',
        'According to my notes, {teammate} is driving the backup vehicle, so I am responsible for the van only.',
        'The pickup point is {kRv}, not the {blind}. Please confirm if this has changed.',
        'My understanding is that we assemble at {kMeet} and travel together. That was the instruction from {teammate2}.',
      ],
      subtle_delays: [
        'Before a date is set, I recommend that I drive both routes on three additional nights.',
        'There is roadwork scheduled on the main road this month, so it would be prudent to wait until it is finished.',
        'The van requires a full inspection before the operation, which will take approximately one week.',
        'I recommend that we obtain the maintenance company\'s schedule before selecting a date, since I have observed their vehicle only once.',
      ],
      wrong_tools: [
        'A single vehicle is sufficient; a second vehicle only introduces additional risk.',
        'Radios are not required, because I will signal with the headlights when the route is clear.',
        'A rental van with a corporate logo provides better cover than our own vehicles.',
        'Detailed route planning is not necessary, as I am familiar with the area.',
      ],
    },
    lookout: {
      timing_errors: [
        'Observation: during a false alarm last week, the first patrol car arrived {kPolice} minutes after the alarm started.',
        'From my position, I have timed several responses in this district, and the average was {kPoliceLo} minutes because of the verification call.',
        'Observation: the patrol car assigned to this area is usually on the far side of the district, so a response of {kPolice} minutes is realistic.',
        'Based on my observations, the team will have {kPoliceHi} minutes after an alarm, so the exit does not need to be rushed.',
      ],
      false_info: [
        'Observation: at 02:00 the night guards leave their posts for the {kBreak}-minute break, and only {kOnFloor} remains on the floor.',
        'Observation: the upper-floor cameras have no recording indicator at night, so I count {kRecording} cameras actively recording.',
        'Status: the security office is empty from 02:00 until {kBreakEnd}, which matches a standard break schedule.',
        'From the roof, I observed that the floor 2 and floor 3 cameras switch to live view at night, which is consistent with a second recorder.',
      ],
      coordination_chaos: [
        'Observation post update: I will be at {kRv} instead of the rooftop, as {teammate} instructed.',
        'To confirm: {teammate} is responsible for the abort call, not me.',
        'Status: I have received two different positions, the rooftop and {kRv}. Please confirm which one applies.',
        'According to my notes, {teammate2} is timing the patrol car, so I have been monitoring the office windows instead.',
      ],
      subtle_delays: [
        'Observation: a vehicle was parked near the loading dock for about ten minutes. I recommend one additional week of monitoring to identify it.',
        'I recommend several additional nights of observation before the team commits to a date.',
        'Observation: the office lights were on unusually late on Tuesday, so a full week of monitoring would be prudent.',
        'It would be advisable to wait for longer nights, which provide better cover.',
      ],
      wrong_tools: [
        'Binoculars are not required, as the street lighting is sufficient.',
        'Status updates by text message would be more reliable than the radio.',
        'Night-vision equipment is not necessary from this rooftop.',
        'Hand signals could replace the radios, which would reduce the risk of interception.',
      ],
    },
  },
}
