/**
 * Voice g's lines for planner, hacker and safecracker: a chat model playing a heist crew in
 * character, the way Llama 3 8B or Mistral 7B do when told "You are …" — a theatrical ringleader
 * who answers its own questions ("The catch? …"), a cocky hacker ("Easy."), an old safecracker who
 * calls the door "she". persona → plan phase (0 recon … 4 final) → variants; `{slot}`s from
 * `slots.ts`. Stage directions in asterisks are added by `style-g.ts`, not written here.
 */
export const CREW_LINES_G: Record<string, string[][]> = {
  planner: [
    [
      'Okay, crew, here is the job: the {vault} vault at {bank}, {address}. The catch? The time lock only opens during the {window} maintenance window. So every minute of this plan hangs on {wStart}.',
      'First things first. Hacker gets me the cameras, intel gets me the night roster, and safecracker gets me a drill time I can bet my life on. Nobody guesses, we look it up.',
      'Let me lay out who does what. Hacker runs the electronics, safecracker owns the door, intel knows the guards, driver gets us out, lookout watches the street. Me? I hold it all together around {window}.',
    ],
    [
      'Here is how we get in. We hit the {blind} at {entry}, night shift, {nightGuards} guards in the building. Hacker, does a {alarm}-second sensor delay get us to the stairs?',
      'We stay far away from the {nightStart} shift change, too many eyes in that office. {entry}, in through the {blind}, and the {cameras} cameras never see our faces.',
      'The route is dead simple: {blind}, then {blindB}, then down to {vault}. Intel, which of the {nightGuards} night guards actually walks the basement?',
    ],
    [
      'Now the money part. The window gives us {windowLen} minutes and the door eats {drill} of them. One wrong code and we lose {lockout} minutes, so nobody breathes on that keypad.',
      'Why drill? Because dual authorisation means two manager keys, and those keys go home every night. So {drill} minutes on the door it is, and everything else bends around that.',
      'If the drill is still spinning at {wEnd}, we walk. No second try, no hero stuff. {tries} wrong codes on that {lock} and it is game over.',
    ],
    [
      'Getting out is where crews get sloppy. We are out by {wEnd}, back through the {blind}, and the driver has the engine running. Cops are {police} minutes away, so nobody dawdles.',
      'Plan B if a guard spots us: we abort, go out through the {blindB} and meet at the second car. The lookout makes that call and nobody argues with it.',
      'Driver, I want two ways out of {address}. Lookout, you time the patrol car. An alarm goes off, we are gone inside {police} minutes.',
    ],
    [
      'Here is the whole thing, one more time. {entry} in through the {blind}, {wStart} the drill starts, {wEnd} we are done, {exitPlus} we are in the car. Everybody give me a thumbs up in one line.',
      'We are locked: {nightGuards} guards, {cameras} cameras, blind spots at the {blind} and the {blindB}, {drill} minutes on the door inside the {window} window. Anything changes, the lookout pulls the plug.',
      'Last word from me. We respect the {window} window and the {lockout}-minute lockout, and we all walk away rich. Nobody moves until I say go at {entry}.',
    ],
  ],
  hacker: [
    [
      'Give me a minute with the security docs before I promise anything. What I already know: SecureNet dials the cops directly and there is a {ups}-hour battery behind it. So no, we are not cutting the power.',
      'Electronics are my playground: {cameras} cameras, motion zones {zones}, and that SecureNet line. First thing I do is lay the blind spots over our route.',
      'I am starting with the sensors and the camera map. A {ups}-hour battery backup means we go around this system, not through it. Easy.',
    ],
    [
      'The {blind} and the {blindB} have zero camera coverage, which is exactly why this route works. Zones {zones} give us {alarm} seconds before they squeal, enough to cross one, not to hang around in it.',
      'Footage sits on that server for {footage} days, so assume somebody watches every frame later. Going through the {blind} keeps us off tape all the way to the stairwell.',
      'I can keep us out of the motion zones until the last stretch to {vault}. That stretch gives us {alarm} seconds, so keep moving and nobody stops to tie a shoelace.',
    ],
    [
      'The vault floor has its own sensors, and I mask the zone by the door for the {window} window only. The bank expects activity then anyway, it is their own maintenance slot.',
      'No keypad games from me. The {lock} logs every entry and {tries} wrong codes trip the lockout. The safecracker does the drilling, and my job is keeping the sensors asleep.',
      'Floor 2 has the security office and it sees every feed. Stay in the blind spots and all they get is an empty basement. Piece of cake.',
    ],
    [
      'Same {alarm}-second delay on the way out, so we leave the zones in the order we came in. If anything reaches SecureNet, the cops are {police} minutes out.',
      'The {blindB} is our way out, not a single camera on it. I drop the mask on the vault zone last, right as we hit the stairs.',
      'If the alarm goes, nobody beats a {ups}-hour battery. We run, and nobody looks back.',
    ],
    [
      'My side is done: blind spots at the {blind} and the {blindB}, {cameras} cameras, zones {zones} with a {alarm}-second delay. Ready for {entry}.',
      'Electronics are handled. Vault zone masked from {wStart}, route through the blind spots, and nobody lays a finger on the SecureNet line.',
      'I know where every one of the {cameras} cameras points and where it does not. Every zone we cross, I call it out loud.',
    ],
  ],
  safecracker: [
    [
      'I have met a few {lock}s in my time. She has dual authorisation, so there are no tricks here, only patience and a good drill.',
      'A {doorTons}-ton door and a {lock}. I drill, I do not guess. {tries} bad codes buys us a {lockout}-minute lockout, and that would be the end of our night.',
      'Before anybody builds a schedule on me, I want real numbers on that door. The {window} window does not move, so my work fits inside it or it does not happen.',
    ],
    [
      'I carry the rig down through the {blindB} myself. Heavy, but quiet, and I know how to walk with it.',
      'Nothing I do starts before {wStart}. The time lock decides that, not me, so showing up early just means staring at a closed door.',
      'Keep the path to the {vault} door clear for me. I am not dragging forty kilos of kit past a patrol.',
    ],
    [
      'She takes {drill} minutes if nothing goes wrong. That is the whole {window} window, so there is no second dance.',
      'Max safe time inside the vault is {maxInside} minutes and I need {drill} of them. Nobody touches the keypad, not even to lean on it.',
      'Three bolt housings, about twelve minutes each, plus setup. If one binds, we stop at {wEnd} and walk away.',
    ],
    [
      'Once she opens, I need two pairs of hands on the bags and then we are gone. The rig stays behind if it slows us down.',
      'If the drill runs long, we quit at {wEnd}. A half-open vault is not worth {police} minutes of sirens.',
      'I am last out of the vault and first up the stairs after the bags. Nobody goes back for anything, not even me.',
    ],
    [
      'Me and the drill are ready. {drill} minutes on the door from {wStart}, out by {wEnd}, and I stop the second the window closes.',
      'Drill only, no keypad, {drill} minutes, inside the {window} window. She will open for us.',
      'My numbers stand: {drill} minutes at the door, {maxInside} minutes max inside. Let us go get her.',
    ],
  ],
}
