import type { Update } from 'grammy/types'
import postgres, { type Sql } from 'postgres'
import type { Logger } from '../logger.ts'

/**
 * The one way updates enter the bot in production (webhook and polling alike): one update of a chat at a
 * time, in the order they arrived, and different chats in parallel. Across processes on one Postgres the
 * chat is held with an advisory lock, so two instances behind a load balancer never replay one
 * conversation at the same time (each would write a log the other did not see).
 */
export interface UpdateGate {
  /** Runs `handle` once every earlier update of the same chat is done here and no other process holds the chat. */
  run(update: Update, handle: () => Promise<void>): Promise<void>
  /** Updates taken in and not finished yet (queued behind their chat or running). */
  inFlight(): number
  /** Resolves once nothing is in flight. */
  idle(): Promise<void>
  /** Closes the lock connections; call after `idle()`. */
  close(): Promise<void>
}

export interface UpdateGateOptions {
  /** postgres:// URL: chats are also held across processes. Unset (PGlite, one process): in-process only. */
  lockUrl?: string | undefined
  logger: Logger
  /** Connections held for chat locks; beyond it updates of further chats wait for one. */
  maxLocks?: number
  /** How long an update waits for its chat held by another process before it runs anyway. */
  lockTimeoutMs?: number
}

/** The update types the bot handles, asked for explicitly in both modes (Telegram remembers the last list). */
export const ALLOWED_UPDATES = [
  'message',
  'edited_message',
  'callback_query',
  'inline_query',
  'chosen_inline_result',
  'my_chat_member',
] as const

/** Namespace of chat locks (the two-key advisory form, apart from the single-key migration and sender locks). */
export const CHAT_LOCK_NAMESPACE = 7_031_947

const DEFAULT_MAX_LOCKS = 16
const DEFAULT_LOCK_TIMEOUT_MS = 60_000

/**
 * The chat an update belongs to, or the person for updates without a chat (a button under an inline
 * message): the unit that conversations and drafts are kept by. `undefined` needs no order (inline queries).
 */
export function chatKeyOf(update: Update): string | undefined {
  const message =
    update.message ??
    update.edited_message ??
    update.channel_post ??
    update.edited_channel_post ??
    update.business_message ??
    update.callback_query?.message
  const chat =
    message?.chat ?? update.my_chat_member?.chat ?? update.chat_member?.chat ?? update.chat_join_request?.chat
  if (chat) return String(chat.id)
  if (update.callback_query) return String(update.callback_query.from.id)
  return undefined
}

/** Creates the gate; see `UpdateGate`. */
export function createUpdateGate(options: UpdateGateOptions): UpdateGate {
  const tails = new Map<string, Promise<void>>()
  const waiters = new Set<() => void>()
  let inFlight = 0
  const lockSql = options.lockUrl
    ? postgres(options.lockUrl, {
        max: options.maxLocks ?? DEFAULT_MAX_LOCKS,
        connect_timeout: 3,
        onnotice: () => {},
      })
    : undefined
  const holdChat = lockSql
    ? chatLock(lockSql, options.logger, options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS)
    : (_key: string, work: () => Promise<void>) => work()

  const finished = () => {
    inFlight--
    if (inFlight > 0) return
    for (const wake of waiters) wake()
    waiters.clear()
  }

  return {
    run(update, handle) {
      inFlight++
      const key = chatKeyOf(update)
      if (key === undefined) return handle().finally(finished)
      const previous = tails.get(key) ?? Promise.resolve()
      const current = previous.then(() => holdChat(key, handle)).finally(finished)
      const tail = current.catch(() => {})
      tails.set(key, tail)
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key)
      })
      return current
    },
    inFlight: () => inFlight,
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.add(resolve))),
    close: async () => {
      await lockSql?.end({ timeout: 5 })
    },
  }
}

/**
 * Holds the chat with a transaction-level advisory lock on a connection of its own while `work` runs; the
 * lock goes with the transaction, or with the connection if this process dies. When the lock cannot be
 * had (database out of reach, or held elsewhere past the timeout) the work runs anyway: the bot then tells
 * the person what is wrong rather than dropping the update in silence.
 */
function chatLock(sql: Sql, logger: Logger, timeoutMs: number) {
  return async (key: string, work: () => Promise<void>) => {
    let started = false
    let failure: { error: unknown } | undefined
    try {
      await sql.begin(async (tx) => {
        await tx`select set_config('lock_timeout', ${`${timeoutMs}ms`}, true)`
        await tx`select pg_advisory_xact_lock(${CHAT_LOCK_NAMESPACE}, hashtext(${key}))`
        started = true
        await work().catch((error: unknown) => {
          failure = { error }
        })
      })
    } catch (error) {
      if (started) logger.warn({ err: error, chat: key }, 'chat lock released with its connection')
      else {
        logger.warn({ err: error, chat: key }, 'chat lock unavailable; handling the update without it')
        return work()
      }
    }
    if (failure) throw failure.error
  }
}
