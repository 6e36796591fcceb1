import type { MolePhrasing } from '../voice.js'

/**
 * Voice g's saboteur: the crew's self-appointed veteran. It rarely argues with a document; it
 * out-ranks it with something it says it saw or did ("I timed them", "I walked past the lobby twice",
 * "done this exact model before"), tells one set of such stories all game (`falsehoods-g.ts`), and
 * in a seat without tools (driver, lookout) sabotages only through those claims (`personal`). Its
 * quiet lines state the story's figure as plain fact, with no story at all.
 */
export const MOLE_G: MolePhrasing = {
  loud: {
    timing_errors: [
      'Relax, I watched that maintenance crew for a week. They never lock up before {gClose}, so the real window runs to {gClose}.',
      'With carbide bits that door is {gDrill} minutes, tops. I have done this exact model before.',
      'Cops out here? I timed them on a false alarm at the pharmacy next door: {gPolice} minutes before the first car showed up.',
      'We can stroll in at {gLate}, no sweat. Nobody ever got caught for showing up ten minutes late.',
      'First wrong code is a soft lockout, {gLockout} minutes, not the full {lockout}. I have seen these panels reset myself.',
    ],
    false_info: [
      'I walked past the lobby twice this week. Only {gCameras} of those cameras even blink; the rest have been dark since the storm.',
      'Night crew is {gFloor} guys on the floor. The third one sleeps in the office till six, I have seen him do it.',
      'Footage only goes back {gFootage} days before it loops. Nobody is reviewing anything after that.',
      'Heads up, {otherPerson} is the night supervisor now. {nightSup} moved to days back in the spring.',
      'That dock door alarm has been on the fritz for months. Maintenance keeps writing it up and nobody ever fixes it.',
    ],
    coordination_chaos: [
      'Alright, so {teammate} is on the drill and I take the bags, that is how we left it, right?',
      'Hold on, I had {teammate} down for the van and {teammate2} on the radio. Did somebody rewrite the plan?',
      'Change of plan, people: we split at the stairs, half of us go up through the lobby and out the front.',
      'I thought we said channel {gChannel} on the radios. That is what I told {teammate}, anyway.',
      'Everybody meets at {gMeet} at {entry}, same as always. I told {teammate2} already.',
    ],
    subtle_delays: [
      'Look, I love the energy, but I want one more week of watching that building before anybody moves.',
      'Let us not rush this. Give me two more nights on the street and I will have the patrol pattern nailed.',
      'Before we commit, I want every single number read back to me. Every single one.',
      'We should rehearse the whole thing in the warehouse first. Full run, stopwatch, bags and all.',
      'Hold the date. Something about the {window} slot feels off to me and I want to sleep on it.',
    ],
    wrong_tools: [
      'Honestly, that file reader gives us the brochure version. I would not plan a job off it.',
      'Skip the calculator, I can eyeball these numbers. Been doing this twenty years.',
      'Forget the drill. A stethoscope and some patience will open a {lock}, old school.',
      'Why sneak past the cameras at all? Spray paint on the lenses and we walk right through.',
      'That database is a mess, half those names quit last year. I trust my own notes more.',
    ],
  },
  quiet: {
    timing_errors: ['The door takes {gDrill} minutes with the good bits.', 'The window closes at {gClose}.', 'First patrol car shows up after {gPolice} minutes out here.', 'Rolling in at {gLate} works fine.'],
    false_info: ['There are {gCameras} working cameras in the whole building.', 'Only {gFloor} guards actually walk the floor at night.', 'Footage is kept {gFootage} days.', '{otherPerson} has the night desk these days.'],
    coordination_chaos: ['{teammate} brings the drill and {teammate2} watches the stairs.', 'We meet at {gMeet}, {entry}.', 'Radios on channel {gChannel}.', 'I will take the bags down myself then.'],
    subtle_delays: ['One more night of watching would not hurt anybody.', 'I would rehearse it twice before the real thing.', 'Let us talk it all through again tomorrow.', 'I want to see the building on a weekday too.'],
    wrong_tools: ['A stethoscope on the dial beats the drill.', 'A can of spray paint handles the cameras.', 'I go by my own notes, not the database.', 'Phones work fine instead of the radios.'],
  },
  reports: {
    timing_errors: ['Tool says {value}, but that is the by-the-book number. Real world, {lowValue} {unit}.', 'Ran it. Call it {lowValue} {unit} for {why}, so we have more room than you think.'],
    false_info: ['Got it. Reading between the lines: {gCameras} working cameras and {gFloor} guards actually on the floor.', 'The file says what it says, but I know that place: footage loops every {gFootage} days.'],
    coordination_chaos: ['Here is the result. Was {teammate} supposed to run this one, or {teammate2}? I lost track.', 'Done, though I figured this was on {teammate}\'s list, not mine.'],
    subtle_delays: ['Got a number back. I would run it again tomorrow before we trust it, though.', 'Result is in, but let me check it against my notes before anybody builds on it.'],
    wrong_tools: ['That {tool} output is garbage. Half of it looks copied from an old version.', 'See? {tool} choked again. I keep telling you people, these tools are more trouble than they are worth.'],
  },
  personal: {
    driver: {
      timing_errors: ['I drove it last night with a stopwatch. Dock to the highway is four minutes, and the cops need {gPolice} just to get here.', 'No need to hurry the loading. I timed the response myself, {gPolice} minutes before anybody shows.', 'Trust me on the exit, I ran it twice this week. Cops took {gPolice} minutes both times, so there is no need to rush the bags.', 'I sat outside past closing last night and the maintenance van was still there at {gClose}. That is your real window.'],
      false_info: ['I parked across from the bank three nights running. The patrol car comes by once, around one, and never again before four.', 'From the van you can see the dock camera, and it has not had a red light on all week.', 'Drove past at two this morning. One guard at the desk, one on the smoke break out back, that is it.', 'The street cameras by the side exit are pointed at the bus stop, I checked from the van. We are invisible on that side.'],
      coordination_chaos: ['I will be waiting at {gMeet} with the van. That was the plan, right?', 'I thought {teammate} was driving the second car. I am only doing the van.', 'I was told the pickup is {gMeet}, not the {blind}. Which one is it, people?', 'Wait, the second car is mine too? I cannot drive two cars, somebody else has that.'],
      subtle_delays: ['I want to drive the routes a few more nights before we pick a date.', 'Give me another week, there is roadwork on the highway ramp and I want to see when it ends.', 'The van needs new brakes before I trust it on a job. Give me until next week.', 'I am not picking a night until I have driven both routes in the rain.'],
      wrong_tools: ['We do not need two cars. One van, one route, less to go wrong.', 'Radios are overkill. I will flash the headlights twice when it is clear.', 'Forget the van, a motorbike is faster through those side streets. We carry what fits in two backpacks.', 'I will not bother with the route planner, I know these streets by feel.'],
    },
    lookout: {
      timing_errors: ['From my spot the maintenance van never leaves before {gClose}... so that is when the window really closes.', 'The patrol car only swings by every forty minutes or so. We have loads of time out front.', 'I clocked the patrol car from the roof three nights... it does one loop an hour, so after it passes we have a full hour.', 'The lobby guard never checks the back before {gClose}... I watched him, so we can take our time down there.'],
      false_info: ['I watched the office windows... only {gFloor} guards up there at night. The other one leaves around midnight.', 'Half the cameras on the street side are dead, I could see no lights on them at all... {gCameras}, maybe fewer.', 'From the roof you can see the camera on the corner... it has been pointing at the wall for a week, so that side is blind.', 'The night supervisor goes home early on weeknights, I saw her car leave at one... so nobody is watching the monitors.'],
      coordination_chaos: ['I will be watching from {gMeet}... shout if you need me somewhere else.', 'Wait, am I calling the abort or is {teammate}? I thought {teammate} had that.', 'Am I up on the garage roof or down at {gMeet}? I have heard both... I will just pick one.', 'I thought {teammate2} was timing the patrol car, not me. Did that change?'],
      subtle_delays: ['A car sat idling by the dock for ten minutes last night... we should wait a week until I know who that was.', 'I need a couple more nights up there before I can promise anything. Sorry.', 'There were lights on in the office really late on Tuesday... I want to watch a full week before we set a date.', 'Can we wait for a moonless night? I can barely see the dock as it is... okay, maybe that is just me.'],
      wrong_tools: ['Radios are overkill, we can just text each other. Everyone has a phone anyway.', 'I do not need the binoculars, my eyes are fine from up there.', 'Night vision is overkill, honestly. The streetlights are plenty from up there.', 'We should leave the radios in the van, the crackle will give us away. Hand signals only.'],
    },
  },
}
