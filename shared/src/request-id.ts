import { randomFillSync } from 'node:crypto'

/** Ids made from one fill of the random pool (16 bytes each), as Node's own `randomUUID` batches its entropy. */
const BATCH = 128
const ID_LENGTH = 36
const pool = Buffer.allocUnsafeSlow(16 * BATCH)
/** A batch's ids written side by side as ASCII, then read as one string that each id is a slice of. */
const text = Buffer.allocUnsafeSlow(ID_LENGTH * BATCH)
let batch = ''
let used = BATCH
/** The two lower-case hex digits of each byte value, as ASCII codes: HEX[2b], HEX[2b + 1]. */
const HEX = Uint8Array.from({ length: 512 }, (_, i) => '0123456789abcdef'.charCodeAt(i % 2 === 0 ? (i >> 1) >> 4 : (i >> 1) & 15))
/** Where each of the 16 bytes goes among the 36 characters (a dash at 8, 13, 18 and 23). */
const AT = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34]

/** Fill the pool from the CSPRNG and write its 128 ids into {@link batch}. */
function refill(): void {
  randomFillSync(pool)
  for (let id = 0; id < BATCH; id++) {
    const from = id * 16
    const to = id * ID_LENGTH
    text[to + 8] = text[to + 13] = text[to + 18] = text[to + 23] = 0x2d
    for (let i = 0; i < 16; i++) {
      let byte = pool[from + i]!
      if (i === 6) byte = (byte & 0x0f) | 0x40 // version 4
      else if (i === 8) byte = (byte & 0x3f) | 0x80 // RFC 9562 variant
      const at = to + AT[i]!
      text[at] = HEX[byte * 2]!
      text[at + 1] = HEX[byte * 2 + 1]!
    }
  }
  batch = text.toString('latin1')
  used = 0
}

/**
 * A random UUID (version 4, RFC 9562): the same format and the same 122 bits from the system's
 * CSPRNG as `crypto.randomUUID()`. `randomUUID` joins 20 pieces with `+` (a rope of 20 strings
 * and ~600 bytes of garbage per request, then a copy when Node checks the header). Here the 128
 * ids of one fill of the pool are written as one string, once, and each request's id is a slice
 * of it (36 characters, no copy): per request a slice, not a loop over 16 bytes and a call into
 * C++ to read a buffer as a string (issue 16). Every reply carries its request id
 * (`x-request-id`), so it is made once per request.
 */
export function randomRequestId(): string {
  if (used === BATCH) refill()
  const start = used++ * ID_LENGTH
  return batch.slice(start, start + ID_LENGTH)
}
