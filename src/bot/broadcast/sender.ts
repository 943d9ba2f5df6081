import type { FormattedString } from '@grammyjs/parse-mode'
import { Api, type ApiClientOptions, GrammyError, HttpError, type InlineKeyboard } from 'grammy'
import type { Config } from '../../config.ts'
import { type SenderLock, tryAcquireSenderLock } from '../../db/advisory-locks.ts'
import type { DatabaseHandle } from '../../db/database.ts'
import {
  type ClaimedDelivery,
  claimDue,
  DELIVERIES_READY,
  type DeliveryOutcome,
  listInterrupted,
  readPause,
} from '../../db/repositories/deliveries.ts'
import {
  type ClaimedEdit,
  claimEdits,
  type EditOutcome,
  releaseInterruptedEdits,
} from '../../db/repositories/delivery-edits.ts'
import { decideEdit, type EditFailure } from '../../domain/delivery/edits.ts'
import {
  createPacer,
  DEFAULT_PACING,
  type PacedChat,
  type PacingLimits,
} from '../../domain/delivery/pacing.ts'
import {
  type AwardReach,
  type ChatGoneReason,
  DEFAULT_RETRY_POLICY,
  decide,
  type RetryPolicy,
  type SendFailure,
} from '../../domain/delivery/policy.ts'
import { type NightDecision, nightDecision } from '../../domain/delivery/schedule.ts'
import { effectiveTimeZone } from '../../domain/delivery/time-zones.ts'
import type { Logger } from '../../logger.ts'
import { type AnnouncementContent, createContentCache, localeOf } from './content.ts'
import { reportProgress } from './progress.ts'
import { WriteBack } from './write-back.ts'

/** Placeholder token when there is none (the local chat): its requests never reach Telegram. */
const LOCAL_TOKEN = '0:local-chat-without-telegram'

/** Tuning of the sender; the defaults suit Telegram, tests shorten the waits. */
export interface SenderOptions {
  /** Sends per second over all chats; `Infinity` lifts the limit (benchmarks). */
  ratePerSecond: number
  /** Per-chat and per-group limits and the safety margin (see `PacingLimits`). */
  pacing: Partial<Omit<PacingLimits, 'perSecond'>>
  retry: RetryPolicy
  /** A request unanswered this long has an unknown outcome. */
  requestTimeoutS: number
  maxInFlight: number
  /** How often an idle sender looks for work (a NOTIFY wakes it sooner). */
  idlePollMs: number
  /** How often a standby sender tries to take the lock over. */
  lockRetryMs: number
  /** Least time between two updates of an admin's progress message. */
  progressIntervalMs: number
  /** Outcomes are written back in batches, at least this often. */
  flushIntervalMs: number
  /** How long `stop()` waits for requests on their way before leaving them to the next sender. */
  stopGraceMs: number
  /**
   * How long a sender that just took the lock waits before its first send: the previous holder's sends
   * of the last second count against the limit, and this sender has not seen them.
   */
  takeOverWaitMs: number
  /** The wall clock quiet hours are read from (tests move it). */
  wallClock: () => Date
}

/** Production defaults (the rate comes from BROADCAST_RATE_PER_SECOND). */
export const DEFAULT_SENDER_OPTIONS: Omit<SenderOptions, 'ratePerSecond'> = {
  pacing: {},
  retry: DEFAULT_RETRY_POLICY,
  requestTimeoutS: 30,
  maxInFlight: 64,
  idlePollMs: 1000,
  lockRetryMs: 2000,
  progressIntervalMs: 2000,
  flushIntervalMs: 50,
  stopGraceMs: 5000,
  takeOverWaitMs: 1000 + DEFAULT_PACING.marginMs,
  wallClock: () => new Date(),
}

/** What the sender needs: the bot's token and API root, a logger and the database. */
export interface SenderDeps {
  config: Pick<Config, 'botToken' | 'botApiRoot' | 'broadcastRatePerSecond'>
  logger: Logger
  database: DatabaseHandle
  /** HTTP client options on top of `botApiRoot` (the local chat's fetch). Never a retrying transformer. */
  client?: ApiClientOptions
}

