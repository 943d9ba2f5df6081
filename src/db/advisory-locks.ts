import postgres, { type Sql } from 'postgres'
import type { Logger } from '../logger.ts'

/**
 * Every Postgres advisory lock of the program lives here: the keys (fixed numbers, one per purpose) and
 * the three ways they are held — the broadcast sender's lock on a reserved pool connection, a leader's
 * lock on a connection of its own (long polling), and per-chat transaction locks (the update gate).
 */
export const LOCK_KEYS = {
  /** Two processes never migrate one server at the same time. */
  migration: 7_031_945,
  /** One broadcast sender across every process. */
  sender: 7_031_946,
  /** Namespace of the chat locks (the two-key form, apart from the single-key locks). */
  chatNamespace: 7_031_947,
  /** One process long-polls Telegram. */
  polling: 7_031_948,
} as const

/** A right one process holds across every process on one database. */
export interface HeldLock {
  /** False once the lock is lost (its connection died): the holder must stop at once. */
  held(): Promise<boolean>
  release(): Promise<void>
}

/** The right to send, held by one sender across every process on one database. */
export type SenderLock = HeldLock

const SENDER_LOCK_KEY = LOCK_KEYS.sender

/** What the sender lock needs of the database handle (its driver, and the client behind it). */
interface LockDatabase {
  kind: 'pglite' | 'postgres'
  db: object
}

/** Runs `work` (the migrations) holding the migration lock on `client`, a single-connection client. */
export async function withMigrationLock(client: Sql, work: () => Promise<void>) {
  await client`select pg_advisory_lock(${LOCK_KEYS.migration})`
  await work()
  await client`select pg_advisory_unlock(${LOCK_KEYS.migration})`
}

/** PGlite serves one process, so there the lock only keeps two senders of that process apart. */
const heldInProcess = new WeakSet<object>()

function postgresClientOf(database: LockDatabase): Sql {
  const client = (database.db as unknown as { $client?: Sql }).$client
  if (typeof client?.reserve !== 'function')
    throw new Error('expected a postgres.js client behind the database')
  return client
}

/**
 * Sessions that held the lock when this process lost touch with them (an outage): they are ended before
 * the lock is tried again, or a session the server has not yet noticed is dead would keep it for hours.
 */
const lostSessions = new Set<number>()

/**
 * Tries to become the one sender; `undefined` when another sender holds the lock. On Postgres this is a
 * session-level advisory lock on a connection reserved for it: when the holding process dies, its session
 * ends and the lock is free for the next one to take over. On PGlite (one process) it is in-process.
 */
export async function tryAcquireSenderLock(database: LockDatabase): Promise<SenderLock | undefined> {
  if (database.kind === 'pglite') return acquireInProcess(database.db)
  const client = postgresClientOf(database)
  await endLostSessions(client)
  const reserved = await client.reserve()
  try {
    const [row] = await reserved<
      { locked: boolean; pid: number }[]
    >`select pg_try_advisory_lock(${SENDER_LOCK_KEY}) as locked, pg_backend_pid() as pid`
    if (row?.locked) return advisoryLock(client, reserved, row.pid)
  } catch (error) {
    reserved.release()
    throw error
  }
  reserved.release()
  return undefined
}

/** Ends each lost session that still holds the lock (only then: its pid may since belong to another). */
async function endLostSessions(client: Sql) {
  for (const pid of lostSessions) {
    await client`
      select pg_terminate_backend(pid) from pg_locks
      where locktype = 'advisory' and pid = ${pid} and objid = ${SENDER_LOCK_KEY} and granted`
    lostSessions.delete(pid)
  }
}

function acquireInProcess(key: object): SenderLock | undefined {
  if (heldInProcess.has(key)) return undefined
  heldInProcess.add(key)
  let released = false
  return {
    held: async () => !released,
    async release() {
      released = true
      heldInProcess.delete(key)
    },
  }
}

/**
 * The lock on its reserved connection. Once that connection may have died, it is never used again, not
 * even released: postgres.js 3.4.9 writes a query on a closed reserved connection to a null socket from a
 * `setImmediate`, an uncaught TypeError that kills the process (porsager/postgres#1208), and releasing it
 * would hand the dead connection to the pool. So `held()` asks through the pool whether the session still
 * holds the lock, and a lock found lost is given up by ending its session from the pool.
 */
function advisoryLock(client: Sql, reserved: Awaited<ReturnType<Sql['reserve']>>, pid: number): SenderLock {
  let released = false
  let lost = false
  const holds = async () => {
    try {
      const [row] = await client<{ held: boolean }[]>`
        select exists (
          select 1 from pg_locks
          where locktype = 'advisory' and pid = ${pid} and objid = ${SENDER_LOCK_KEY} and granted
        ) as held`
      return row?.held === true
    } catch {
      return false
    }
  }
  return {
    async held() {
      if (released || lost) return false
      lost = !(await holds())
      if (lost) lostSessions.add(pid)
      return !lost
    },
    async release() {
      if (released) return
      released = true
      if (!lost && (await holds())) {
        const unlocked = await reserved`select pg_advisory_unlock(${SENDER_LOCK_KEY})`.then(
          () => true,
          () => false,
        )
        if (unlocked) return reserved.release()
      }
      lostSessions.add(pid)
      await endLostSessions(client).catch(() => {
        // The server is out of reach: the next attempt to take the lock ends the session.
      })
    },
  }
}

/**
 * Tries to take a session-level advisory lock on a connection of its own; `undefined` when another
 * process holds it. When the holder dies its session ends, and the lock is free for the next one.
 * process holds it. When the holder dies its session ends, and the lock is free for the next one.
 */
export async function tryTakeLeaderLock(url: string, key: number): Promise<HeldLock | undefined> {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} })
  try {
    const [row] = await sql<{ locked: boolean }[]>`select pg_try_advisory_lock(${key}) as locked`
    if (!row?.locked) {
      await sql.end({ timeout: 5 })
      return undefined
    }
  } catch (error) {
    await sql.end({ timeout: 1 }).catch(() => {})
    throw error
  }
  let released = false
  return {
    async held() {
      if (released) return false
      try {
        // A reconnected session does not have the lock: pg_locks of this backend tells the truth.
        const [row] = await sql<{ held: boolean }[]>`
          select exists (
            select 1 from pg_locks
            where locktype = 'advisory' and pid = pg_backend_pid() and objid = ${key} and objsubid = 1 and granted
          ) as held`
        return row?.held === true
      } catch {
        return false
      }
    },
    async release() {
      if (released) return
      released = true
      await sql`select pg_advisory_unlock(${key})`.catch(() => {})
      await sql.end({ timeout: 5 }).catch(() => {})
    },
  }
}

/** Chats held across processes while their update runs (see `UpdateGate`). */
export interface ChatLocks {
  /** Runs `work` holding the chat `key`; see `chatLock`. */
  hold(key: string, work: () => Promise<void>): Promise<void>
  /** Closes the lock connections. */
  close(): Promise<void>
}

/** Chat locks on a pool of `maxConnections` connections of their own to the server at `url`. */
export function createChatLocks(
  url: string,
  options: { logger: Logger; maxConnections: number; timeoutMs: number },
): ChatLocks {
  const sql = postgres(url, { max: options.maxConnections, connect_timeout: 3, onnotice: () => {} })
  return {
    hold: chatLock(sql, options.logger, options.timeoutMs),
    close: () => sql.end({ timeout: 5 }),
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
        await tx`select pg_advisory_xact_lock(${LOCK_KEYS.chatNamespace}, hashtext(${key}))`
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
