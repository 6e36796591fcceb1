import { randomFillSync } from 'node:crypto'

/** Ids made from one fill of the random pool (16 bytes each), as Node's own `randomUUID` batches its entropy. */
const BATCH = 128
const pool = Buffer.allocUnsafeSlow(16 * BATCH)
let used = BATCH
/** The id's 36 ASCII characters are written here, then read as one string. */
const text = Buffer.allocUnsafeSlow(36)
/** The two lower-case hex digits of each byte value, as ASCII codes: HEX[2b], HEX[2b + 1]. */
const HEX = Uint8Array.from({ length: 512 }, (_, i) => '0123456789abcdef'.charCodeAt(i % 2 === 0 ? (i >> 1) >> 4 : (i >> 1) & 15))
/** Where each of the 16 bytes goes among the 36 characters (a dash at 8, 13, 18 and 23). */
const AT = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34]
text[8] = text[13] = text[18] = text[23] = 0x2d

/**
 * A random UUID (version 4, RFC 9562): the same format and the same 122 bits from the system's
 * CSPRNG as `crypto.randomUUID()`, written into a buffer and read as one string. `randomUUID`
 * joins 20 pieces with `+` (a rope of 20 strings and ~600 bytes of garbage per request, then a
 * copy when Node checks the header); this is one string of 36 characters. Every reply carries
 * its request id (`x-request-id`), so it is made once per request (issue 16).
 */
export function randomRequestId(): string {
  if (used === BATCH) {
    randomFillSync(pool)
    used = 0
  }
  const start = used++ * 16
  for (let i = 0; i < 16; i++) {
    let byte = pool[start + i]!
    if (i === 6) byte = (byte & 0x0f) | 0x40 // version 4
    else if (i === 8) byte = (byte & 0x3f) | 0x80 // RFC 9562 variant
    const at = AT[i]!
    text[at] = HEX[byte * 2]!
    text[at + 1] = HEX[byte * 2 + 1]!
  }
  return text.toString('latin1', 0, 36)
}
