import { setTimeout as delay } from 'node:timers/promises'
import { createServiceApp } from '@heist/shared'
import type { FastifyInstance } from 'fastify'
import type { LlmSimEnv } from './env.js'
import { useOpenAiErrors } from './openai-errors.js'
import { chatRoutes, type ChatDeps } from './routes/chat.js'
import { modelRoutes } from './routes/models.js'

export interface LlmSimDeps {
  now?: ChatDeps['now']
  sleep?: ChatDeps['sleep']
}

export interface BuildOptions {
  config: Pick<LlmSimEnv, 'LLM_SIM_TOKENS_PER_S'> & Partial<Pick<LlmSimEnv, 'LOG_LEVEL'>>
  deps?: LlmSimDeps
}

/** The simulated model's HTTP app: OpenAI-compatible routes under `/v1`. Never listens. */
export async function buildApp({ config, deps = {} }: BuildOptions) {
  // Prompts with a long conversation and tool results can be large; 4 MB matches real servers' leniency.
  const app = await createServiceApp({ name: 'llm-sim', logLevel: config.LOG_LEVEL ?? 'info', hosts: config, bodyLimit: 4 * 1024 * 1024 })
  const chatDeps: ChatDeps = {
    tokensPerSecond: config.LLM_SIM_TOKENS_PER_S,
    now: deps.now ?? (() => Math.floor(Date.now() / 1000)),
    sleep: deps.sleep ?? ((ms) => delay(ms)),
  }
  await app.register(async (v1: FastifyInstance) => {
    useOpenAiErrors(v1)
    modelRoutes(v1)
    chatRoutes(v1, chatDeps)
  }, { prefix: '/v1' })
  return app
}
