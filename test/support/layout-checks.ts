import type { Page } from 'playwright-core'

/** The four sizes the dashboard must hold at. */
export const VIEWPORTS = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1440x900', width: 1440, height: 900 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '390x844', width: 390, height: 844, isMobile: true },
] as const

/** Narrowest an input may be and still show what it holds (text fields, number fields, selects). */
const MIN_WIDTH = { text: 150, number: 70, select: 90 }

/**
 * Layout problems on the page as it is scrolled now, in words a failure message can show:
 * sideways scrolling, any element that sticks out of its panel (or out of the scrolling box it
 * sits in), a scroll box inside a panel that scrolls sideways, panels that overlap each other,
 * the header covering a panel, and inputs too narrow to read.
 */
export function layoutProblems(page: Page, options: { headerMayCover: boolean }): Promise<string[]> {
  return page.evaluate(({ min, headerMayCover }) => {
    const problems: string[] = []
    const name = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`
    // checkVisibility also skips what a closed <details> hides, which still has a box.
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect()
      return r.width > 0 && r.height > 0 && e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })
    }
    const doc = document.documentElement
    if (doc.scrollWidth > window.innerWidth + 1) problems.push(`page scrolls sideways: ${doc.scrollWidth} > ${window.innerWidth}`)
    const panels = [...document.querySelectorAll('.panel')].filter(visible)
    for (const panel of panels) {
      for (const e of panel.querySelectorAll('*')) {
        if (!visible(e)) continue
        const r = e.getBoundingClientRect()
        // The box an element must stay inside: the nearest ancestor that clips it, else the panel.
        // Content of a box that scrolls vertically is meant to lie above or below it.
        let clipX: Element = panel
        let clipY: Element | null = panel
        for (let a = e.parentElement; a && a !== panel; a = a.parentElement) {
          const style = getComputedStyle(a)
          if (clipX === panel && style.overflowX !== 'visible') clipX = a
          if (clipY === panel && style.overflowY !== 'visible') clipY = style.overflowY === 'hidden' || style.overflowY === 'clip' ? a : null
        }
        const bx = clipX.getBoundingClientRect()
        if (r.left < bx.left - 1 || r.right > bx.right + 1) problems.push(`${name(e)} sticks out of ${name(clipX)} sideways (${Math.round(r.left)}–${Math.round(r.right)} vs ${Math.round(bx.left)}–${Math.round(bx.right)})`)
        const by = clipY?.getBoundingClientRect()
        if (clipY && by && (r.top < by.top - 1 || r.bottom > by.bottom + 1)) problems.push(`${name(e)} sticks out of ${name(clipY)} vertically (${Math.round(r.top)}–${Math.round(r.bottom)} vs ${Math.round(by.top)}–${Math.round(by.bottom)})`)
        const style = getComputedStyle(e)
        if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1) problems.push(`${name(e)} scrolls sideways (${e.scrollWidth} > ${e.clientWidth})`)
      }
      if (panel.scrollWidth > panel.clientWidth + 1) problems.push(`${name(panel)} overflows sideways (${panel.scrollWidth} > ${panel.clientWidth})`)
    }
    const rects = panels.map((p) => ({ p, r: p.getBoundingClientRect() }))
    for (const [i, a] of rects.entries()) {
      for (const b of rects.slice(i + 1)) {
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left)
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top)
        if (w > 0.5 && h > 0.5) problems.push(`${name(a.p)} and ${name(b.p)} overlap (${Math.round(w)}×${Math.round(h)} px)`)
      }
    }
    const header = document.querySelector('.topbar')
    if (header && !headerMayCover) {
      const h = header.getBoundingClientRect()
      for (const { p, r } of rects) if (r.top < h.bottom - 0.5 && r.bottom > h.top && r.right > h.left && r.left < h.right) problems.push(`the header covers ${name(p)}`)
    }
    for (const input of document.querySelectorAll('input, select')) {
      if (!visible(input)) continue
      const kind = input.tagName === 'SELECT' ? 'select' : (input as HTMLInputElement).type === 'number' ? 'number' : 'text'
      const width = input.getBoundingClientRect().width
      if (width < min[kind]) problems.push(`${name(input)} is ${Math.round(width)} px wide (< ${min[kind]})`)
    }
    return [...new Set(problems)]
  }, { min: MIN_WIDTH, headerMayCover: options.headerMayCover })
}

/** Scroll to the very top or bottom of the page and let a frame pass. */
export async function scrollTo(page: Page, where: 'top' | 'bottom'): Promise<void> {
  await page.evaluate((bottom) => window.scrollTo(0, bottom ? document.documentElement.scrollHeight : 0), where === 'bottom')
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

/** Console errors, uncaught page errors and 4xx/5xx replies a page has produced, as readable lines. */
export function watchPage(page: Page): { problems: string[]; allow(pattern: RegExp): void } {
  const problems: string[] = []
  const allowed: RegExp[] = []
  const add = (line: string) => {
    if (!allowed.some((re) => re.test(line))) problems.push(line)
  }
  page.on('console', (message) => {
    if (message.type() === 'error') add(`console error: ${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => add(`page error: ${error.message}`))
  page.on('response', (response) => {
    if (response.status() >= 400) add(`HTTP ${response.status()} ${response.request().method()} ${new URL(response.url()).pathname}`)
  })
  return { problems, allow: (pattern) => allowed.push(pattern) }
}