/** A running sender (holding the lock, or standing by for it). */
export interface Sender {
  /** Stops claiming, lets requests on their way finish (up to `stopGraceMs`), writes outcomes, unlocks. */
  stop(): Promise<void>
  /** True while this sender holds the lock and sends. */
  isSending(): boolean
  /**
   * Makes another kind of request (a digest) through this sender: paced with its sends, waiting out its
   * pause, and a 429 pauses every send. Refused (`SenderUnavailable`) unless this sender holds the lock.
   */
  paced<T>(chat: PacedChat, request: (api: Api) => Promise<T>): Promise<T>
}

/** The sender does not hold the lock (another process sends) or is stopping: nothing was sent. */
export class SenderUnavailable extends Error {
  constructor() {
    super('this process does not hold the sender lock')
  }
}

const CHAT_GONE: readonly [RegExp, ChatGoneReason][] = [
  [/bot was blocked by the user/i, 'blocked'],
  [/user is deactivated/i, 'deactivated'],
  [/bot was kicked|bot is not a member|not enough rights to send/i, 'kicked'],
  [/chat not found/i, 'chat-not-found'],
]

/** Connection errors raised before any byte of the request left: a resend cannot duplicate. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

/**
 * The one reader of Telegram's errors (GrammyError, HttpError), turned into the domain's `SendFailure`.
 * Ambiguity policy: only a failure known to have happened before the request left (connection refused,
 * DNS) or an answer from the server (an error JSON, a non-JSON 5xx page) is certain; everything else
 * (timeout, connection reset or dropped after the request was written) has an unknown outcome.
 */
export function readFailure(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    if (error.error_code === 429)
      return { kind: 'rate-limited', retryAfterS: error.parameters.retry_after ?? 1 }
    const migrateTo = error.parameters.migrate_to_chat_id
    if (migrateTo !== undefined) return { kind: 'migrated', toChatId: migrateTo }
    const gone = CHAT_GONE.find(([pattern]) => pattern.test(error.description))
    if (gone && (error.error_code === 403 || error.error_code === 400))
      return { kind: 'chat-gone', reason: gone[1] }
    if (error.error_code === 403) return { kind: 'chat-gone', reason: 'forbidden' }
    if (error.error_code >= 500) return { kind: 'server-error' }
    return { kind: 'rejected', description: error.description }
  }
  if (error instanceof HttpError) {
    const cause = error.error as { code?: unknown; type?: unknown } | undefined
    if (typeof cause?.code === 'string' && NOT_SENT_CODES.has(cause.code)) return { kind: 'not-sent' }
    if (cause?.type === 'invalid-json') return { kind: 'server-error' }
  }
  return { kind: 'unknown-outcome' }
}

