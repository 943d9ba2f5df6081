import { createConcurrentSink, createRunner, createSource, type UpdateSupplier } from '@grammyjs/runner'
import { type Bot, type Context, GrammyError } from 'grammy'
import type { Update } from 'grammy/types'
import { type HeldLock, LOCK_KEYS, tryTakeLeaderLock } from '../db/advisory-locks.ts'
import type { Logger } from '../logger.ts'
import { ALLOWED_UPDATES, type UpdateGate } from './update-gate.ts'

/** Seconds Telegram holds a getUpdates open when there is nothing to deliver. */
const LONG_POLL_SECONDS = 30
const MAX_RETRY_MS = 30_000
const LOCK_CHECK_MS = 2000

export type PollingRole = 'polling' | 'standby' | 'stopped'

export interface PollingOptions<C extends Context> {
  bot: Bot<C>
  gate: UpdateGate
  logger: Logger
  /** postgres:// URL: one process polls and the others stand by to take over. Unset (PGlite): poll at once. */
  lockUrl?: string | undefined
  /** How often a standby process tries to take polling over. */
  standbyRetryMs?: number
  /** Telegram will never give this bot updates (401: the token was revoked); the process should exit. */
  onFatal(error: unknown): void
}

export interface Polling {
  role(): PollingRole
  /**
   * Stops taking updates, waits for those in flight, confirms them to Telegram (so the next process does
   * not get them again) and lets another process take polling over.
   */
  stop(): Promise<void>
}

const NO_LOCK: HeldLock = { held: async () => true, release: async () => {} }

/** What sleep needs of a signal: the runner's comes from the abort-controller polyfill, ours is native. */
interface Abortable {
  readonly aborted: boolean
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void
  removeEventListener(type: 'abort', listener: () => void): void
}

function sleep(ms: number, signal: Abortable) {
  return new Promise<void>((resolve) => {
    if (signal.aborted) return resolve()
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
  })
}

/** A revoked token: no retry helps. (409, another poller or a webhook, may be a hand-over: retried.) */
const isFatal = (error: unknown) => error instanceof GrammyError && error.error_code === 401

/**
 * Long polling with @grammyjs/runner: updates of different chats run in parallel, those of one chat in
 * order through the gate. On Postgres only the holder of the polling lock polls (Telegram allows one
 * poller per bot); other instances stand by, serve health checks and send broadcasts, and the first to
 * notice the holder gone takes over.
 */
export function startPolling<C extends Context>(options: PollingOptions<C>): Polling {
  const { bot, gate, logger } = options
  const stopping = new AbortController()
  let role: PollingRole = 'standby'
  let offset = 0

  const supply: UpdateSupplier<Update>['supply'] = async (batchSize, signal) => {
    for (let retryMs = 100; ; retryMs = Math.min(retryMs * 2, MAX_RETRY_MS)) {
      try {
        const updates = await bot.api.getUpdates(
          {
            offset,
            limit: Math.max(1, Math.min(batchSize, 100)),
            timeout: LONG_POLL_SECONDS,
            allowed_updates: [...ALLOWED_UPDATES],
          },
          signal,
        )
        const last = updates.at(-1)
        if (last) offset = last.update_id + 1
        return updates
      } catch (error) {
        if (signal.aborted || isFatal(error)) throw error
        const retryAfterS = error instanceof GrammyError ? error.parameters.retry_after : undefined
        const waitMs = retryAfterS ? retryAfterS * 1000 : retryMs
        logger.warn({ err: error, retryInMs: waitMs }, 'getUpdates failed; retrying')
        await sleep(waitMs, signal)
      }
    }
  }

  /** Polls until stopped or the lock is lost; then waits for the updates in flight. */
  const pollWhileHeld = async (lock: HeldLock) => {
    await bot.api.deleteWebhook()
    if (stopping.signal.aborted) return
    const sink = createConcurrentSink<Update, unknown>(
      { consume: (update) => gate.run(update, () => bot.handleUpdate(update)) },
      async (error) => {
        logger.error({ err: error }, 'update failed')
      },
    )
    const runner = createRunner(createSource({ supply }), sink)
    let lost = false
    const stopRunner = () => void runner.stop()
    const watch = setInterval(() => {
      void lock.held().then((held) => {
        if (held || lost) return
        lost = true
        logger.error('lost the polling lock; standing by')
        stopRunner()
      })
    }, LOCK_CHECK_MS)
    stopping.signal.addEventListener('abort', stopRunner, { once: true })
    role = 'polling'
    runner.start()
    logger.info({ bot: bot.botInfo.username }, 'long polling started')
    try {
      await runner.task()
    } finally {
      clearInterval(watch)
      stopping.signal.removeEventListener('abort', stopRunner)
    }
    await gate.idle()
    // Telegram forgets updates only when asked for the next ones; a new poller would get these again.
    // Not after losing the lock: the new holder polls already, and a second getUpdates would cut it off.
    if (!lost && offset > 0) await bot.api.getUpdates({ offset, limit: 1, timeout: 0 }).catch(() => {})
  }

  const loop = async () => {
    while (!stopping.signal.aborted) {
      const lock = options.lockUrl
        ? await tryTakeLeaderLock(options.lockUrl, LOCK_KEYS.polling).catch((error: unknown) => {
            logger.warn({ err: error }, 'could not ask for the polling lock')
            return undefined
          })
        : NO_LOCK
      if (!lock) {
        if (role !== 'standby') logger.info('another instance polls; standing by')
        role = 'standby'
        await sleep(options.standbyRetryMs ?? 5000, stopping.signal)
        continue
      }
      let failure: unknown
      try {
        await pollWhileHeld(lock)
      } catch (error) {
        failure = error
      } finally {
        await lock.release()
      }
      role = 'standby'
      if (failure === undefined) continue
      if (isFatal(failure)) {
        role = 'stopped'
        logger.fatal({ err: failure }, 'Telegram refuses long polling for this bot')
        return options.onFatal(failure)
      }
      logger.error({ err: failure }, 'long polling failed; trying again')
      await sleep(options.standbyRetryMs ?? 5000, stopping.signal)
    }
  }
  const looping = loop()

  return {
    role: () => role,
    async stop() {
      stopping.abort()
      await looping
      role = 'stopped'
    },
  }
}
