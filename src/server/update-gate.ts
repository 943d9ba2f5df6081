import type { Update } from 'grammy/types'
import { createChatLocks } from '../db/advisory-locks.ts'
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
  const chatLocks = options.lockUrl
    ? createChatLocks(options.lockUrl, {
        logger: options.logger,
        maxConnections: options.maxLocks ?? DEFAULT_MAX_LOCKS,
        timeoutMs: options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
      })
    : undefined
  const holdChat = chatLocks ? chatLocks.hold : (_key: string, work: () => Promise<void>) => work()

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
      await chatLocks?.close()
    },
  }
}
