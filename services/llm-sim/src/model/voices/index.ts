import { voiceIdOf, type Voice, type VoiceId } from '../voice.js'
import { VOICE_A } from './voice-a.js'
import { VOICE_B } from './voice-b.js'
import { VOICE_C } from './voice-c.js'
import { VOICE_D } from './voice-d.js'
import { VOICE_E } from './voice-e.js'
import { VOICE_F } from './voice-f.js'
import { VOICE_G } from './voice-g.js'
import { VOICE_H } from './voice-h.js'
import { VOICE_I } from './voice-i.js'
import { VOICE_J } from './voice-j.js'
import { VOICE_K } from './voice-k.js'
import { VOICE_L } from './voice-l.js'
import { VOICE_M } from './voice-m.js'
import { VOICE_N } from './voice-n.js'
import { VOICE_O } from './voice-o.js'
import { VOICE_P } from './voice-p.js'
import { VOICE_Q } from './voice-q.js'
import { VOICE_R } from './voice-r.js'
import { VOICE_S } from './voice-s.js'
import { VOICE_T } from './voice-t.js'
import { VOICE_U } from './voice-u.js'

export const VOICES: Readonly<Record<VoiceId, Voice>> = { a: VOICE_A, b: VOICE_B, c: VOICE_C, d: VOICE_D, e: VOICE_E, f: VOICE_F, g: VOICE_G, h: VOICE_H, i: VOICE_I, j: VOICE_J, k: VOICE_K, l: VOICE_L, m: VOICE_M, n: VOICE_N, o: VOICE_O, p: VOICE_P, q: VOICE_Q, r: VOICE_R, s: VOICE_S, t: VOICE_T, u: VOICE_U }

/** The voice a model name asks for (`heist-sim-b` → b, anything else → a). */
export function voiceFor(model: string): Voice {
  return VOICES[voiceIdOf(model)]
}
