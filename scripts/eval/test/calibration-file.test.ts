import { pathToFileURL } from 'node:url'
import { CALIBRATION } from '@heist/detection/scoring'
import { describe, expect, it } from 'vitest'
import { CALIBRATION_FILE } from '../calibration-file.js'

describe('the calibration file', () => {
  it('is the module the detector reads its thresholds from', async () => {
    // Same module instance: `--write-calibration` rewrites what the service and the eval serve.
    const written = (await import(pathToFileURL(CALIBRATION_FILE).href)) as { CALIBRATION: unknown }
    expect(written.CALIBRATION).toBe(CALIBRATION)
  })
})
