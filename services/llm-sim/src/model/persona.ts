/**
 * What the simulator takes from an agent's persona text (config/agents.yaml): its focus, the
 * phrase after "think about", "knows", "access to" …, so an edited persona shows in what the
 * agent says. Nothing else of the persona is read.
 */
const FOCUS = /\b(?:think(?:s)? about|knows?|focus(?:es)? on|responsible for|in charge of|speciali[sz](?:e|es|ing) in|expert (?:in|on)|access to|watch(?:es)? for|realistic about|care(?:s)? about)\s+([^.;:]+)/i
const LEAD = /\bYou are (?:an?|the)\s+([^.;:,]+?)(?:\s+(?:with|who|and)\b|[.;:,]|$)/i

function trimWords(text: string, max: number): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ')
  return words.slice(0, max).join(' ').replace(/[,\s]+(and|or|the|a|an|of|to|with)$/i, '').replace(/[,\s]+$/, '')
}

/** The persona's focus, in at most 10 words; the role title when the persona names none. */
export function personaFocus(persona: string, role: string): string {
  const cut = (text: string) => text.split(/,?\s+(?:and you|you|instead|read them|before|give|keep|warn|and keep|and warn)\b/i)[0] ?? text
  const focus = FOCUS.exec(persona)?.[1]
  if (focus) return trimWords(cut(focus), 10)
  const lead = LEAD.exec(persona)?.[1]
  return lead ? trimWords(lead, 8) : role.toLowerCase()
}
