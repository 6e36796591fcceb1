import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import {
  AgentsFile, DetectionResult, createHttpClient, ProfileName, createTokenSource, loadYamlFiles, resourceUri, resourceVerifier,
} from '@heist/shared'
import { ensureUiBuilt, UI_DIST_DIR } from '@heist/dashboard-ui/build'
import type { DashboardDeps } from './app.js'
import { openDb } from './db.js'
import type { DashboardEnv } from './env.js'

/** Real dependencies from the environment: SQLite file, JWKS verifier, detection client, the built page. */
export async function createDeps(config: Readonly<DashboardEnv>): Promise<DashboardDeps> {
  const oauthUrl = config.HEIST_OAUTH_URL
  const tokens = createTokenSource({
    tokenUrl: `${oauthUrl}/oauth/token`, clientId: 'dashboard', clientSecret: config.HEIST_SECRET_DASHBOARD, resource: resourceUri('detection', config),
  })
  const detection = createHttpClient({ service: 'detection', baseUrl: config.HEIST_DETECTION_URL, token: () => tokens.get(), timeoutMs: 120_000 })
  return {
    db: openDb(join(config.HEIST_DATA_DIR, 'dashboard', 'dashboard.db')),
    verify: resourceVerifier({ env: config, resource: resourceUri('dashboard', config) }),
    agents: loadYamlFiles(AgentsFile, [join(config.HEIST_CONFIG_DIR, 'agents.yaml')]).agents,
    profiles: listProfiles(join(config.HEIST_CONFIG_DIR, 'profiles')),
    detect: (sessionId) => detection.request({ method: 'POST', path: '/detect', body: { session_id: sessionId }, schema: DetectionResult }),
    uiDir: config.HEIST_DASHBOARD_BUILD === 'auto' ? await ensureUiBuilt() : UI_DIST_DIR,
  }
}

/** Profile folders the orchestrator can overlay (it validates them when a session starts). */
function listProfiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && ProfileName.safeParse(e.name).success).map((e) => e.name).sort()
}
