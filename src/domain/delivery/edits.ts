import { backoffMs, DEFAULT_RETRY_POLICY, type RetryPolicy, type SendFailure } from './policy.ts'

/**
 * Why an edit of a message already sent did not go through: any send failure, or two answers only an
 * edit gets: the message already shows this text (`not-modified`), or it cannot be edited any more
 * (`message-gone`: deleted by the chat, too old, or not the bot's).
 */
export type EditFailure =
  | SendFailure
  | { kind: 'not-modified' }
  | { kind: 'message-gone'; description: string }

/**
 * `done`: the message shows the revision (edited now, or already). `retry`: try again later (`pauseAll`:
 * Telegram's 429 holds every send and edit). `give-up`: recorded with its reason and never tried again.
 */
export type EditDecision =
  | { kind: 'done' }
  | { kind: 'retry'; afterMs: number; pauseAll?: boolean }
  | { kind: 'give-up'; reason: string }

/**
 * The one edit policy. An edit brings a message to a text, so making it twice changes nothing: an edit
 * whose outcome is unknown (or one interrupted by a crash) is simply made again, and Telegram's
 * "message is not modified" then counts as done. A message that cannot be edited, or a chat that is gone,
 * is recorded without retrying; 5xx and lost connections are retried with backoff up to `maxAttempts`.
 */
export function decideEdit(
  failure: EditFailure | undefined,
  attempts: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): EditDecision {
  if (failure === undefined) return { kind: 'done' }
  switch (failure.kind) {
    case 'not-modified':
      return { kind: 'done' }
    case 'rate-limited':
      return { kind: 'retry', afterMs: Math.max(1, failure.retryAfterS) * 1000, pauseAll: true }
    case 'message-gone':
      return { kind: 'give-up', reason: failure.description }
    case 'chat-gone':
      return { kind: 'give-up', reason: `chat gone: ${failure.reason}` }
    case 'migrated':
      return { kind: 'give-up', reason: `chat moved to ${failure.toChatId}` }
    case 'rejected':
      return { kind: 'give-up', reason: failure.description }
    case 'server-error':
    case 'not-sent':
    case 'unknown-outcome':
      return attempts >= policy.maxAttempts
        ? { kind: 'give-up', reason: `gave up after ${attempts} attempts` }
        : { kind: 'retry', afterMs: backoffMs(attempts, policy) }
  }
}
