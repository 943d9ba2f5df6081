import type { DatabaseHandle } from '../../db/database.ts'
import {
  type ClaimedDigest,
  claimDueDigests,
  type DigestOutcome,
  type DueDigest,
  listDigestSubscribers,
  listInterruptedDigests,
  listPublishedBetween,
  planDigests,
  recordDigestOutcome,
  recordDigestPart,
} from '../../db/repositories/digests.ts'
import { deactivateChats, moveSubscription } from '../../db/repositories/subscriptions.ts'
import { selectForDigest } from '../../domain/delivery/digest.ts'
import {
  DEFAULT_RETRY_POLICY,
  decide,
  type RetryPolicy,
  type SendFailure,
} from '../../domain/delivery/policy.ts'
import { latestDigestPeriod, readDigestPeriod } from '../../domain/delivery/schedule.ts'
import { effectiveTimeZone } from '../../domain/delivery/time-zones.ts'
import type { Logger } from '../../logger.ts'
import { digestKeyboard } from '../keyboards/digest.ts'
import { createContentCache, localeOf } from './content.ts'
import { digestMessages } from './digest-message.ts'
import { readFailure, type Sender, SenderUnavailable } from './sender.ts'

/** Tuning of the digest worker; tests move its clock and shorten its waits. */
export interface DigestWorkerOptions {
  /** The wall clock digests are scheduled by (07:00 in the subscriber's zone). */
  clock: () => Date
  /** How often the worker plans due digests and looks for work. */
  tickMs: number
  /** Digests claimed, and sent side by side, at a time. */
  batchSize: number
  retry: RetryPolicy
}

export const DEFAULT_DIGEST_OPTIONS: DigestWorkerOptions = {
  clock: () => new Date(),
  tickMs: 30_000,
  batchSize: 16,
  retry: DEFAULT_RETRY_POLICY,
}

/** What the worker needs: the database, and the sender its messages go through (paced with broadcasts). */
export interface DigestWorkerDeps {
  database: DatabaseHandle
  logger: Logger
  sender: Pick<Sender, 'isSending' | 'paced'>
}

/** A running digest worker. */
export interface DigestWorker {
  /** Stops after the digests being sent are recorded. */
  stop(): Promise<void>
}

/**
 * Starts the digest worker: while this process's sender holds the sender lock, it plans the digests due
 * (one per chat and period, in the `digests` table), claims them like deliveries and sends each through
 * the sender's pacing. A digest left `sending` by a process that died is recorded as ambiguous and resent
 * by the policy of deliveries (`decide`); a split digest resumes after the parts Telegram took.
 */
export function startDigestWorker(
  deps: DigestWorkerDeps,
  options: Partial<DigestWorkerOptions> = {},
): DigestWorker {
  const worker = new DigestRun(deps, { ...DEFAULT_DIGEST_OPTIONS, ...options })
  const running = worker.run()
  return {
    async stop() {
      worker.requestStop()
      await running
    },
  }
}

class DigestRun {
  private stopping = false
  private wasSending = false
  private wakeUp: (() => void) | undefined
  /** The latest period this process planned for each chat (planning again is harmless, only wasteful). */
  private readonly planned = new Map<number, string>()
  private readonly content

  constructor(
    private readonly deps: DigestWorkerDeps,
    private readonly options: DigestWorkerOptions,
  ) {
    this.content = createContentCache(deps.database.db)
  }

  private get db() {
    return this.deps.database.db
  }

  requestStop() {
    this.stopping = true
    this.wakeUp?.()
  }

  async run() {
    while (!this.stopping) {
      let busy = false
      try {
        busy = await this.tick()
      } catch (error) {
        this.deps.logger.error({ err: error }, 'digest worker failed; it will try again')
        // What the failed round left `sending` is recovered (as ambiguous) before the next claim.
        this.wasSending = false
      }
      if (!busy) await this.sleep(this.options.tickMs)
    }
  }

  /** One round; true when it found work (the next round follows at once). */
  private async tick(): Promise<boolean> {
    const sending = this.deps.sender.isSending()
    const tookOver = sending && !this.wasSending
    this.wasSending = sending
    if (!sending) return false
    if (tookOver) await this.recover()
    await this.plan()
    const claimed = await claimDueDigests(this.db, this.options.batchSize, this.options.clock())
    const results = await Promise.allSettled(claimed.map((digest) => this.deliver(digest)))
    const failed = results.find((result) => result.status === 'rejected')
    if (failed) throw failed.reason
    return claimed.length > 0
  }

  private async plan() {
    const now = this.options.clock()
    const due: DueDigest[] = []
    for (const sub of await listDigestSubscribers(this.db)) {
      const period = latestDigestPeriod(now, effectiveTimeZone(sub), sub.deliveryMode)
      if (!period || this.planned.get(sub.chatId) === period.key) continue
      due.push({ chatId: sub.chatId, period: period.key, dueAt: period.dueAt })
    }
    const added = await planDigests(this.db, due)
    for (const digest of due) this.planned.set(digest.chatId, digest.period)
    if (added > 0) this.deps.logger.info({ added }, 'digests due')
  }

