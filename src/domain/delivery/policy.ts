import type { AwardLevel } from '../innovations/awards.ts'

/**
 * What a subscriber asked to hear about: everything, or any innovation in one of some provinces or
 * kabupaten/kota, or filed under one of some themes (theme slugs). Several regions and themes widen;
 * award levels narrow (only awards of these levels; none chosen: every level).
 */
export interface SubscriptionFilters {
  everything: boolean
  provinceCodes: readonly string[]
  regencyCodes: readonly string[]
  themes: readonly string[]
  awardLevels: readonly AwardLevel[]
}

/** A subscription as the policy sees it: its filters and whether it is still on. */
export interface Subscription extends SubscriptionFilters {
  active: boolean
}

/** Where the innovations an award names lie and what they are about: what filters are matched against. */
export interface AwardReach {
  provinceCodes: readonly string[]
  regencyCodes: readonly string[]
  themes: readonly string[]
  /** The award's level (an announcement has one; an innovation, the levels of all its awards). */
  levels: readonly AwardLevel[]
}

/** Why Telegram will not take messages for a chat: blocked by the user, account deleted, bot removed… */
export type ChatGoneReason =
  | 'blocked'
  | 'deactivated'
  | 'kicked'
  | 'chat-not-found'
  | 'forbidden'
  /** A channel where the bot is no longer an admin (a `my_chat_member` update says so). */
  | 'not-admin'

/**
 * Why a send did not go through, as the Telegram adapter reads it. `not-sent`: the request never left
 * (connection refused), so a resend cannot duplicate. `unknown-outcome`: the request went out and no
 * answer came (timeout, connection reset): Telegram may or may not have delivered it.
 */
export type SendFailure =
  | { kind: 'rate-limited'; retryAfterS: number }
  | { kind: 'chat-gone'; reason: ChatGoneReason }
  | { kind: 'migrated'; toChatId: number }
  | { kind: 'server-error' }
  | { kind: 'not-sent' }
  | { kind: 'unknown-outcome' }
  | { kind: 'rejected'; description: string }

/** Where a delivery stands (see the `deliveries` table). */
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'ambiguous' | 'skipped'

/**
 * `retry`: schedule the delivery again (`pauseAll`: every send waits, not only this one; `ambiguous`:
 * count it as a send of unknown outcome). `move`: the chat became another chat (group to supergroup).
 * `drop`: stop working on this delivery, leaving it in `status`; `deactivate` ends the subscription.
 */
export type Decision =
  | { kind: 'send' }
  | { kind: 'retry'; afterMs: number; pauseAll?: boolean; ambiguous?: boolean }
  | { kind: 'move'; toChatId: number }
  | {
      kind: 'drop'
      status: Exclude<DeliveryStatus, 'pending' | 'sending' | 'sent'>
      reason: string
      deactivate?: boolean
    }

/** How many times and how patiently failed sends are retried. */
export interface RetryPolicy {
  /** Delay before the first retry; doubles each attempt. */
  baseDelayMs: number
  maxDelayMs: number
  /** Attempts (sends) after which a delivery that keeps failing is given up as failed. */
  maxAttempts: number
  /** Sends of unknown outcome after which a delivery is not resent again (it stays ambiguous). */
  maxAmbiguousSends: number
}

/** Patient enough for an outage of minutes; at most two counted duplicates per chat. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 1000,
  maxDelayMs: 5 * 60_000,
  maxAttempts: 8,
  maxAmbiguousSends: 3,
}

/** The record of one delivery so far: sends tried (including the one that just failed). */
export interface AttemptHistory {
  attempts: number
  ambiguousSends: number
}

/**
 * The subscription filter rule, the one description of it: a subscription matches an award when the
 * award's level is one it asks for (or it asks for no level in particular), and it asks for everything
 * or, on any of these dimensions, what it asks for overlaps what the award's innovations have.
 * `matchesFilters` applies it here; the data layer builds its SQL predicate (fan-out, recipient count,
 * the catalogue count of the /langganan preview) from the same list.
 */
export const FILTER_DIMENSIONS = [
  'provinceCodes',
  'regencyCodes',
  'themes',
] as const satisfies readonly (keyof SubscriptionFilters & keyof AwardReach)[]

/** True when the subscriber asked for at least one innovation the award names (or for everything). */
export function matchesFilters(filters: SubscriptionFilters, award: AwardReach): boolean {
  return (
    (filters.awardLevels.length === 0 || intersects(filters.awardLevels, award.levels)) &&
    (filters.everything ||
      FILTER_DIMENSIONS.some((dimension) => intersects(filters[dimension], award[dimension])))
  )
}

/** Exponential backoff: base, 2×base, 4×base… capped. `attempts` counts the sends made so far (≥ 1). */
export function backoffMs(attempts: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30))
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent)
}

/**
 * The one delivery policy. Without a failure: send, unless the subscription ended or no longer matches
 * the award (then the delivery is skipped). With a failure:
 * - 429: wait `retry_after`, and so does every other send (a global pause);
 * - the chat is gone (blocked, deactivated, kicked, not found): give up and end the subscription;
 * - the group became a supergroup: move the subscription and the delivery there;
 * - 5xx or a request that never left: retry with backoff, up to `maxAttempts`;
 * - outcome unknown (the request left, no answer): counted as ambiguous and resent after the backoff,
 *   because a rare counted duplicate is better than a silent loss; after `maxAmbiguousSends` such sends
 *   the delivery stays ambiguous and is not resent again;
 * - any other refusal (400 with a bad message): failed, since resending the same request cannot help.
 */
export function decide(
  sub: Subscription | undefined,
  award: AwardReach,
  failure?: SendFailure,
  history: AttemptHistory = { attempts: 0, ambiguousSends: 0 },
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Decision {
  if (!sub?.active) return { kind: 'drop', status: 'skipped', reason: 'not-subscribed' }
  if (!matchesFilters(sub, award)) return { kind: 'drop', status: 'skipped', reason: 'filters-changed' }
  if (failure === undefined) return { kind: 'send' }
  switch (failure.kind) {
    case 'rate-limited':
      return { kind: 'retry', afterMs: Math.max(1, failure.retryAfterS) * 1000, pauseAll: true }
    case 'chat-gone':
      return { kind: 'drop', status: 'failed', reason: failure.reason, deactivate: true }
    case 'migrated':
      return { kind: 'move', toChatId: failure.toChatId }
    case 'rejected':
      return { kind: 'drop', status: 'failed', reason: failure.description }
    case 'unknown-outcome':
      return history.ambiguousSends + 1 >= policy.maxAmbiguousSends
        ? { kind: 'drop', status: 'ambiguous', reason: 'outcome unknown, not resent again' }
        : { kind: 'retry', afterMs: backoffMs(history.attempts, policy), ambiguous: true }
    case 'server-error':
    case 'not-sent':
      return history.attempts >= policy.maxAttempts
        ? { kind: 'drop', status: 'failed', reason: `gave up after ${history.attempts} attempts` }
        : { kind: 'retry', afterMs: backoffMs(history.attempts, policy) }
  }
}

function intersects(wanted: readonly string[], present: readonly string[]): boolean {
  return wanted.some((value) => present.includes(value))
}
