/**
 * The request's `stop` as local servers honour it (llama.cpp, vLLM, Ollama, LM Studio): the reply
 * ends before the first place any stop string begins, and leaves it out.
 */

/** A stop string's start inside a surrogate pair is no match: it would split one character in two. */
function splitsCharacter(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1)
  const here = text.charCodeAt(at)
  return at > 0 && before >= 0xd800 && before <= 0xdbff && here >= 0xdc00 && here <= 0xdfff
}

/** Where the text ends for these stop strings: the first start of any of them, or -1 when none occurs. */
export function stopAt(text: string, stop: string | readonly string[] | null | undefined): number {
  const stops = typeof stop === 'string' ? [stop] : (stop ?? [])
  let first = -1
  for (const s of stops) {
    let at = text.indexOf(s)
    while (at >= 0 && splitsCharacter(text, at)) at = text.indexOf(s, at + 1)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  return first
}