/** Telegram's answers to an edit that only an edit gets; anything else is read as for a send. */
export function readEditFailure(error: unknown): EditFailure {
  if (error instanceof GrammyError && error.error_code === 400) {
    if (/message is not modified/i.test(error.description)) return { kind: 'not-modified' }
    if (/message to edit not found|message can't be edited|message_id_invalid/i.test(error.description))
      return { kind: 'message-gone', description: error.description }
  }
  return readFailure(error)
}

function describeEdit(failure: EditFailure): string {
  if (failure.kind === 'not-modified') return 'message is not modified'
  return failure.kind === 'message-gone' ? failure.description : describe(failure)
}

function describe(failure: SendFailure): string {
  switch (failure.kind) {
    case 'rate-limited':
      return `429: retry after ${failure.retryAfterS} s`
    case 'chat-gone':
      return `chat gone: ${failure.reason}`
    case 'migrated':
      return `migrated to ${failure.toChatId}`
    case 'rejected':
      return `rejected: ${failure.description}`
    case 'server-error':
      return 'server error'
    case 'not-sent':
      return 'connection failed before sending'
    case 'unknown-outcome':
      return 'outcome unknown: no answer after the request was sent'
  }
}

const clock = () => performance.now()
const LOCK_CHECK_MS = 1000
const FLUSH_BATCH = 200
const PICK_SCAN = 32

/**
 * Starts the broadcast sender: it waits for the sender lock (one sender across all processes; a standby
 * takes over when the holder dies), then works the `deliveries` outbox until stopped: claims due rows,
 * sends them paced (`createPacer`), and writes outcomes back in batches. What each failure leads to is
 * `decide` (src/domain/delivery/policy.ts); a request whose answer never came is ambiguous: counted in
 * `ambiguous_sends` and resent (at most `maxAmbiguousSends` times), never silently dropped or repeated.
 * Its own `Api` has no transformers, so nothing retries behind its back.
 */
export function startSender(deps: SenderDeps, options: Partial<SenderOptions> = {}): Sender {
  const sender = new BroadcastSender(deps, {
    ...DEFAULT_SENDER_OPTIONS,
    ratePerSecond: deps.config.broadcastRatePerSecond,
    ...options,
  })
  const running = sender.run().catch((error: unknown) => deps.logger.error({ err: error }, 'sender crashed'))
  return {
    async stop() {
      sender.requestStop()
      await running
    },
    isSending: () => sender.holding,
    paced: (chat, request) => sender.paced(chat, request),
  }
}

class BroadcastSender {
  holding = false
  private stopping = false
  private readonly api: Api
  private readonly pacer
  private readonly content
  private readonly writeBack
  private readonly wakers = new Set<() => void>()
  private queue: ClaimedDelivery[] = []
  /** Claimed edits of messages already sent; sends go first. */
  private edits: ClaimedEdit[] = []
  private claiming: Promise<void> | undefined
  /** After a claim that found less than it asked for, the next waits until this time (or a NOTIFY). */
  private nextClaimAt = 0
  private inFlight = 0
  private pausedUntil = 0
  private lastFlush = 0
  private lastProgress = Number.NEGATIVE_INFINITY
  private progressRunning = false
  private readonly progressShown = new Map<string, string>()

  constructor(
    private readonly deps: SenderDeps,
    private readonly options: SenderOptions,
  ) {
    this.api = new Api(deps.config.botToken ?? LOCAL_TOKEN, {
      apiRoot: deps.config.botApiRoot,
      timeoutSeconds: options.requestTimeoutS,
      ...deps.client,
    })
    this.pacer = createPacer({ ...DEFAULT_PACING, ...options.pacing, perSecond: options.ratePerSecond })
    this.content = createContentCache(deps.database.db)
    this.writeBack = new WriteBack(deps.database.db, deps.logger)
  }

  private get db() {
    return this.deps.database.db
  }

  requestStop() {
    this.stopping = true
    this.wake()
  }

  async run() {
    const onReady = () => {
      this.nextClaimAt = 0
      this.wake()
    }
    const unlisten = await this.deps.database.listen(DELIVERIES_READY, onReady).catch((error: unknown) => {
      this.deps.logger.warn(
        { err: error, pollMs: this.options.idlePollMs },
        'could not LISTEN for new deliveries; looking for work by polling only',
      )
      return undefined
    })
    try {
      while (!this.stopping) {
        const lock = await tryAcquireSenderLock(this.deps.database).catch((error: unknown) => {
          this.deps.logger.warn({ err: error }, 'sender lock unavailable')
          return undefined
        })
        if (!lock) {
          await this.sleep(this.options.lockRetryMs)
          continue
        }
        await this.hold(lock)
        if (!this.stopping) await this.sleep(this.options.lockRetryMs)
      }
    } finally {
      await unlisten?.()
    }
  }

  private async hold(lock: SenderLock) {
    this.holding = true
    this.deps.logger.info('broadcast sender started')
    try {
      await this.work(lock)
    } catch (error) {
      this.deps.logger.error({ err: error }, 'broadcast sender failed; it will start over')
    } finally {
      await this.settle()
      this.holding = false
      await lock.release()
    }
  }

  private async work(lock: SenderLock) {
    await this.warmUp()
    await this.recover()
    await this.waitOutPreviousHolder()
    this.pausedUntil = clock() + (await readPause(this.db))
    let lockCheckedAt = clock()
    while (!this.stopping) {
      const now = clock()
      if (now - lockCheckedAt > LOCK_CHECK_MS) {
        if (!(await lock.held())) {
          this.deps.logger.warn('sender lock lost; standing by')
          return
        }
        lockCheckedAt = now
      }
      this.maybeFlush(now)
      this.maybeReportProgress(now)
      if (now < this.pausedUntil) {
        await this.sleep(this.pausedUntil - now)
        continue
      }
      const queued = this.queue.length + this.edits.length
      if (queued <= this.lowWater() && !this.claiming && now >= this.nextClaimAt) {
        this.claiming = this.claim()
      }
      if (queued === 0) {
        if (this.claiming) await this.claiming
        else await this.sleep(this.nextClaimAt - now)
        continue
      }
      if (this.inFlight >= this.options.maxInFlight) {
        await this.sleep(this.options.idlePollMs)
        continue
      }
      const next = pickIn(this.queue, this.pacer, pacedChat, now)
      const item = next.index >= 0 ? this.queue.splice(next.index, 1)[0] : undefined
      if (item) {
        this.dispatch(item, now)
        continue
      }
      const nextEdit = pickIn(this.edits, this.pacer, pacedEditChat, now)
      const edit = nextEdit.index >= 0 ? this.edits.splice(nextEdit.index, 1)[0] : undefined
      if (edit) this.dispatchEdit(edit, now)
      else await this.sleep(Math.min(next.at, nextEdit.at) - now)
    }
  }

  /** Opens the keep-alive connection before the first paced send, so it does not arrive late. */
  private async warmUp() {
    await this.api.getMe().catch((error: unknown) => {
      this.deps.logger.warn({ failure: readFailure(error) }, 'the Bot API did not answer getMe')
    })
  }

  /** See `takeOverWaitMs`. */
  private async waitOutPreviousHolder() {
    const until = clock() + this.options.takeOverWaitMs
    while (!this.stopping && clock() < until) await this.sleep(until - clock())
  }

  /**
   * Rows claimed at a time: a fifth of a second of sending. Claimed rows are `sending` until written back,
   * so after a crash they all count as ambiguous; small claims keep that over-count small.
   */
  private batchSize() {
    const rate = this.options.ratePerSecond
    return Number.isFinite(rate) ? Math.max(1, Math.min(500, Math.ceil(rate / 5))) : 500
  }

  private lowWater() {
    return Math.floor(this.batchSize() / 2)
  }

  private async claim() {
    try {
      const wanted = this.batchSize()
      const claimed = await claimDue(this.db, wanted)
      for (const [index, item] of claimed.entries()) {
        const content = await this.content.of(item.announcementId, item.revision).catch((error: unknown) => {
          // Every claimed row gets an outcome: those not sorted yet go back to the queue.
          this.writeBack.releases.push(...claimed.slice(index))
          throw error
        })
        const decision = decide(item.subscription, content?.reach ?? EMPTY_REACH)
        const night = this.nightOf(item)
        const sendable = decision.kind === 'send' && content && content.stage !== 'withdrawn'
        if (sendable && night.kind === 'hold') this.holdUntilMorning(item, night.until)
        else if (sendable) this.queue.push(item)
        else this.writeBack.outcomes.push(outcome(item, 'skipped', null, skipReason(decision, content)))
      }
      const edits = claimed.length < wanted ? await claimEdits(this.db, wanted - claimed.length) : []
      this.edits.push(...edits)
      if (claimed.length + edits.length < wanted) this.nextClaimAt = clock() + this.options.idlePollMs
    } catch (error) {
      this.deps.logger.error({ err: error }, 'could not claim deliveries')
      await this.sleep(this.options.idlePollMs)
    } finally {
      this.claiming = undefined
      this.wake()
    }
  }

  /** Deliveries left `sending` by a sender that died: their requests may or may not have gone out. */
  private async recover() {
    const interrupted = await listInterrupted(this.db)
    for (const item of interrupted) {
      const content = await this.content.of(item.announcementId, item.revision)
      this.onFailure(item, content?.reach ?? EMPTY_REACH, { kind: 'unknown-outcome' })
    }
    if (interrupted.length > 0) {
      this.deps.logger.warn({ count: interrupted.length }, 'interrupted sends recorded as ambiguous')
    }
    await this.flush()
    const edits = await releaseInterruptedEdits(this.db)
    if (edits > 0) this.deps.logger.warn({ count: edits }, 'interrupted edits released, to be made again')
  }

  private dispatch(item: ClaimedDelivery, now: number) {
    const ticket = this.pacer.begin(pacedChat(item), now)
    this.inFlight++
    this.send(item).finally(() => {
      this.pacer.end(ticket, clock())
      this.inFlight--
      this.wake()
    })
  }

  /** Sends one claimed delivery and records its outcome, whatever happens (nothing stays `sending`). */
  private async send(item: ClaimedDelivery) {
    let content: AnnouncementContent | undefined
    try {
      content = await this.content.of(item.announcementId, item.revision)
    } catch (error) {
      this.deps.logger.warn(
        { err: error, announcement: item.announcementId },
        'could not load an announcement; its delivery goes back to the queue',
      )
      this.writeBack.releases.push(item)
      return
    }
    if (!content) {
      this.writeBack.outcomes.push(outcome(item, 'skipped', null, 'gone'))
      return
    }
    const message = content.message(localeOf(item.subscription?.locale), item.subscription)
    try {
      const topic = item.subscription?.messageThreadId
      const night = this.nightOf(item)
      const sent = await this.api.sendMessage(item.chatId, message.text.text, {
        entities: message.text.entities,
        reply_markup: message.keyboard,
        link_preview_options: { is_disabled: true },
        disable_notification: night.kind === 'send' && night.silent,
        // A forum group's subscription made in a topic is pushed to that topic.
        ...(topic ? { message_thread_id: topic } : {}),
      })
      this.writeBack.outcomes.push({
        ...outcome(item, 'sent', null, null),
        messageId: sent.message_id,
        revision: content.revision,
      })
    } catch (error) {
      const failure = readFailure(error)
      this.deps.logger.debug({ chatId: item.chatId, failure }, 'send failed')
      this.onFailure(item, content.reach, failure)
    }
  }

  /** Quiet hours for this delivery now, in the subscriber's zone (see `nightDecision`). */
  private nightOf(item: ClaimedDelivery): NightDecision {
    const sub = item.subscription
    if (!sub) return { kind: 'send', silent: false }
    return nightDecision(this.options.wallClock(), effectiveTimeZone(sub), sub.quietHours)
  }

  /** A held push goes back to the outbox until 06:00 local time; holding it costs no attempt. */
  private holdUntilMorning(item: ClaimedDelivery, until: Date) {
    const waitMs = Math.max(0, until.getTime() - this.options.wallClock().getTime())
    this.writeBack.outcomes.push({
      ...outcome(item, 'pending', waitMs, 'held for quiet hours'),
      refundAttempt: 1,
    })
  }

  async paced<T>(chat: PacedChat, request: (api: Api) => Promise<T>): Promise<T> {
    for (;;) {
      if (this.stopping || !this.holding) throw new SenderUnavailable()
      const now = clock()
      const at = Math.max(this.pausedUntil, this.pacer.earliest(chat, now))
      if (at <= now) break
      await this.sleep(at - now)
    }
    const ticket = this.pacer.begin(chat, clock())
    this.inFlight++
    try {
      return await request(this.api)
    } catch (error) {
      const failure = readFailure(error)
      if (failure.kind === 'rate-limited') this.pause(failure.retryAfterS * 1000, describe(failure))
      throw error
    } finally {
      this.pacer.end(ticket, clock())
      this.inFlight--
      this.wake()
    }
  }

  private dispatchEdit(edit: ClaimedEdit, now: number) {
    const ticket = this.pacer.begin(pacedEditChat(edit), now)
    this.inFlight++
    this.edit(edit).finally(() => {
      this.pacer.end(ticket, clock())
      this.inFlight--
      this.wake()
    })
  }

  /**
   * Brings one message already sent to the announcement's revision, rendered for the chat as a send would
   * be (a chat that no longer follows it keeps its message, edited); records the outcome whatever happens.
   */
  private async edit(edit: ClaimedEdit) {
    let content: AnnouncementContent | undefined
    try {
      content = await this.content.of(edit.announcementId, edit.revision)
    } catch (error) {
      this.deps.logger.warn({ err: error, announcement: edit.announcementId }, 'could not load an edit')
      this.writeBack.edits.push(editRelease(edit))
      return
    }
    if (!content)
      return this.onEditOutcome(edit, edit.revision, { kind: 'message-gone', description: 'gone' })
    const message = content.message(localeOf(edit.subscription?.locale), edit.subscription)
    try {
      await this.api.editMessageText(edit.chatId, edit.messageId, message.text.text, {
        entities: message.text.entities,
        reply_markup: message.keyboard,
        link_preview_options: { is_disabled: true },
      })
      this.onEditOutcome(edit, content.revision)
    } catch (error) {
      const failure = readEditFailure(error)
      this.deps.logger.debug({ chatId: edit.chatId, failure }, 'edit failed')
      this.onEditOutcome(edit, content.revision, failure)
    }
  }

  private onEditOutcome(edit: ClaimedEdit, revision: number, failure?: EditFailure) {
    const decision = decideEdit(failure, edit.attempts, this.options.retry)
    const base = { announcementId: edit.announcementId, chatId: edit.chatId, attempt: edit.attempts }
    switch (decision.kind) {
      case 'done':
        this.writeBack.edits.push({ ...base, revision, retryInMs: 0, error: null, refundAttempt: 0 })
        return
      case 'give-up':
        this.writeBack.edits.push({
          ...base,
          revision,
          retryInMs: 0,
          error: decision.reason,
          refundAttempt: 0,
        })
        return
      case 'retry': {
        const error = failure ? describeEdit(failure) : null
        if (decision.pauseAll) this.pause(decision.afterMs, error ?? 'edit paused')
        this.writeBack.edits.push({
          ...base,
          revision: null,
          retryInMs: decision.afterMs,
          error,
          refundAttempt: decision.pauseAll ? 1 : 0,
        })
      }
    }
  }

  private onFailure(item: ClaimedDelivery, reach: AwardReach, failure: SendFailure) {
    const decision = decide(item.subscription, reach, failure, item, this.options.retry)
    const base = {
      ...outcome(item, 'pending', null, describe(failure)),
      ambiguous: failure.kind === 'unknown-outcome' ? 1 : 0,
      refundAttempt: failure.kind === 'rate-limited' ? 1 : 0,
    }
    switch (decision.kind) {
      case 'retry':
        if (decision.pauseAll) this.pause(decision.afterMs, describe(failure))
        this.writeBack.outcomes.push({
          ...base,
          status: decision.ambiguous ? 'ambiguous' : 'pending',
          retryInMs: decision.afterMs,
        })
        return
      case 'drop':
        this.writeBack.outcomes.push({ ...base, status: decision.status })
        if (decision.deactivate)
          this.writeBack.deactivations.push({ chatId: item.chatId, reason: decision.reason })
        return
      case 'move':
        this.writeBack.moves.push({
          announcementId: item.announcementId,
          from: item.chatId,
          to: decision.toChatId,
        })
        return
      case 'send':
        this.writeBack.outcomes.push({ ...base, retryInMs: 0 })
    }
  }

  /** Every send waits; claimed deliveries not yet sent go back, so a long pause holds nothing `sending`. */
  private pause(ms: number, reason: string) {
    this.pausedUntil = Math.max(this.pausedUntil, clock() + ms)
    this.writeBack.pauseAll(ms, reason)
    this.writeBack.releases.push(...this.queue.splice(0))
    this.writeBack.edits.push(...this.edits.splice(0).map(editRelease))
    this.deps.logger.warn({ ms, reason }, 'sending paused')
  }

  private maybeFlush(now: number) {
    const due = now - this.lastFlush >= this.options.flushIntervalMs
    if (this.writeBack.size > 0 && (due || this.writeBack.outcomes.length >= FLUSH_BATCH)) void this.flush()
  }

  private flush(): Promise<void> {
    this.lastFlush = clock()
    return this.writeBack.flush()
  }

  /** Leaves nothing behind: unsent claims go back, requests on their way get `stopGraceMs` to answer. */
  private async settle() {
    this.writeBack.releases.push(...this.queue.splice(0))
    await this.claiming
    this.writeBack.releases.push(...this.queue.splice(0))
    this.writeBack.edits.push(...this.edits.splice(0).map(editRelease))
    const deadline = clock() + this.options.stopGraceMs
    while (this.inFlight > 0 && clock() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
    await this.flush()
    await this.flush()
  }

  private maybeReportProgress(now: number) {
    if (this.progressRunning || now - this.lastProgress < this.options.progressIntervalMs) return
    this.lastProgress = now
    this.progressRunning = true
    this.pacer.prune(now)
    reportProgress(this.db, this.content.translator, (chatId, messageId, text, keyboard) =>
      this.showProgress(chatId, messageId, text, keyboard),
    )
      .catch((error: unknown) => this.deps.logger.warn({ err: error }, 'could not report progress'))
      .finally(() => {
        this.progressRunning = false
      })
  }

  /** Edits a progress message through the same pacing and pause as every send. */
  private async showProgress(
    chatId: number,
    messageId: number,
    text: FormattedString,
    keyboard: InlineKeyboard,
  ) {
    const key = `${chatId}:${messageId}`
    const shown = `${text.text}\n${JSON.stringify(keyboard.inline_keyboard)}`
    if (this.progressShown.get(key) === shown) return true
    const chat = { id: chatId, isGroup: chatId < 0 }
    const now = clock()
    if (now < this.pausedUntil || this.pacer.earliest(chat, now) > now) return false
    const ticket = this.pacer.begin(chat, now)
    try {
      await this.api.editMessageText(chatId, messageId, text.text, {
        entities: text.entities,
        reply_markup: keyboard,
      })
      this.progressShown.set(key, shown)
    } catch (error) {
      const failure = readFailure(error)
      if (failure.kind === 'rate-limited') this.pause(failure.retryAfterS * 1000, describe(failure))
      else if (failure.kind === 'rejected' && /not modified/i.test(failure.description)) {
        this.progressShown.set(key, shown)
      } else this.deps.logger.warn({ chatId, failure }, 'could not update a progress message')
      return failure.kind !== 'rate-limited'
    } finally {
      this.pacer.end(ticket, clock())
    }
    return true
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve()
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.wakers.delete(done)
        resolve()
      }
      const timer = setTimeout(done, Math.max(0, Math.min(ms, 60_000)))
      this.wakers.add(done)
    })
  }

  private wake() {
    for (const waker of [...this.wakers]) waker()
  }
}

