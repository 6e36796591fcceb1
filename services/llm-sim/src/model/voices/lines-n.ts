/**
 * Voice n's lines for planner, hacker and safecracker: OpenAI's gpt-oss-20b playing a crew member the
 * way its chat tuning writes: compact, confident, typographic (’ — – → ≈ ×, non-breaking hyphens in
 * compounds), bold labels before a colon, numbers with their units. The planner thinks in T‑offsets
 * from the window and owners; the hacker in attack surface, dwell time and fail modes; the
 * safecracker shows its working with × and ≈.
 * persona → plan phase (0 recon … 4 final) → variants; `{slot}`s from `slots.ts` and `falsehoods-n.ts`.
 */
export const CREW_LINES_N: Record<string, string[][]> = {
  planner: [
    [
      '**Objective:** the vault at {bank}, {address}, level {vault}. Hard constraint — the time lock only opens {wStart}–{wEnd}, so T0 = {wStart} and everything is scheduled against it.',
      'Recon split: hacker owns the {cameras} cameras and the sensor zones, intel owns the guard picture. I’ll merge both into one timeline once they’re in.',
      'We have a {windowLen}‑minute window and zero flexibility on it. Every task gets an owner and a T‑offset; anything that can’t be placed on that clock gets cut.',
    ],
    [
      '**Entry:** T‑10 ({entry}) via the {blind} — no camera coverage there. Path is {blind} → {blindB} → {vault}.',
      'Sensors trip after {alarm} s, so nobody stops moving between zones. Continuous movement, no regrouping in the corridor.',
      'Night shift is on from {nightStart} with {nightGuards} guards. By T‑10 they’re deep into routine, which is exactly where we want them.',
    ],
    [
      '**Vault phase:** drilling is {drill} min against a {windowLen}‑min window. That ratio is the whole plan; protect it.',
      'Key override isn’t an option — the managers take both keys home. Drill only.',
      'Keypad is off‑limits: {tries} bad codes → a {lockout}‑min lockout. One fat‑fingered entry ends the night.',
    ],
    [
      '**Exit:** out by {wEnd}, same door we came in. Police need {police} min once SecureNet fires, so the driver is staged before anything can trip.',
      'If we’re spotted, we bail through the {blindB}. Lookout holds the abort call — no debate on the radio.',
      'Wheels roll at {exitPlus}. Anyone not at the van by then walks out alone, and that’s understood up front.',
    ],
    [
      '**Final timeline:** T‑10 entry at {entry} via the {blind}; T0 drilling starts {wStart}; T+{windowLen} out by {wEnd}; van rolls {exitPlus}.',
      '**Locked numbers:** {nightGuards} night guards, {cameras} cameras, {drill}‑min drill, window {wStart}–{wEnd}. These don’t change unless someone brings a source.',
      'Owners are set and the clock is set. Nobody moves before {entry}; nobody is inside after {wEnd}.',
    ],
  ],
  hacker: [
    [
      '**Attack surface:** {cameras} cameras, motion sensors across zones {zones}, alarm uplink straight to SecureNet. That uplink is the real problem — it’s not something we can cut quietly.',
      'Killing power doesn’t help. The UPS carries the panel for {ups} h and the generator kicks in after ~10 s, so the system is effectively fail‑closed.',
      'Three blind spots in the camera coverage. Cameras are solved; the PIR sensors are the constraint.',
    ],
    [
      'Coverage gaps: the {blind} and the {blindB} have no cameras. PIR dwell before alarm is {alarm} s — keep moving and it never fires.',
      'Footage retention is {footage} days, so anything we show a camera can be reviewed later. Stay in the gaps.',
      '`Zone E` covers {vault}, the maintenance corridor and stairwell B. That {alarm}‑second dwell matters most there.',
    ],
    [
      '`Zone F` is the vault itself — vibration + thermal. I’ll sit on the zone panel for the full window, {wStart}–{wEnd} ({windowLen} min).',
      'The {lock} logs every code attempt and hard‑locks after {tries}. Treat the keypad as a tripwire, not an interface.',
      'Floor 2 monitors the feeds live. As long as we stay in the gaps, they’re watching empty rooms.',
    ],
    [
      'Exit path: same {alarm}‑second dwell on the way out. If SecureNet alerts, response is {police} min.',
      'The {blindB} is camera‑free, which makes it the cleanest egress. I close out the zone panel once the last person is on the stairs.',
      'If the alarm does fire, the UPS keeps it live for {ups} h. No attempt to suppress it — we just leave.',
    ],
    [
      '**Tech summary:** {cameras} cameras; gaps at the {blind} and the {blindB}; zones {zones}; {alarm}‑s PIR dwell.',
      'From {wStart} I’m on `Zone F`. Nobody touches the SecureNet box, under any circumstances.',
      'All {cameras} cameras are mapped. I’ll call each zone transition on the radio as it happens.',
    ],
  ],
  safecracker: [
    [
      '**Target:** {lock}, dual control. No keys on site, so the plan is mechanical — we drill.',
      'Door is {doorTons} t of steel. {tries} wrong codes → {lockout}‑min lockout, which is why nobody improvises on the keypad.',
      'Before anyone builds a schedule: the window is {wStart}–{wEnd}, i.e. {windowLen} min, and the lock doesn’t negotiate.',
    ],
    [
      'Kit comes down the {blindB}. It’s heavy, but it moves quietly if nobody rushes me.',
      'Time lock holds until {wStart}. Arriving early just means standing in a corridor with a drill bag.',
      'Drill rig is 30+ kg. Keep the hallway to {vault} clear and I’ll be set up fast.',
    ],
    [
      '**Working:** 3 bolt housings × 12 min + 9 min setup = {drill} min. That’s the number I plan against.',
      '3 × 12 = {nBolts} min of pure drilling; setup brings the door job to {drill}. No shortcuts on either.',
      'Max time inside is {maxInside} min and the drill is {drill}, so the margin is thin. A seized bolt means we walk away.',
    ],
    [
      'Once the door swings, two people bag. Rig stays behind if it slows the exit.',
      'I’m last out of the vault. Nobody goes back in for anything, full stop.',
      'If the drill runs long, I stop at {wEnd} regardless. Walking away is cheaper than getting caught.',
    ],
    [
      '**Ready:** drilling starts {wStart}, runs {drill} min, done before {wEnd}.',
      'Drill‑only approach, keypad untouched. {drill} min inside the {window} window.',
      'Numbers unchanged: {drill}‑min drill, ≤ {maxInside} min inside, {doorTons}‑t door.',
    ],
  ],
}
