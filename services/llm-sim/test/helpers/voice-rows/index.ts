/** Every added voice's row (d onwards); a new voice adds its file beside these and a line here. */
import { VOICE_IDS, VOICE_MODELS, type VoiceId } from '../../../src/model/index.js'
import { ROW_D } from './d.js'
import { ROW_E } from './e.js'
import { ROW_F } from './f.js'
import { ROW_G } from './g.js'
import { ROW_H } from './h.js'
import { ROW_I } from './i.js'
import { ROW_J } from './j.js'
import { ROW_K } from './k.js'
import { ROW_L } from './l.js'
import { ROW_M } from './m.js'
import { ROW_N } from './n.js'
import { ROW_O } from './o.js'
import { ROW_P } from './p.js'
import { ROW_Q } from './q.js'
import { ROW_R } from './r.js'
import { ROW_S } from './s.js'
import { ROW_T } from './t.js'
import { ROW_U } from './u.js'
import type { VoiceRow } from './row.js'

export type { VoiceRow } from './row.js'

export const ROWS: readonly VoiceRow[] = [ROW_D, ROW_E, ROW_F, ROW_G, ROW_H, ROW_I, ROW_K, ROW_J, ROW_L, ROW_M, ROW_N, ROW_O, ROW_P, ROW_Q, ROW_R, ROW_S, ROW_T, ROW_U]

/** The model name of a voice id. */
export const modelOf = (id: VoiceId) => VOICE_MODELS[VOICE_IDS.indexOf(id)]!

/** A message that is only a tool call, for the voices before the table (a never writes one; b and c in Hermes, fenced JSON or Python). */
export const EARLY_CALL = (t: string) => /<tool_call>|```json|\b(calculator|read_file|query_db) ?\(/.test(t)