  /** Digests left `sending` by a process that died: their last part may or may not have gone out. */
  private async recover() {
    const interrupted = await listInterruptedDigests(this.db)
    for (const digest of interrupted) await this.onFailure(digest, { kind: 'unknown-outcome' })
    if (interrupted.length > 0) {
      this.deps.logger.warn({ count: interrupted.length }, 'interrupted digests recorded as ambiguous')
    }
  }

  /** Sends one claimed digest, part after part, and records what became of it (nothing stays `sending`). */
  private async deliver(digest: ClaimedDigest) {
    const sub = digest.subscription
    const period = readDigestPeriod(digest.period)
    if (!sub?.active || !period) return this.record(digest, skipped('not-subscribed'))
    const published = await listPublishedBetween(this.db, digest.coversFrom, digest.coversUntil)
    const announcements = selectForDigest(sub, published)
    if (announcements.length === 0) return this.record(digest, skipped('nothing new'))
    const locale = localeOf(sub.locale)
    const parts = digestMessages(this.content.translator(locale), { ...period, locale, announcements })
    let offset = parts.slice(0, digest.partsSent).reduce((sum, part) => sum + part.innovationIds.length, 0)
    const chat = { id: digest.chatId, isGroup: sub.chatType !== 'private' }
    try {
      for (const [index, part] of parts.entries()) {
        if (index < digest.partsSent) continue
        await this.deps.sender.paced(chat, (api) =>
          api.sendMessage(digest.chatId, part.text.text, {
            entities: part.text.entities,
            reply_markup: digestKeyboard(part.innovationIds, offset),
            link_preview_options: { is_disabled: true },
            ...(sub.messageThreadId === null ? {} : { message_thread_id: sub.messageThreadId }),
          }),
        )
        offset += part.innovationIds.length
        await recordDigestPart(this.db, digest, index + 1)
      }
    } catch (error) {
      if (error instanceof SenderUnavailable) return this.record(digest, giveBack(digest))
      return this.onFailure(digest, readFailure(error))
    }
    await this.record(digest, { ...skipped(null), status: 'sent' })
  }

  /** What a failed send leads to: the policy of deliveries, for a digest already matched to its filters. */
  private async onFailure(digest: ClaimedDigest, failure: SendFailure) {
    const sub = digest.subscription && { ...digest.subscription, everything: true, awardLevels: [] }
    const decision = decide(sub, NO_REACH, failure, digest, this.options.retry)
    const base = {
      ...skipped(failureText(failure)),
      ambiguous: failure.kind === 'unknown-outcome' ? 1 : 0,
      refundAttempt: failure.kind === 'rate-limited' ? 1 : 0,
    }
    const at = (ms: number) => new Date(this.options.clock().getTime() + ms)
    switch (decision.kind) {
      case 'retry':
        return this.record(digest, {
          ...base,
          status: decision.ambiguous ? 'ambiguous' : 'pending',
          retryAt: at(decision.afterMs),
        })
      case 'drop':
        if (decision.deactivate)
          await deactivateChats(this.db, [{ chatId: digest.chatId, reason: decision.reason }])
        return this.record(digest, { ...base, status: decision.status })
      case 'move':
        // The supergroup gets this period's digest in the next round: it has no digest of its own yet.
        await this.db.transaction((tx) => moveSubscription(tx, digest.chatId, decision.toChatId))
        return this.record(digest, { ...base, status: 'skipped', error: `migrated to ${decision.toChatId}` })
      case 'send':
        return this.record(digest, { ...base, status: 'pending', retryAt: at(0) })
    }
  }

  private async record(digest: ClaimedDigest, outcome: DigestOutcome) {
    await recordDigestOutcome(this.db, digest, outcome)
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve()
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        resolve()
      }
      this.wakeUp = done
    })
  }
}

const NO_REACH = { provinceCodes: [], regencyCodes: [], themes: [], levels: [] }

const skipped = (error: string | null): DigestOutcome => ({
  status: 'skipped',
  retryAt: null,
  error,
  ambiguous: 0,
  refundAttempt: 0,
})

/** A claim this process could not send (it lost the sender lock): back as it was, at no cost. */
const giveBack = (digest: ClaimedDigest): DigestOutcome => ({
  ...skipped(null),
  status: digest.ambiguousSends > 0 ? 'ambiguous' : 'pending',
  retryAt: new Date(0),
  refundAttempt: 1,
})

const failureText = (failure: SendFailure) =>
  failure.kind === 'rejected' ? `rejected: ${failure.description}` : failure.kind
