/** Surface styles shared by voices: markdown emphasis and list layout, applied to a finished message. */

const FIGURE = /(?<![\d.])\b(\d{1,3}(?:[-–]\d{1,3})?)(\s?)(minutes?|min|cams|cameras|guards|seconds|s|hours?|h|days)\b/g

/** `24 cameras` → `**24 cameras**` (small models bold their figures). */
export function boldFigures(text: string): string {
  return text.replace(FIGURE, (whole) => `**${whole}**`)
}

/** Sentences of a message, split where a real reader would. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z{"*0-9])/).filter(Boolean)
}

/** The first sentence as a lead-in, the rest as a bulleted or numbered list. */
export function asList(text: string, marker: (i: number) => string): string {
  const [head, ...rest] = sentencesOf(text)
  if (!head || rest.length < 2) return text
  return [head, ...rest.map((s, i) => `${marker(i)} ${s}`)].join('\n')
}
