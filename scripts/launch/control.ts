import { existsSync, unlinkSync } from 'node:fs'
import { createConnection, createServer, type Server } from 'node:net'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

/** What a running launcher answers to a control command. */
export interface ControlReply {
  ok: boolean
  message: string
}

/** The launcher's control socket: one per data directory, so one per fleet. */
export function controlPath(dataDir: string): string {
  return join(dataDir, 'launcher.sock')
}

/** Send one command line (`restart memory`) to the launcher of `dataDir` and read its answer. */
export function sendControl(path: string, line: string, timeoutMs = 90_000): Promise<ControlReply> {
  return new Promise((resolve) => {
    const socket = createConnection(path)
    const timer = setTimeout(() => done({ ok: false, message: `no answer from the launcher within ${timeoutMs / 1000} s` }), timeoutMs)
    let settled = false
    const done = (reply: ControlReply) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      resolve(reply)
    }
    socket.once('error', () => done({ ok: false, message: `no launcher is running with this data directory (${path})` }))
    socket.once('connect', () => socket.write(`${line}\n`))
    const lines = createInterface({ input: socket })
    // readline passes the socket's errors on as its own: without a listener, "no launcher" (ENOENT)
    // was an unhandled 'error' event and a stack trace. The socket's listener above answers them.
    lines.on('error', () => {})
    lines.once('line', (text) => {
      try {
        const reply = JSON.parse(text) as ControlReply
        done({ ok: reply.ok === true, message: String(reply.message) })
      } catch {
        done({ ok: false, message: `unreadable answer from the launcher: ${text.slice(0, 200)}` })
      }
    })
  })
}

/**
 * Listen on the control socket. A socket file left by a launcher that was killed is replaced;
 * one that still answers means another launcher runs this data directory, and is refused.
 */
export async function serveControl(path: string, handle: (words: string[]) => Promise<ControlReply>): Promise<Server> {
  if (existsSync(path)) {
    const alive = await new Promise<boolean>((resolve) => {
      const probe = createConnection(path)
      probe.once('connect', () => { probe.destroy(); resolve(true) })
      probe.once('error', () => resolve(false))
    })
    if (alive) throw new Error(`another launcher is running with this data directory (${path})`)
    unlinkSync(path)
  }
  const server = createServer((socket) => {
    // The asking `pnpm start --status` went away before its answer: nobody is left to tell.
    socket.on('error', () => socket.destroy())
    createInterface({ input: socket }).once('line', (line) => {
      handle(line.trim().split(/\s+/).filter(Boolean)).then(
        (reply) => socket.end(`${JSON.stringify(reply)}\n`),
        (error: unknown) => socket.end(`${JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) })}\n`),
      )
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(path, () => resolve())
  })
  // The launcher never waits on its control socket to exit.
  server.unref()
  return server
}
