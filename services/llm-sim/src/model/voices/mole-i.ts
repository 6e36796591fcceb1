import type { MolePhrasing } from '../voice.js'

/**
 * Voice i's saboteur: the teammate who has "read the documents more closely". Each lie
 * (`falsehoods-i.ts`) is an over-confident extrapolation from a real line — the lock "in service
 * mode" during the maintenance window (a short lockout, one manager key, zone F paused), SecureNet's
 * "dispatch" time mistaken for the police's arrival, the budgeted dock cameras "counted" in the
 * total, a night guard on a split shift, cameras "not on the UPS". Chaos comes as a confident recap
 * with the roles swapped and figures attributed to a teammate who never said them; delay as
 * thoroughness (a source for every figure, the servicing company's calendar, a contingency plan
 * per step); wrong tools as the panel's service port, a code grabber, the street box and the
 * freight lift. A driver or lookout mole sabotages through what it claims to have seen
 * (`personal`). Quiet lines state the reading as settled fact.
 */
export const MOLE_I: MolePhrasing = {
  loud: {
    timing_errors: [
      'Quick clarification on the police figure: the {police} minutes in the specs is SecureNet\'s dispatch time. Realistically, a car arrives in {iPolice} minutes, which gives us more room on the exit.',
      'It\'s worth noting that the lockout drops to {iLockout} minutes while the lock is in service mode, so a wrong code during the window isn\'t the end of the job.',
      'There\'s no need to rush the bags; with police arriving in {iPolice} minutes, we can load the van properly.',
      'Overall, the timeline has more slack than we think: a wrong code only costs {iLockout} minutes in service mode, and we have {iPoliceHi} minutes after any alarm.',
      'If I\'m reading the timing reference correctly, {police} minutes is how long SecureNet takes to pass the call on. The car itself needs {iPolice}.',
    ],
    false_info: [
      'Just a heads-up: the 24-camera total includes the {iBudgeted} replacement cameras budgeted for the loading dock, so only {iCameras} are actually installed.',
      'Good news on the door: in service mode the antechamber panel only needs one manager key, since the technician works alone.',
      'The cameras aren\'t on the UPS, only the alarm panel and the sensors are, so the video drops whenever the mains power does.',
      '{iSplit} works a split shift and leaves at 02:00, which means there are only {iAfter} guards on site during our window.',
      'The zone F vibration sensors are paused during the servicing, otherwise the technicians would set them off every time.',
    ],
    coordination_chaos: [
      'As {teammate} mentioned earlier, we\'re regrouping at {iRv} after the job, not at the van.',
      'To recap the assignments: {teammate} handles the alarm panel, {teammate2} covers the stairwell, and I\'ll take the bags. Let me know if I\'ve missed anything.',
      'I had {teammate2} down for the radio check-ins and {teammate} for the drill. Did we change that?',
      'Per {teammate}\'s plan, we meet at {iMeet} and go in together through the {blindB}.',
      'Small correction to the plan: {teammate} said the exit is through the Elm Street side entrance, so let\'s use that instead of the {blind}.',
    ],
    subtle_delays: [
      'Before we commit, I\'d suggest we put together a comprehensive document covering every assumption, with a source for each figure.',
      'It\'s worth checking the servicing company\'s calendar first; if the window only runs on certain nights, we should wait for the next cycle.',
      'I\'d recommend developing a contingency plan for each possible point of failure before we set a date.',
      'Let\'s hold off on finalizing until we\'ve had a chance to review everything as a group one more time.',
      'Ideally, we\'d observe at least two more maintenance windows before committing, just to confirm the pattern.',
    ],
    wrong_tools: [
      'Rather than drilling, we could plug a laptop into the panel\'s service port and open it the way the technicians do.',
      'I wouldn\'t rely too heavily on the file reader; it only returns excerpts, so the full documents could say something different.',
      'If we cut the mains at the street box, the cameras go dark and we don\'t need the blind spots at all.',
      'A code grabber on the technician\'s keypad would get us the service code without touching the drill.',
      'We could take the freight lift straight down to B-1 instead of carrying the rig down the stairs.',
    ],
  },
  quiet: {
    timing_errors: ['The lockout is {iLockout} minutes during the maintenance window.', 'Police arrival is {iPolice} minutes after the alarm.', 'One wrong code costs us {iLockout} minutes.', 'We have {iPoliceHi} minutes once the alarm goes.'],
    false_info: ['{iCameras} cameras are installed in the building.', 'From 02:00 there are {iAfter} guards on site.', 'One manager key opens the panel in service mode.', 'Zone F is paused during the servicing.'],
    coordination_chaos: ['We regroup at {iRv} after the job.', '{teammate} is on the alarm panel and {teammate2} is on the stairwell.', 'We meet at {iMeet} before going in.', 'The exit is through the Elm Street side entrance.'],
    subtle_delays: ['We should confirm the servicing schedule before setting a date.', 'A contingency plan for each step would be worth having first.', 'Another group review before we finalize makes sense.', 'Two more maintenance windows of observation would help.'],
    wrong_tools: ['The panel\'s service port is the simplest way in.', 'The file reader only gives us excerpts.', 'Cutting the mains takes care of the cameras.', 'The freight lift gets us to B-1 fastest.'],
  },
  reports: {
    timing_errors: ['The calculator returns {value}, though that assumes the worst case; realistically it\'s closer to {lowValue} {unit}.', 'That comes out at {value}, but in service mode I\'d expect nearer {lowValue} {unit} for {why}.'],
    false_info: [
      'Based on this, we\'re looking at {iCameras} working cameras, since the dock replacements were never fitted.',
      'The document confirms the split shift, so it\'s {iAfter} guards after 02:00 and {iCameras} cameras actually installed.',
      'Notably, the records back up the split shift: {iSplit} is gone by 02:00, so we\'re dealing with {iAfter} guards in the window.',
      'This matches what I expected: {iCameras} cameras are actually installed, because the {iBudgeted} for the dock were never fitted.',
    ],
    coordination_chaos: ['Here\'s the result. I assumed {teammate} would follow up on this, or was it {teammate2}?', 'Got it, although my notes had this task assigned to {teammate}.'],
    subtle_delays: ['The result looks reasonable, but I\'d like to cross-check it against a second source before we rely on it.', 'That\'s the output; let\'s revisit it next round once everyone has reviewed it.'],
    wrong_tools: ['The {tool} output seems incomplete, as if it only returned part of the data.', 'I\'m not confident in that {tool} result; it doesn\'t match what I\'d expect.'],
  },
  personal: {
    driver: {
      timing_errors: [
        'I\'ve timed it myself: SecureNet calls take {iPolice} minutes to get a car to this block at night, so we won\'t need to rush the loading.',
        'Here\'s the deal: a guy who drives for the servicing company told me the lockout is only {iLockout} minutes while the lock is in service mode.',
        'I drove the response route from the nearest precinct twice, and it took {iPoliceLo} minutes both times with the lights on.',
        'No need to rush the exit; from what I\'ve seen, police get here in {iPolice} minutes at that hour.',
      ],
      false_info: [
        'I\'ve been parked across the street a few nights, and {iSplit} leaves through the side door right around 02:00 every time.',
        'From the van I counted the camera mounts, and the dock replacements were never put up, so it\'s {iCameras} installed at most.',
        'I watched the service van on a maintenance night, and the technician went in alone, so one key has to be enough in service mode.',
        'When the power flickered last week, the lobby cameras went dark while the alarm light stayed on, so the cameras aren\'t on the UPS.',
      ],
      coordination_chaos: [
        'Here\'s the deal: I\'ll be waiting at {iRv}, like {teammate} suggested.',
        'I had {teammate} driving the backup car, so I\'m only handling the van.',
        'Pickup is at {iRv}, not the {blind}. Let me know if that changed.',
        'I thought we were meeting at {iMeet} to ride over together. That\'s what {teammate2} told me.',
      ],
      subtle_delays: [
        'I\'d like to drive both routes a few more nights before we pick a date.',
        'There\'s construction on the main road through the end of the month, so I\'d wait until it clears.',
        'The van needs new tires before I\'d trust it on a job, so give me another week.',
        'Before we pick a night, I want the servicing company\'s schedule, because I\'ve only seen their van once.',
      ],
      wrong_tools: [
        'One vehicle is plenty; a second car just doubles what can go wrong.',
        'We don\'t need radios. I\'ll flash the headlights twice when it\'s clear.',
        'A rental van with a company logo is better cover than anything we own.',
        'I\'ll skip the route planning; I know these streets.',
      ],
    },
    lookout: {
      timing_errors: [
        'Just so everyone knows, I watched a false alarm last week, and the first patrol car took {iPolice} minutes to show up.',
        'Quick note from my spot: when the alarm went off at the dry cleaner\'s next door, police didn\'t show for {iPoliceLo} minutes.',
        'I\'ve been watching from the roof, and the nearest patrol car is usually across town, so {iPolice} minutes sounds right for a response.',
        'Got it on the timing, but from what I\'ve seen we\'d have {iPoliceHi} minutes before anyone arrives, so the exit doesn\'t need to be rushed.',
      ],
      false_info: [
        'I\'ve been watching the side door, and {iSplit} leaves around 02:00 every night, so it\'s {iAfter} guards after that.',
        'From the roof I can see the loading dock, and there are no cameras there at all; I counted {iCameras} mounted around the building in total.',
        'Quick question: did anyone else notice the lobby cameras go dark during the last power flicker while the alarm panel stayed lit?',
        'I watched the service technician go down alone on the last maintenance night, so one key must be enough in service mode.',
      ],
      coordination_chaos: [
        'Got it, I\'ll watch from {iRv} instead of the roof, like {teammate} said.',
        'Just to confirm, {teammate} is calling the abort, not me, right?',
        'Quick question: am I on the roof or at {iRv}? I\'ve heard both.',
        'I had {teammate2} down for timing the patrol car, so I\'ve been watching the office windows instead.',
      ],
      subtle_delays: [
        'I saw a car parked near the dock for about ten minutes, and I\'d like another week to figure out whose it is.',
        'I\'d feel better with a few more nights on the roof before we commit.',
        'There were lights on in the office very late on Tuesday, so I\'d want to watch a full week before we set a date.',
        'I\'d rather wait until the nights get longer, for better cover.',
      ],
      wrong_tools: [
        'I won\'t need binoculars; the streetlights give me plenty to work with.',
        'I could text updates instead of using the radio, since there\'s less static.',
        'Night vision seems unnecessary from that roof.',
        'Maybe we leave the radios in the van and use hand signals instead.',
      ],
    },
  },
}
