/**
 * A CPU profile of the token endpoint under load: the real oauth app (in-memory key, the test
 * team) answers the request of auth-stack's "token issuance" row (client_secret_basic, one scope,
 * an RFC 8707 resource) from wrk, and V8's profile is recorded only while the load runs.
 *
 *   node --conditions=heist-source --import tsx bench/support/profile-oauth.ts [seconds] [out.cpuprofile] [EdDSA|ES256]
 *   node bench/support/profile-summary.mjs out.cpuprofile
 */
import { resourceUri } from '@heist/shared'
import { basic, makeApp } from '../../services/oauth/test/helpers.js'
import { generateSigningKey, SIGNING_ALGS } from '../../services/oauth/src/signing-key.js'
import { profileUnderLoad } from './profile-load.js'
import { requireWrk } from './wrk.js'

requireWrk()
const seconds = Number(process.argv[2] ?? 5)
const out = process.argv[3] ?? 'oauth-token.cpuprofile'
const alg = SIGNING_ALGS.find((a) => a === (process.argv[4] ?? 'EdDSA'))
if (!alg) throw new Error(`the algorithm must be one of ${SIGNING_ALGS.join(', ')}`)
const { app, config } = await makeApp({ env: { LOG_LEVEL: 'warn' }, key: await generateSigningKey(alg) })
const url = await app.listen({ host: '127.0.0.1', port: 0 })
const body = new URLSearchParams({ grant_type: 'client_credentials', scope: 'calculator:use', resource: resourceUri('calculator', config) }).toString()
const load = { name: 'token', url: `${url}/oauth/token`, method: 'POST' as const, headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic('safecracker') }, body }
const figures = await profileUnderLoad(load, seconds, out)
const cpuUs = (figures.serverCpu * 1e6) / figures.rps
console.log(`token (${alg}): ${figures.rps.toFixed(0)} req/s, ${figures.non2xx} non-2xx, client CPU ${figures.clientCpu.toFixed(2)}, server CPU ${figures.serverCpu.toFixed(2)} (${cpuUs.toFixed(0)} µs/request, profiler included); profile in ${out}`)
await app.close()
