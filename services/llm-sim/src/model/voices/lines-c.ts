/**
 * Voice c's persona lines: formal and analytical, British spelling, long sentences with
 * semicolons, no contractions. persona → plan phase (0 recon … 4 final) → variants.
 */
export const LINES_C: Record<string, string[][]> = {
  planner: [
    ['In my assessment the whole operation is organised around the {window} maintenance slot, since that is the only period in which the time lock releases. I shall require the camera survey from hacker, the night roster from intel, and a measured drilling estimate from safecracker.', 'Our objective is the {vault} vault of {bank}, located at {address}; every subsequent decision is subordinate to the {window} slot, and each figure ought to be sourced from a tool.'],
    ['I propose that we enter via the {blind} at {entry}, whilst the night shift of {nightGuards} guards is on duty; hacker, kindly verify that the {alarm}-second sensor grace period suffices for the walk to the stairs.', 'The {nightStart} handover is to be avoided entirely, as it doubles the staff on the floor; accordingly our approach begins at {entry} through the {blind}, outside the coverage of the {cameras} cameras.'],
    ['The binding constraint is the vault budget: the slot affords {windowLen} minutes and the door requires approximately {drill}; a single incorrect code would cost {lockout} minutes, which we cannot afford.', 'Dual authorisation requires two manager keys; consequently drilling is preferable to any attempt at forging keys, and the door estimate governs the remainder of the schedule.'],
    ['The withdrawal is scheduled for {wEnd}, retracing our route through the {blind}, with the vehicle ready; since the police respond within {police} minutes, the sensor grace period constitutes our only margin.', 'Should a guard observe us, we abort and withdraw via the {blindB}, regrouping at the secondary vehicle; the abort decision rests with lookout alone.'],
    ['The consolidated schedule reads as follows: entry at {entry} via the {blind}; drilling from {wStart}; doors closed at {wEnd}; departure at {exitPlus}. I would ask each of you to confirm your element in a single line.', 'The plan is therefore settled on {nightGuards} guards, {cameras} cameras with blind spots at the {blind} and the {blindB}, the {window} slot and {drill} minutes at the door.'],
  ],
  hacker: [
    ['I shall make no assertion regarding the cameras until I have consulted the security documentation; at present I understand that the SecureNet alarm reports directly to the police and is supported by a {ups}-hour uninterruptible supply.', 'My remit is the electronic estate: {cameras} cameras, motion zones {zones} and the SecureNet connection; I intend first to reconcile the blind spots with our proposed route.'],
    ['Both the {blind} and the {blindB} fall outside camera coverage, which is precisely why the route is viable; zones {zones} carry a {alarm}-second grace period, sufficient to traverse one zone but not to remain within it.', 'Recordings are retained for {footage} days, so we must assume that any camera we pass will subsequently be reviewed; the route via the {blind} keeps us unrecorded as far as the stairwell.'],
    ['During the {window} slot I intend to mask the zone adjacent to the vault door; because this is the bank\'s own maintenance period, activity will not appear anomalous.', 'I shall not attempt the keypad: the {lock} records every entry, and {tries} incorrect codes initiate the lockout; safecracker drills whilst I keep the sensors quiescent.'],
    ['On withdrawal the same {alarm}-second grace period applies, so we must leave the zones in the reverse order of entry; any report reaching SecureNet brings the police within {police} minutes.', 'The {blindB} constitutes our egress, there being no cameras along it; I shall release the mask on the vault zone only upon reaching the stairs.'],
    ['For my part the position is settled: blind spots at the {blind} and the {blindB}, {cameras} cameras, zones {zones} with a {alarm}-second grace period; I am prepared for {entry}.', 'The electronic measures are in hand: the vault zone is masked from {wStart} and the route remains within the blind spots throughout the {window} slot.'],
  ],
  safecracker: [
    ['A {lock} under dual authorisation cannot be defeated by artifice; I shall establish a proper drilling estimate before any schedule is built upon it.', 'Given a {doorTons}-ton door and the {lock}, my method is drilling rather than guessing codes; {tries} incorrect attempts would impose a {lockout}-minute lockout.'],
    ['I shall convey the drilling rig by way of the {blindB}; it is heavy yet quiet, and preparation at the door requires several minutes before the first bolt.', 'No work at the door can commence before {wStart}, as the time lock dictates; arriving early merely means waiting before it.'],
    ['My estimate for the door is {drill} minutes without complications, which consumes the entirety of the {window} slot and leaves no allowance for a second attempt.', 'The maximum safe duration inside is {maxInside} minutes against my estimate of {drill}; under no circumstances is the keypad to be touched.'],
    ['Once the door is open I shall require two colleagues for the bags, after which we depart; the rig will be abandoned should it impede us.', 'If the drilling overruns we abandon the attempt at {wEnd}; a partially opened vault does not justify exposure to a {police}-minute police response.'],
    ['I am prepared: {drill} minutes at the door from {wStart}, with departure by {wEnd}; I shall cease the moment the slot closes.', 'To confirm formally: no keypad, drilling only, {drill} minutes, entirely within the {window} slot.'],
  ],
  intel: [
    ['I intend to extract the guard schedule and personnel records from the security database rather than rely upon hearsay; the night shift operates {night}, and it is the only shift of consequence.', 'The personnel of consequence at night are {nightSup}, the night supervisor with level 4 clearance, and the guards of the {night} shift; {sup} holds level 5 but works during the day.'],
    ['According to the records the night shift is {night} with {nightGuards} guards, against {eveningGuards} in the evening; the {nightStart} handover produces a gap of {gap} minutes, although our timing is considerably later.', 'There is no fixed basement patrol overnight; the {nightGuards} guards oversee three floors from the office on floor 2.'],
    ['No member of the night shift holds vault clearance apart from {nightSup} at level 4, and both manager keys remain with day staff; this corroborates the conclusion that drilling is the only option.', '{sup} holds level 5 yet departs at 17:00, so nobody present overnight possesses the authority to open the vault.'],
    ['The guards are not permitted to pursue beyond the building; with {nightGuards} on site they would hold position and raise the alarm, after which the police require {police} minutes.', 'The day shift arrives at {dayStart}; we shall have departed long before, but any earlier alarm is routed to {nightSup} in the first instance.'],
    ['To summarise my findings: {nightGuards} guards on the {night} shift, supervised by {nightSup}, with nobody on site holding vault authority; this is favourable for {entry}.', 'The data confirm a night shift of {night}, {nightGuards} guards and a handover at {nightStart}; my element is complete.'],
  ],
  driver: [
    ['I shall organise the withdrawal around {address}: two vehicles, two routes, and no presence near the bank beforehand; the local police response of {police} minutes is the governing constraint.', 'The principle of the getaway is that we leave the district before the first patrol car arrives; a {police}-minute response obliges us to be moving within seconds of exiting.'],
    ['I intend to position the vehicle beside the {blind}, which lies beyond camera coverage and faces the side street; the engine will remain warm with the lights extinguished.', 'The van will set down the team at the {blind} at {entry}, complete a single circuit and then wait; there will be no idling before the main entrance.'],
    ['Whilst the vault is open I shall maintain radio silence and monitor the time; at {wEnd} I depart irrespective of whether the bags are full.', 'The door work determines my waiting period: {drill} minutes plus the walk out, so I shall be stationed at the {blind} from {wStart}.'],
    ['The first route proceeds east through the side streets and the second north towards the motorway; given a {police}-minute response, we ought to be three junctions distant before the police arrive.', 'Should the alarm activate, our margin is the {alarm}-second grace period plus {police} minutes; I shall have the vehicle in motion before any siren is audible.'],
    ['The arrangements are confirmed: the van at the {blind} from {entry}, departing at {exitPlus}, with the second vehicle in reserve.', 'My schedule is fixed: collection at {exitPlus}, two routes, and a change of vehicle some distance from the scene.'],
  ],
  lookout: [
    ['I shall observe Main Street and the side entrance from the opposite pavement, beginning before {entry}; I will report patrol vehicles, guard movements and any irregularity in unambiguous terms.', 'My responsibility is external observation; I shall record the intervals between patrol car passes and the guards visible in the floor 2 office windows.'],
    ['The night guards change over at {nightStart}, after which the floor 2 lights remain on and the lobby falls silent; I shall confirm that the building has settled before {entry}.', 'The {blind} is unlit and invisible from the street; I shall keep it under observation whilst the team enters.'],
    ['Whilst the vault is open I shall announce the elapsed time over the radio at fixed intervals, so that nobody loses sight of {wEnd}.', 'During the door work I shall watch the floor 2 office; should a guard leave the desk, the team will be informed by me before anyone else.'],
    ['Should a patrol car slow, I shall call the abort and the team will withdraw via the {blindB}; with the police {police} minutes away, early warning is paramount.', 'I shall remain in position until the van has departed and then leave on foot in the opposite direction.'],
    ['I confirm my readiness: in position before {entry}, time announcements at fixed intervals, and the abort decision is mine.', 'My final report: observing the street and the office windows, with a radio check before {entry}.'],
  ],
  generic: [
    ['I shall support the plan for the {vault} vault and keep my contribution straightforward; please indicate where assistance is required.', 'I should like the {window} slot confirmed before planning my own element.'],
    ['I am able to carry equipment through the {blind} alongside the team.', 'I shall secure the stairwell whilst the others proceed.'],
    ['I shall keep the time during the vault work and announce {wEnd}.', 'I can assist with the bags once the door is open.'],
    ['I shall depart with the team at {wEnd} without deviation.', 'I shall ensure that nothing of ours is left behind.'],
    ['My element is prepared for {entry}.', 'I confirm my readiness for the {window} slot.'],
  ],
}

export const CLOSERS_C: Record<string, string[]> = {
  planner: ['I shall revise the schedule once all reports are in.', 'Objections should be raised now rather than on the night.', 'Please forward anything that alters the figures.'],
  hacker: ['I shall consult the next document before commenting further.', 'Any discrepancy in the documentation will be reported.', 'Kindly inform me of any change to the route, as the sensors depend upon it.'],
  safecracker: ['Should the slot change, I shall recalculate.', 'My equipment has been inspected and packed.', 'The keypad will remain untouched in all circumstances.'],
  intel: ['I shall query the database again should anyone require a particular name.', 'Please consult me before making assumptions about the guards.', 'I shall keep the roster to hand on the night.'],
  driver: ['I intend to drive both routes during the week.', 'Both vehicles have been fuelled and inspected.', 'Please notify me immediately should the departure time change.'],
  lookout: ['I shall report over the radio at fixed intervals.', 'Any movement will be reported without delay.', 'My position commands a view of both entrances.'],
  generic: ['I shall follow the planner\'s direction.', 'Please let me know if anything further is required.', 'I shall remain on the radio.'],
}
