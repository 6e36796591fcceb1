/**
 * What a request leaves to the garbage collector, measured while wrk loads a server in this
 * process: bytes allocated on V8's heap per request (exact, not sampled: what the heap held before
 * each collection minus what it held after the one before, summed over V8's `GCProfiler` records),
 * collections and their time per request, and CPU per request. Bytes per request do not move with
 * the neighbours' load, unlike every µs figure, so a cut of garbage shows on a busy machine too.
 */
import { getHeapStatistics, GCProfiler, type GCProfilerResult, type HeapSpaceStatistics } from 'node:v8'
import { median, ownCpuS, wrk, type HttpLoad, type LoadFigures, type LoadOptions } from './wrk.js'

export interface GarbageFigures extends LoadFigures {
  requests: number
  /** V8 heap bytes allocated per request (objects, strings; not Buffers' external memory). */
  bytesPerRequest: number
  /** Young-generation collections (scavenges) per 1000 requests, and the rest (mark-sweeps, incremental marking). */
  scavengesPer1000: number
  majorPer1000: number
  /** Bytes a scavenge kept in the young generation (median) and moved to the old one (per request): what was still alive. */
  survivorBytes: number
  promotedPerRequest: number
  /** Time V8 reports spent in collections, µs per request (on the main thread; helper threads also scavenge in parallel). */
  gcUsPerRequest: number
  /** The server process's CPU per request (user + system, all threads). */
  cpuUsPerRequest: number
}

type GcRecord = GCProfilerResult['statistics'][number]

/** Bytes allocated between `startUsed` and `endUsed` given the collections in between. */
function allocatedBytes(startUsed: number, records: GcRecord[], endUsed: number): number {
  let allocated = 0
  let after = startUsed
  for (const record of records) {
    allocated += Math.max(0, record.beforeGC.heapStatistics.usedHeapSize - after)
    after = record.afterGC.heapStatistics.usedHeapSize
  }
  return allocated + Math.max(0, endUsed - after)
}

const spaceUsed = (spaces: HeapSpaceStatistics[], name: string) => spaces.find((s) => s.spaceName === name)?.spaceUsedSize ?? 0
const oldUsed = (side: GcRecord['beforeGC']) => side.heapStatistics.usedHeapSize - spaceUsed(side.heapSpaceStatistics, 'new_space')

/** Load `load` with wrk and report its garbage per request. */
export async function garbageUnderLoad(load: HttpLoad, options: LoadOptions): Promise<GarbageFigures> {
  const profiler = new GCProfiler()
  const startUsed = getHeapStatistics().used_heap_size
  const cpuBefore = ownCpuS()
  profiler.start()
  const figures = await wrk(load, options)
  const endUsed = getHeapStatistics().used_heap_size
  const cpuS = ownCpuS() - cpuBefore
  const records = profiler.stop().statistics
  const requests = figures.rps * Math.max(1, Math.round(options.durationS))
  const scavengeRecords = records.filter((r) => r.gcType === 'Scavenge')
  const scavenges = scavengeRecords.length
  return {
    ...figures,
    requests,
    bytesPerRequest: allocatedBytes(startUsed, records, endUsed) / requests,
    scavengesPer1000: (scavenges * 1000) / requests,
    majorPer1000: ((records.length - scavenges) * 1000) / requests,
    survivorBytes: scavenges === 0 ? 0 : median(scavengeRecords.map((r) => spaceUsed(r.afterGC.heapSpaceStatistics, 'new_space'))),
    promotedPerRequest: scavengeRecords.reduce((sum, r) => sum + oldUsed(r.afterGC) - oldUsed(r.beforeGC), 0) / requests,
    gcUsPerRequest: records.reduce((sum, r) => sum + r.cost, 0) / requests,
    cpuUsPerRequest: (cpuS * 1e6) / requests,
  }
}
