import type { HeistApp } from '@heist/shared'
import { describeDetector } from '../info.js'
import type { DetectionWeights } from '../scoring/index.js'

export async function infoRoutes(app: HeistApp, options: { weights: DetectionWeights; model: { name: string; configured: boolean } }): Promise<void> {
  const info = describeDetector(options.weights, options.model)
  app.get('/info', async () => info)
}
