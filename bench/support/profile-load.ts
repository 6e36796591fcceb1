/**
 * The shared part of the profile scripts: one warm-up request, then V8's CPU profile recorded only
 * while wrk loads the server in this process, so start-up (module loading, compiling, the first
 * token verification) stays out of it.
 */
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { wrk, type HttpLoad, type LoadFigures } from './wrk.js'

/** Loads `load` for `seconds` with wrk (C connections, 32 by default) and writes the profile to `out`. */
export async function profileUnderLoad(load: HttpLoad, seconds: number, out: string): Promise<LoadFigures> {
  // One request first: 32 connections opening at once would otherwise each verify a new token
  // before the first lands in the cache, and that start-up would show in the profile.
  const warm = await fetch(load.url, { method: load.method, headers: load.headers, ...(load.body !== undefined ? { body: load.body.replace('"ID"', '"warm-up"') } : {}) })
  if (!warm.ok) throw new Error(`${load.name}: warm-up answered ${warm.status}: ${await warm.text()}`)
  await warm.text()
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  const figures = await wrk(load, { durationS: seconds, connections: Number(process.env.C ?? 32) })
  const { profile } = await session.post('Profiler.stop')
  writeFileSync(out, JSON.stringify(profile))
  session.disconnect()
  return figures
}
