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

/** How a reply ended, as far as its server tells (`ChatCompletionResult`). */
export interface ReplyEnd {
  /** The server cut the reply at `max_tokens` (`finish_reason: "length"`); absent, it did not. */
  truncated?: boolean
  /**
   * The stop string the server ended the reply at, when it says which (vLLM's `stop_reason`); absent
   * when it ended otherwise or the server does not say.
   */
  stopReason?: string
  /**
   * The server sent reasoning in a field of its own (`reasoning_content`, `reasoning`): it parses the
   * block out of the text, so the text holds none.
   */
  reasoningApart?: boolean
}

/** Options of {@link ReasoningWatch.unclosed}. */
export interface UnclosedOptions {
  /**
   * A reply cut at `max_tokens` from a model not known to open its block is kept (memory's
   * summaries: the cut text holds no `<think>`, and nothing says it is reasoning); without it, it
   * may be reasoning that never closed, and nothing of it is kept (a turn: the mole's reasoning
   * would be public).
   */
  keepTruncatedOfUnknown?: boolean
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
  // Told by the setting, the name or its server's rendering of its template: every reply of the model opens
  // with its block. Learnt from a bare `</think>`, it may be a model that mixes both ways (docs/security.md),
  // whose untagged reply is an answer.
  let told = known === true
  // Whether any reply of the session closed its block in its text (the server leaves the tags in), and
  // how many held replies without `</think>` ended at a stop string or, from a told model, by themselves.
  let closedInText = false
  let untaggedEnds = 0
  return {
    /** Whether what the model's server says of its chat template could teach anything ({@link template}). */
    asksTemplate(): boolean {
      return known === null
    },
    /**
     * What the model's server says of its chat template, before the first reply (`templateOpensBlock`):
     * a template that opens the block tells as the model's name would. One that does not, or a server
     * that cannot say, teaches nothing: the replies teach the rest.
     */
    template(opensBlock: boolean | null): void {
      if (known === null && opensBlock === true) known = told = true
    },
    /** Whether the next reply is held until its first `</think>`. */
    held(): boolean {
      return known !== false
    },
    /**
     * Whether a held reply whose text has no `</think>` ended inside its reasoning block, so that none
     * of it is shown or kept (an unclosed block is all reasoning). Yes when the server cut it at
     * `max_tokens`. When the server says a stop string ended it (vLLM's `stop_reason`: the orchestrator
     * sends `[INST]` and the other end-of-turn markers as `stop`, and a model may write one while it
     * reasons): yes for a model known to open its block; for one not known, only the session's first
     * such reply (a plain model that habitually runs on into `[INST]` would otherwise lose every turn;
     * its later ones are shown, still held); never when the server sent the reasoning apart. From a model told to open its block, a reply that
     * ended by itself with no `</think>` and no reasoning field: yes once the session has seen the block
     * closed in the text (the server leaves the tags in), and for the session's first such reply; no
     * after that (a server that drops the reasoning without a field: every turn would be lost).
     */
    unclosed(end: ReplyEnd, options: UnclosedOptions = {}): boolean {
      if (known === false) return false
      if (end.truncated === true) return known === true || options.keepTruncatedOfUnknown !== true
      // Reasoning sent apart: the server parsed the block out, so the text is what came after it.
      if (end.stopReason !== undefined) return end.reasoningApart !== true && (known === true || untaggedEnds === 0)
      if (told && end.reasoningApart !== true) return closedInText || untaggedEnds === 0
      return false
    },
    /**
     * Learn from a whole reply. Only one the model ended itself teaches that it writes its own tags: a
     * reply cut at `max_tokens` or at a stop string may have stopped inside its reasoning. Not even a
     * second such reply teaches that it writes no block: a plain model's and a reasoning model's look
     * alike, and streaming the next reply would publish the reasoning before its bare `</think>`.
     */
    learn(text: string, end: ReplyEnd = {}): void {
      const closes = text.includes('</think>')
      if (closes) closedInText = true
      // A bare `</think>` after all: hold from now on (this reply already streamed; docs/security.md).
      if (closes && bareClose(text)) known = true
      else if (known === null && end.truncated !== true && end.stopReason === undefined && text.trim() !== '') known = false
      else if (!closes && end.truncated !== true && (end.stopReason !== undefined || (told && end.reasoningApart !== true))) untaggedEnds++
    },
  }
}
export type ReasoningWatch = ReturnType<typeof createReasoningWatch>