const EMPTY_REACH: AwardReach = { provinceCodes: [], regencyCodes: [], themes: [], levels: [] }

const pacedChat = (item: ClaimedDelivery | ClaimedEdit): PacedChat => ({
  id: item.chatId,
  isGroup: item.subscription ? item.subscription.chatType !== 'private' : item.chatId < 0,
})
const pacedEditChat: (edit: ClaimedEdit) => PacedChat = pacedChat

/** The first of the first `PICK_SCAN` queued items the pacer lets go now, or when the earliest may go. */
function pickIn<Item>(
  queue: readonly Item[],
  pacer: { earliest(chat: PacedChat, now: number): number },
  chatOf: (item: Item) => PacedChat,
  now: number,
): { index: number; at: number } {
  let earliest = Number.POSITIVE_INFINITY
  const scan = Math.min(queue.length, PICK_SCAN)
  for (let index = 0; index < scan; index++) {
    const item = queue[index]
    if (item === undefined) continue
    const at = pacer.earliest(chatOf(item), now)
    if (at <= now) return { index, at }
    earliest = Math.min(earliest, at)
  }
  return { index: -1, at: earliest }
}

/** An edit claimed and not made: given back as it was. */
const editRelease = (edit: ClaimedEdit): EditOutcome => ({
  announcementId: edit.announcementId,
  chatId: edit.chatId,
  attempt: edit.attempts,
  revision: null,
  retryInMs: 0,
  error: null,
  refundAttempt: 1,
})

function skipReason(decision: ReturnType<typeof decide>, content: AnnouncementContent | undefined) {
  if (decision.kind === 'drop') return decision.reason
  return content ? 'withdrawn' : 'gone'
}

function outcome(
  item: ClaimedDelivery,
  status: DeliveryOutcome['status'],
  retryInMs: number | null,
  error: string | null,
): DeliveryOutcome {
  return {
    announcementId: item.announcementId,
    chatId: item.chatId,
    attempt: item.attempts,
    status,
    retryInMs,
    error,
    messageId: null,
    revision: null,
    ambiguous: 0,
    refundAttempt: 0,
  }
}
