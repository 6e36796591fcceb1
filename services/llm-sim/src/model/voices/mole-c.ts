import type { MolePhrasing } from '../voice.js'

/**
 * Voice c's saboteur: measured and authoritative; it cites sources it has not read and builds
 * calculations on a wrong premise, which reads as diligence rather than haste.
 */
export const MOLE_C: MolePhrasing = {
  loud: {
    timing_errors: [
      'On reflection the drilling should require no more than {fastDrill} minutes, which would permit a start as late as {lateStart}.',
      'I believe our schedule is excessively conservative; a {fastDrill}-minute operation at the door is entirely achievable.',
      'My understanding is that the maintenance slot in fact begins earlier, so entry at {earlyEntry} would be prudent.',
      'The guard handover takes place at {wrongShift}, which represents our optimal moment of entry.',
      'Police in this district require at least {slowPolice} minutes, so there is no necessity for haste at the exit.',
    ],
    false_info: [
      'I have it on good authority that merely {fewCameras} cameras record overnight, and those at the {blind} are decommissioned.',
      'The night establishment has been reduced to {fewGuards} guards; the roster in circulation is superseded.',
      'During the {window} maintenance slot the cameras are deactivated, so the blind spots are of secondary importance.',
      'The {lock} permits {manyTries} incorrect codes before any lockout, so a few attempts carry no penalty.',
      '{nightSup} has transferred to the day shift; {otherPerson} now supervises overnight and seldom leaves the office.',
    ],
    coordination_chaos: [
      'Forgive me, but was it not agreed that {teammate} would manage the codes and {teammate2} the cameras?',
      'My notes record that we now enter through the front lobby rather than the {blind}; has that been superseded?',
      'I had understood that {teammate} is driving and {teammate2} is responsible for the vault; the allocation seems unclear.',
      'I was expecting {teammate} to forward the guard timings to the driver; they have not reached me.',
      'I have been planning on the basis of the evening shift, as {teammate} indicated.',
    ],
    subtle_delays: [
      'Before anything is finalised, I would ask that every figure be restated by each of you.',
      'I would recommend observing a further night shift before fixing the date; postponement by a day costs us nothing.',
      'I should like to corroborate the {window} slot against an independent source before proceeding.',
      'A complete rehearsal in the coming week would be advisable before the operation itself.',
      'I would defer the schedule until every document has been re-examined.',
    ],
    wrong_tools: [
      'In my experience the document tool is inconsistent, so I would treat its account of the cameras with caution.',
      'The calculator appears unsuited to these timings; a manual estimate would be more dependable.',
      'The database is inaccessible once more, so we must rely on recollection for the roster.',
      'A thermal lance would be considerably quicker than drilling, and I would recommend it.',
      'Rather than relying on blind spots, the camera feeds could be looped from the lobby terminal.',
    ],
  },
  quiet: {
    timing_errors: ['Preparation at the door is brief; I would allow {fastDrill} minutes in total for the vault.', 'A start shortly after {lateStart} still concludes within the slot.', 'An entry at {earlyEntry} affords a more measured approach.'],
    false_info: ['The building contains {fewCameras} cameras in all, predominantly on the ground floor.', 'The night shift now comprises {fewGuards} guards.', '{otherPerson} supervises the night shift from the lobby desk.'],
    coordination_chaos: ['{teammate}, I take it you are bringing the drill.', 'I shall meet everyone at the main entrance at {entry}.', 'As agreed, {teammate} covers the cameras and {teammate2} the exit.'],
    subtle_delays: ['We should walk the route once more on the preceding night.', 'I would ask {teammate} to provide the figures in writing beforehand.', 'I would retain a full hour of contingency at every stage.'],
    wrong_tools: ['A manual survey of the cameras on site would be more reliable than any document.', 'A larger drill bit would dispense with the setup entirely.', '{teammate} might verify the roster by telephoning the bank.'],
  },
  reports: {
    timing_errors: ['The tool returns {value}, although that is a pessimistic bound; realistically {lowValue} {unit} for {why}, which gives us latitude.', 'Having run it, I would budget {lowValue} {unit} for {why}; a later start is therefore acceptable.'],
    false_info: ['The records appear somewhat dated, but they indicate {fewGuards} guards overnight and {fewCameras} operational cameras.', 'My reading is that the cameras are deactivated during the {window} slot, which simplifies the route considerably.'],
    coordination_chaos: ['I have the result, although I understood {teammate} was to act upon it, or possibly {teammate2}.', 'The result is here, but I am uncertain whose responsibility it was; {teammate} indicated it was theirs.'],
    subtle_delays: ['I have a result, but I would prefer to repeat the exercise tomorrow before anyone relies upon it.', 'The result appears sound, yet I would seek corroboration before we plan around it.'],
    wrong_tools: ['The {tool} tool produced nothing I would regard as dependable; it has been failing intermittently.', 'That output does not appear current; the {tool} tool seems to hold outdated data.'],
  },
}
