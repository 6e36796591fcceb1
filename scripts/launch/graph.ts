import type { FleetService } from '@heist/shared/fleet'

/**
 * The services to run for `only` (all when empty), with every dependency they need added (unless
 * `exactly`: then `only` alone, and a dependency left out is not waited for), grouped in start
 * waves: a wave depends only on earlier waves, so its members start in parallel.
 */
export function startWaves(fleet: readonly FleetService[], only: readonly string[] = [], exactly = false): FleetService[][] {
  const byName = new Map(fleet.map((s) => [s.name, s]))
  for (const name of only) if (!byName.has(name)) throw new Error(`unknown service "${name}" (known: ${[...byName.keys()].join(', ')})`)
  const wanted = new Set<string>()
  const visit = (name: string) => {
    if (wanted.has(name)) return
    wanted.add(name)
    if (!exactly) for (const dep of byName.get(name)?.dependsOn ?? []) visit(dep)
  }
  for (const name of only.length ? only : [...byName.keys()]) visit(name)

  const waves: FleetService[][] = []
  const placed = new Set<string>()
  while (placed.size < wanted.size) {
    const wave = fleet.filter((s) => wanted.has(s.name) && !placed.has(s.name) && s.dependsOn.every((d) => placed.has(d) || !wanted.has(d)))
    if (wave.length === 0) throw new Error(`dependency cycle among ${[...wanted].filter((n) => !placed.has(n)).join(', ')}`)
    for (const s of wave) placed.add(s.name)
    waves.push(wave)
  }
  return waves
}
