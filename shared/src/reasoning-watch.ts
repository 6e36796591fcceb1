/**
 * How a model's reasoning block shows in its text (`model.reasoning_block` in heist.yaml):
 * `opened_by_template` when its chat template writes `<think>` into the prompt and the model writes
 * only `</think>` (Qwen3-…-Thinking-2507, DeepSeek-R1 and its distills, QwQ); `written_by_model` when it
 * writes both tags itself or none; `auto` to tell from the model's name and then from its first reply.
 */
export type ReasoningBlock = 'auto' | 'opened_by_template' | 'written_by_model'

/** Model names whose chat template opens the reasoning block in the prompt. */
const TEMPLATE_OPENS = /qwq|deepseek-r1|r1-distill|thinking/i

/** A `</think>` that no `<think>` before it opened. */
function bareClose(text: string): boolean {
  const close = text.indexOf('</think>')
  if (close < 0) return false
  const open = text.indexOf('<think>')
  return open < 0 || open > close
}

/**
 * What one session knows of its model's reasoning block, learnt from its replies. While it does not
 * know (`auto` and a name it does not recognise), replies are held until their first `</think>` or
 * their end, so no reasoning is ever streamed: a model whose template opens the block shows it in its
 * first reply (a bare `</think>`), and one whose first reply ends without one writes its tags itself
 * (or never reasons) and streams from then on. The cost is the first reply with text of a session.
 */
export function createReasoningWatch(setting: ReasoningBlock | undefined, modelName: string) {
  let known: boolean | null = setting === 'opened_by_template' ? true : setting === 'written_by_model' ? false : TEMPLATE_OPENS.test(modelName) ? true : null
  return {
    /** Whether the next reply is held until its first `</think>`. */
    held(): boolean {
      return known !== false
    },
    /** Learn from a whole reply (`truncated`: cut at `max_tokens`, so it may have stopped inside its reasoning). */
    learn(text: string, truncated: boolean): void {
      // A bare `</think>` after all: hold from now on (this reply already streamed; docs/security.md).
      if (bareClose(text)) known = true
      else if (known === null && !truncated && text.trim() !== '') known = false
    },
  }
}
export type ReasoningWatch = ReturnType<typeof createReasoningWatch>
