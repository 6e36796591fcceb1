import type { Evaluation } from './evaluate.js'

/**
 * The least a working detector shows, held out, even on a small run: chance is top-1 1/6 and
 * AUROC 0.5, and the detector measured well above both on every run so far. A detector that
 * answers at random, or a harness that mixes up games and truths, falls below.
 */
export const FLOOR = { top1: 0.3, auroc: 0.6 } as const

/** What is wrong with the hybrid detector's held-out figures, if anything (empty: it works). */
export function detectorProblems(evaluation: Evaluation): string[] {
  const { top1, auroc } = evaluation.held_out.hybrid.overall
  const problems: string[] = []
  if (!(top1.value >= FLOOR.top1)) problems.push(`held-out hybrid top-1 ${(100 * top1.value).toFixed(1)} % is below ${100 * FLOOR.top1} % (chance 16.7 %)`)
  if (!(auroc.value >= FLOOR.auroc)) problems.push(`held-out hybrid AUROC ${auroc.value.toFixed(3)} is below ${FLOOR.auroc} (chance 0.5)`)
  return problems
}
