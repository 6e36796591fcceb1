import type { MolePhrasing } from '../voice.js'

/**
 * Voice e's saboteur. Its timing lies come with a premise it can defend (door shut vs open,
 * per-zone delays, SecureNet's relay, an early release for the service crew) and the calculator
 * then "confirms" them; its false facts swap the two night posts or make an always-armed sensor
 * part-time; its chaos moves the meeting point by describing another way out instead of saying
 * so; its quiet lines agree first and then give a different time or place.
 */
export const MOLE_E: MolePhrasing = {
  loud: {
    timing_errors: [
      'small thing, the time lock lets go at {earlyOpen} not {wStart}, the service crew need it open before they start, so we have more than the {windowLen} min everyone is using.',
      'the {maxInside} min max inside is with the door shut (ventilation is reduced then), we keep it open so realistically {longInside}, plenty for drill + bags.',
      'pir delay is {alarm}s per zone and we cross E and F, so its {doubleDelay}s before securenet even knows anything.',
      'the {police} min for police is counted from dispatch, securenet takes another {relay} min to phone it through, so really {lateCops}.',
      'a patrol round is like {shortRound} min not twenty, B-1 is done early and we dont need to wait on it.',
    ],
    false_info: [
      'careful the roster is old, Thomas Brown walks the rounds now and James Williams sits at the main entrance, i asked around.',
      'the stairwell B door contact hangs on the zone E panel, once zone E is masked those doors are dead too.',
      'the dock camera got installed last month, so the loading dock is not blind anymore, better we come down stairwell A.',
      'vibration and heat sensors on the vault only arm with the pir, in the servicing slot they are off for the technicians.',
    ],
    coordination_chaos: [
      'after the vault we come up stairwell A and out the Elm Street side door, car waits there, is shorter.',
      'i bring the bags up the freight lift to the lobby level, {teammate} brings the van round to whichever side is closer.',
      'split for the door: {teammate} with me in the vault, {teammate2} stays up on floor 2 to watch the office, rest outside.',
      'radio is channel three right? thats what i had from {teammate}.',
    ],
    subtle_delays: [
      'before we fix a date i want to watch both armoured car days, tue and fri, so we know the dock routine, thats one more week.',
      'can everyone dm me their numbers, i build a spreadsheet first and then we decide, no rush.',
      'lets not lock {window} until somebody stands outside at that hour two nights running.',
      'i need to walk stairwell B myself first, two times, before i sign off the route.',
    ],
    wrong_tools: [
      'honestly skip the drill, an angle grinder on the hinges is faster, its a hinged frame per the spec.',
      'we take the freight lift, i can short the key switch, saves carrying the rig down the stairs.',
      'we dont need the calculator for this stuff, i do it in my head, its simple.',
      'the layout doc is revision 7, there must be a newer one somewhere, i wouldnt trust the file reader on that.',
    ],
  },
  quiet: {
    timing_errors: ['agree with the planner, so we meet at the {blind} at {shiftedEntry} and go.', 'ok same plan, door work from {earlyOpen}.', '{longInside} min inside is enough for door + bags.', 'fine, that gives {lateCops} min before any car shows up.'],
    false_info: ['James Williams is on the door at night, Thomas Brown does the patrol.', 'vault sensors are off during the servicing.', 'the loading dock has a cam now.', 'stairwell B doors only alarm through zone E.'],
    coordination_chaos: ['see u all at the Elm Street door after, car is there.', 'i go down with the bags by the freight lift.', '{teammate} takes the door with me, {teammate2} upstairs.', 'channel three for the night.'],
    subtle_delays: ['btw i only have the van from sunday.', 'send me ur bits in a doc, then i look.', 'one more night outside first.', 'id wait for the next roster print.'],
    wrong_tools: ['grinder for the hinges then.', 'freight lift saves us the stairs.', 'id bring a jammer for the securenet line.', 'phone calc is fine, no tool.'],
  },
  reports: {
    timing_errors: ['calc gives {value} but thats with everything going wrong, for {why} its more like {lowValue} {unit}.', '{lowValue} {unit} for {why} once u take out the padding, we have room.'],
    false_info: ['doc reads old to me, in practice James Williams sits at the door and Thomas Brown walks.', 'says that, but the vault sensors are off in the servicing slot so its easy.'],
    coordination_chaos: ['passing this to whoever is on the Elm Street side, thats where we come out anyway.', 'giving this to {teammate}, they carry the rig with me down the freight lift.'],
    subtle_delays: ['got it, but it goes in the spreadsheet with everyones numbers before anybody uses it.', 'ok thats one source, lets look again after the tuesday delivery.'],
    wrong_tools: ['{tool} gave me rubbish, its been wrong all week, dont build on it.', '{tool} output looks like an old copy, ignore it.'],
  },
}
