/** Small DOM helpers. Text always goes through `textContent`: model text is never parsed as HTML. */
type Attrs = Record<string, string | number | boolean | undefined>

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Node | string | null | undefined)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue
    if (key === 'class') node.className = String(value)
    else node.setAttribute(key, value === true ? '' : String(value))
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(typeof child === 'string' ? document.createTextNode(child) : child)
  return node
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id)
  if (!node) throw new Error(`missing #${id}`)
  return node as T
}

export function setText(id: string, text: string): void {
  byId(id).textContent = text
}

/**
 * For a view that several requests may repaint (a list paged by the user and refreshed on a timer,
 * search results, the scoreboard): `begin()` at each request returns `isLatest`, true only while
 * no later request has begun. A reply that comes back after a newer request was made is dropped,
 * so the view shows what the user last asked for, whatever order the answers arrive in.
 */
export function latestOnly(): { begin(): () => boolean } {
  let newest = 0
  return {
    begin() {
      const mine = ++newest
      return () => mine === newest
    },
  }
}

/**
 * For a view painted both from replies and from pushed frames (a session's game, its detection
 * verdict): `begin()` when a request is sent, or when a frame arrives, returns `paint`, true
 * unless something begun later has painted already (and then it counts as painted). Unlike
 * {@link latestOnly}, an older reply still paints while the newer request is out; it only never
 * paints over a newer one (a session's detail asked before a guess must not undo the guess).
 */
export function newestWins(): { begin(): () => boolean } {
  let begun = 0
  let painted = 0
  return {
    begin() {
      const mine = ++begun
      return () => {
        if (mine < painted) return false
        painted = mine
        return true
      }
    },
  }
}

/** Runs `flush` once on the next animation frame however many times it is scheduled. */
export function frameBatcher(flush: () => void): () => void {
  let scheduled = false
  return () => {
    if (scheduled) return
    scheduled = true
    requestAnimationFrame(() => {
      scheduled = false
      flush()
    })
  }
}

/** Calls `fn` at most once per `ms`, trailing call included. */
export function throttle(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  let last = 0
  return () => {
    if (timer) return
    const wait = Math.max(0, last + ms - Date.now())
    timer = setTimeout(() => {
      timer = null
      last = Date.now()
      fn()
    }, wait)
  }
}

export const pct = (value: number | null | undefined) => (value === null || value === undefined ? '–' : `${Math.round(value * 100)}%`)

/**
 * Two shares side by side, with as many decimals as it takes to show which is larger: a top score of
 * 0.2851 against a threshold of 0.2878 read "29% (accuses above 29%)".
 */
export function pctApart(value: number, other: number): [string, string] {
  let digits = 0
  while (digits < 2 && value !== other && (value * 100).toFixed(digits) === (other * 100).toFixed(digits)) digits++
  return [`${(value * 100).toFixed(digits)}%`, `${(other * 100).toFixed(digits)}%`]
}
export const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })

/** Cuts a long name in the middle ("chief_in…ist_02"), keeping both ends, which tell similar names apart. */
export function middle(text: string, max: number): string {
  if (text.length <= max) return text
  const tail = Math.max(2, Math.floor((max - 1) / 3))
  return `${text.slice(0, max - 1 - tail)}…${text.slice(-tail)}`
}
