import { get } from 'node:http'

/**
 * `GET url` over node:http: status and body text, or null when nothing answers in `timeoutMs`.
 * Not fetch(): the launcher's only HTTP calls are these health and link checks, and its first
 * fetch() loads undici (~0.1 s of CPU at a load of 20) while the services it waits for need the cores.
 */
export function httpGet(url: string, timeoutMs: number): Promise<{ status: number; body: string } | null> {
  return new Promise((resolve) => {
    const request = get(url, { timeout: timeoutMs }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      response.on('error', () => resolve(null))
    })
    request.on('timeout', () => request.destroy())
    request.on('error', () => resolve(null))
  })
}
