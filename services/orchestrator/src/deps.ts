import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { createTokenSource, resourceUri, type SessionEvent } from '@heist/shared'
import { DashboardLink } from './adapters/dashboard-link.js'
import { createEventLog } from './adapters/event-log.js'
import { createHttpMemory } from './adapters/http-memory.js'
import { createHttpTools } from './adapters/http-tools.js'
import { logFieldRefusals } from '@heist/shared/chat-field-refusals'
import { createOpenAiModel } from './adapters/openai-model.js'
import type { TeamConfig } from './engine/index.js'
import { MODEL_PROBE } from './engine/model-watch.js'
import { modelGameFor, modelSeedFor } from './model-seed.js'
import { toolResources, type OrchestratorEnv } from './env.js'
import { idleCollection } from './idle-gc.js'
import { SessionManager } from './sessions.js'

/**
 * Wire the engine to the fleet: per-agent tokens and tools, the memory service, the model,
 * the jsonl audit log and the dashboard socket (started by the caller with `link.start(logger)`).
 */
export function createDeps(config: OrchestratorEnv, team: TeamConfig, secrets: Record<string, string>) {
  // One token per service it calls, each minted for that service alone (RFC 8707).
  const ownTokenFor = (service: string) => createTokenSource({
    tokenUrl: `${config.HEIST_OAUTH_URL}/oauth/token`, clientId: 'orchestrator', clientSecret: config.HEIST_SECRET_ORCHESTRATOR, resource: resourceUri(service, config),
  })
  const log = createEventLog(join(config.HEIST_DATA_DIR, 'orchestrator', 'sessions'))
  let link: DashboardLink | null = null
  const publish = (event: SessionEvent) => {
    log.append(event)
    link?.publish(event)
  }
  // Both transports share discovery and per-agent, per-service tokens; each session picks one (heist.yaml `tools.transport`).
  const memoryToken = ownTokenFor('memory')
  const toolOptions = { oauthUrl: config.HEIST_OAUTH_URL, secrets, toolResources: toolResources(config) }
  const restTools = createHttpTools(toolOptions)
  const mcpTools = createHttpTools({ ...toolOptions, transport: 'mcp' })
  const sessions = new SessionManager({
    configDir: config.HEIST_CONFIG_DIR,
    team,
    defaultProfile: config.HEIST_PROFILE,
    agentsWithSecrets: new Set(Object.keys(secrets)),
    makeModel: (t, warn) => createOpenAiModel({
      baseUrl: config.LLM_BASE_URL, model: config.LLM_MODEL, apiKey: config.LLM_API_KEY, timeoutMs: t.heist.model.timeout_ms, retries: t.heist.model.retries,
      ...(warn ? { onFieldRefused: logFieldRefusals({ warn }, 'this session') } : {}),
    }),
    tools: (t) => (t.heist.tools.transport === 'mcp' ? mcpTools : restTools),
    // heist.yaml is the memory service's one source of settings: each session sends its own (profiles differ).
    memory: (t) => createHttpMemory({ memoryUrl: config.HEIST_MEMORY_URL, token: memoryToken, settings: t.heist.memory }),
    publish,
    log,
    relay: (event) => link?.publish(event),
    turnDelayMs: config.HEIST_TURN_DELAY_MS,
    // Never the game seed itself: the transcript would let anyone find it, and the mole with it.
    // A key of its own, not the OAuth client secret: one secret, one use.
    modelSeed: modelSeedFor(config.HEIST_MODEL_SEED_KEY),
    // One name for the game in every request of it, so the model keeps what a game keeps (llm-sim's liar its lies).
    modelGame: modelGameFor(config.HEIST_MODEL_SEED_KEY),
    modelProbe: { ...MODEL_PROBE, capMs: config.HEIST_MODEL_PROBE_MAX_MS },
    onIdle: () => collectWhenIdle(),
  })
  const collectWhenIdle = idleCollection(() => sessions.idle)
  if (config.HEIST_DASHBOARD_LINK) {
    const own = ownTokenFor('dashboard')
    link = new DashboardLink({
      url: `${config.HEIST_DASHBOARD_URL.replace(/^http/, 'ws')}/ws/orchestrator`,
      token: () => own.get(),
      instance: `orchestrator-${randomBytes(4).toString('hex')}`,
      onCommand: (command) => sessions.execute(command),
      statusOf: (id) => sessions.status(id),
      onSync: (id, afterSeq) => sessions.resend(id, afterSeq),
    })
  }
  // The service kit closes every dep with a `close()` after the app (sessions suspended first), last built first:
  // the MCP clients end their sessions on the tool servers instead of leaving them to expire.
  return { sessions, link, log, restTools, mcpTools }
}
