import { HeistError, type HeistApp } from '@heist/shared'
import { toJsonLines, toMarkdown, type ExportInput } from '../export.js'
import { SessionParams } from './schemas.js'

const tags = ['sessions']

/**
 * Downloads of one session: its public events as JSON lines and a Markdown transcript. Open like
 * the events they are made of; the game's secret appears only after the reveal (`game.state`).
 */
export function registerExportRoutes(app: HeistApp): void {
  const gather = (id: string): ExportInput => {
    const session = app.eventStore.get(id)
    if (!session) throw new HeistError('SESSION_NOT_FOUND', `no session "${id}"`, 404)
    return { session, events: app.eventStore.history(id, 0), game: app.game.state(id), detection: app.game.latestDetectionResult(id) }
  }
  const download = (name: string) => ({ 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' })

  app.get('/api/sessions/:id/export.jsonl', {
    schema: { tags, params: SessionParams, description: 'Every public event as one JSON object per line, then a `{"type":"game"}` line (mole only after the reveal).' },
  }, async (request, reply) => {
    const body = toJsonLines(gather(request.params.id))
    return reply.headers({ 'content-type': 'application/x-ndjson; charset=utf-8', ...download(`heist-${request.params.id}.jsonl`) }).send(body)
  })

  app.get('/api/sessions/:id/export.md', {
    schema: { tags, params: SessionParams, description: 'A readable Markdown transcript: team, messages, tool calls, orders, the game (mole only after the reveal).' },
  }, async (request, reply) => {
    const body = toMarkdown(gather(request.params.id))
    return reply.headers({ 'content-type': 'text/markdown; charset=utf-8', ...download(`heist-${request.params.id}.md`) }).send(body)
  })
}
