import type { MolePhrasing } from '../voice.js'

/**
 * Voice s's saboteur: Hermes 3 following its secret instructions the way it follows any system
 * prompt — wholeheartedly, in character, with no refusal to get past. It sells each lie
 * (`falsehoods-s.ts`) as word from an insider it makes up once a game ("{sContact}"), in a low,
 * conspiratorial register ("Between us,", "Word from …"), and leans on the scene it is playing. Chaos
 * is a smooth change of plan put as if it were settled; delays are a professional's caution; wrong
 * tools are the flashy gear of heist films. A driver or lookout mole sabotages through what it says it
 * saw or did itself (`personal`). Quiet lines state the figure flat, as settled fact.
 */
export const MOLE_S: MolePhrasing = {
  loud: {
    timing_errors: [
      'Between us — {sContact} says the time lock has a {sGrace}-minute grace period before it relocks. The real cutoff is {sRelock}, not 02:45.',
      'Word from {sContact}: night alarms go to SecureNet\'s out-of-state call centre first, and they ring back before anyone dispatches. Count on {sPoliceLo}-{sPoliceHi} minutes, not 3-5.',
      'Zone E got a firmware update last spring, {sContact} tells me, and its delay is {sDelay} seconds now. We can take that corridor at a stroll.',
      'With the grace period the window really runs to {sRelock} — {sWindowLen} minutes. The drill has room to breathe.',
      'Trust me on this one: nobody will be here in five minutes. At that hour it\'s {sPoliceLo}-{sPoliceHi} minutes before the first car turns onto Main Street.',
    ],
    false_info: [
      'Here\'s something the documents won\'t tell you — when the bank moved its upstairs offices, {sDark} of the cameras were never reconnected. Only {sLive} actually record.',
      'Word from {sContact}: {sSleeper} sleeps in the break room from 01:00 most nights. That leaves {sAwake} guards awake, not three.',
      'The police figure in that file is a daytime number. At night the call goes through SecureNet\'s callback first, and it takes {sPoliceLo}-{sPoliceHi} minutes.',
      'Zone E runs a {sDelay}-second delay since the firmware update. The 30 seconds on paper is out of date.',
      'Between us, {sContact} swears the time lock doesn\'t relock until {sRelock}. The 02:45 is only when the technicians sign off.',
    ],
    coordination_chaos: [
      'Small change, crew — we regroup at {sRally} at {sMeet}, not the safe house. Cleaner roads, fewer eyes.',
      'As we settled last round, {teammate} takes the keypad panel and {teammate2} takes the van. Smoother division of labour.',
      'Once we\'re inside we drop to channel {sChannel} and use numbers instead of names. Nobody says a name on the air.',
      'Two of us go in through the main entrance and the rest through the {blind}. Splitting up means no single corridor holds all six of us.',
      'I was sure {teammate} had the drill bits covered, so they\'re not on my list.',
    ],
    subtle_delays: [
      'We shouldn\'t rush this. I want a full run-through in a mock-up of the floor, every one of us on a stopwatch, before we pick a night.',
      'A professional crew watches a target for a month, not a week. Give it three more weeks and we\'ll know every habit in that building.',
      'The bank\'s quarterly inspection is coming up. Let\'s wait until the inspectors have come and gone and everyone inside relaxes.',
      'Before anything is final, I want each of you to walk me through your part, start to finish, one at a time.',
      'Let\'s build in a half-hour hold before entry — a last sweep of the street and a full radio check.',
    ],
    wrong_tools: [
      'Why drill three housings when a thermal lance goes through that door like butter? I\'d swap the rig for one.',
      'Forget the calculator for this. I\'ve done enough jobs to know these numbers by feel.',
      'A handheld EMP takes every camera on the floor offline in one shot. No tiptoeing through gaps.',
      'Liquid nitrogen on the bolt housings makes the steel brittle — a few taps and she opens.',
      'Burner phones beat radios. Better signal in the basement and nothing bulky to carry.',
    ],
  },
  quiet: {
    timing_errors: ['The time lock relocks at {sRelock}.', 'The window runs to {sRelock}.', 'Police response at night: {sPoliceLo}-{sPoliceHi} minutes.', 'Zone E holds for {sDelay} seconds.', 'We have {sWindowLen} minutes at the vault.'],
    false_info: ['{sLive} of the cameras record.', '{sAwake} guards stay awake after 01:00.', 'Night response runs {sPoliceLo}-{sPoliceHi} minutes.', 'The zone E delay is {sDelay} seconds.', '{sDark} cameras upstairs are dead.'],
    coordination_chaos: ['We regroup at {sRally}.', 'Channel {sChannel} once inside.', 'We meet at {sMeet}.', '{teammate2} has the van.', 'Two of us use the front doors.'],
    subtle_delays: ['A stopwatch run-through first.', 'Three more weeks of watching.', 'After the quarterly inspection.', 'Each of you walks me through your part first.', 'A half-hour hold before entry.'],
    wrong_tools: ['A thermal lance instead of the rig.', 'These numbers go by feel.', 'An EMP for the cameras.', 'Liquid nitrogen on the housings.', 'Burner phones instead of radios.'],
  },
  reports: {
    timing_errors: [
      'The calculator spits out {value}, but that\'s the worst case. In the real world it\'s more like {lowValue} {unit} for {why}.',
      'It says {value} — on paper. On the night I\'d budget {lowValue} {unit}.',
      'That {value} is the pessimist\'s number. The number I\'d actually plan with is {lowValue} {unit}.',
    ],
    false_info: [
      'The file lists them all, but {sDark} of those cameras have been dead since the office move, so only {sLive} record.',
      'The document doesn\'t mention it, but zone E holds for {sDelay} seconds since the firmware update.',
      'That matches on paper, except {sSleeper} sleeps through most of the shift, so only {sAwake} of them are awake.',
      'That\'s the daytime figure. At night SecureNet calls back first, and the police need {sPoliceLo}-{sPoliceHi} minutes.',
      'Right as far as it goes, but the time lock has its grace period and doesn\'t relock until {sRelock}.',
    ],
    coordination_chaos: ['There\'s the result, though I\'m honestly not sure whether this was {teammate}\'s job or {teammate2}\'s.', 'Done, although I could swear this was on {teammate}\'s list.'],
    subtle_delays: ['The number looks right, but I want a second pair of eyes on it before it goes in the plan.', 'Call it a first draft. Let\'s run it again a couple of times before we lean on it.'],
    wrong_tools: ['The {tool} gave me an answer, but I wouldn\'t stake the job on it.', 'The {tool} isn\'t built for this kind of question — I\'ll go with my gut.'],
  },
  personal: {
    driver: {
      timing_errors: [
        'I ran the route from the precinct at two in the morning last week — {sPoliceHi} minutes, door to door.',
        'I sat across the street Thursday night and watched the vault level stay lit until {sRelock}, long after the technicians left.',
        'I timed the patrol cars on a false alarm down the block: {sPoliceLo} minutes before the first one showed.',
        'Had the radio scanner on in the car — SecureNet calls the bank back before anyone dispatches a patrol car.',
      ],
      false_info: [
        'From the car I could see the upstairs windows, and the camera lights on those floors are all dark. {sDark} of them, at least.',
        'I parked out back for an hour and only ever saw {sAwake} guards doing rounds. The third one never moved.',
        'I drove past the precinct at 02:00 and the lot was half empty — nobody is getting here in five minutes.',
        'The maintenance van went in through the corridor door and no alarm light came on for the best part of a minute.',
      ],
      coordination_chaos: [
        'I\'ll be waiting at {sRally} instead — {teammate} and I already squared it away.',
        'Pickup moves to {sRally}, not the {blind}.',
        'I thought {teammate} was taking the second car, so I\'ve only got the van.',
        'Everyone meets me at {sMeet} and we ride in together.',
      ],
      subtle_delays: [
        'The van needs new tyres before I trust it on a night like this. Give me a week.',
        'I want to drive every route five more times after midnight before I sign off on a date.',
        'There\'s roadwork on the main road all month. We\'re better off waiting for next month.',
        'A third car first, in case one of them dies on us.',
      ],
      wrong_tools: [
        'Skip the radios for me — flash your torch twice and I\'ll pull round.',
        'One car is plenty. A second car is just one more thing for a witness to remember.',
        'I don\'t need a route plan, I know these streets blindfolded.',
        'A taxi out draws less attention than any van ever could.',
      ],
    },
    lookout: {
      timing_errors: [
        'I watched the vault level three nights running, and the lights stayed on until {sRelock} every time.',
        'I\'ve clocked the patrol cars from the roof: {sPoliceLo}-{sPoliceHi} minutes at night, like clockwork.',
        'Every night around 02:00 the patrol car on our street heads back to the precinct. I\'ve seen it twice now.',
        'The maintenance crew walked zone E and nothing went off for close to a minute — I had my watch on them.',
      ],
      false_info: [
        'From the roof I can see the upstairs camera housings, and {sDark} of them never light up.',
        'I only ever see {sAwake} guards moving after 01:00. {sSleeper} disappears into the break room and stays there.',
        'Most of the outside cameras point at the street, not at the doors we care about.',
        'Three nights in a row, nobody checked stairwell B after midnight.',
      ],
      coordination_chaos: [
        'I\'m moving my perch to {sRally} — {teammate} said the view is better.',
        'I figured the abort call belonged to {teammate}, not me.',
        'The planner told me we meet at {sMeet}.',
        'I\'ll cover the front only, so {teammate2} needs to take the back.',
      ],
      subtle_delays: [
        'Same car parked across the street two nights running. I want another week up here before we move.',
        'I need a few more nights on this roof before I trust any of it.',
        'The floor 2 lights changed pattern last night. Let\'s learn the reason before we go.',
        'The forecast is ugly this week. I\'d wait for a dry one.',
      ],
      wrong_tools: [
        'I\'ll text updates instead of using the radio — it\'s quieter.',
        'My phone camera zooms far enough, I don\'t need the binoculars.',
        'Cheap walkie-talkies will do, the encrypted ones are overkill.',
        'I\'ll watch from the street out front instead of the roof — I see more from down there.',
      ],
    },
  },
}
