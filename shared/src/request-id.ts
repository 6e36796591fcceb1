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
/** Where each byte of the pool goes in the batch's text: one table lookup per byte, no branch. */
const POSITION = Uint16Array.from({ length: 16 * BATCH }, (_, k) => ((k >> 4) * ID_LENGTH) + AT[k & 15]!)
for (let id = 0; id < BATCH; id++) for (const dash of [8, 13, 18, 23]) text[id * ID_LENGTH + dash] = 0x2d

/** Fill the pool from the CSPRNG and write its 128 ids into {@link batch}. */
function refill(): void {
  randomFillSync(pool)
  for (let from = 0; from < pool.length; from += 16) {
    pool[from + 6] = (pool[from + 6]! & 0x0f) | 0x40 // version 4
    pool[from + 8] = (pool[from + 8]! & 0x3f) | 0x80 // RFC 9562 variant
  }
  for (let k = 0; k < pool.length; k++) {
    const byte = pool[k]! * 2
    const at = POSITION[k]!
    text[at] = HEX[byte]!
    text[at + 1] = HEX[byte + 1]!
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
