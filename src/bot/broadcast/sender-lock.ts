import type { Sql } from 'postgres'
import type { DatabaseHandle } from '../../db/database.ts'

/** The right to send, held by one sender across every process on one database. */
export interface SenderLock {
  /** False once the lock is lost (its connection died): the holder must stop sending at once. */
  held(): Promise<boolean>
  release(): Promise<void>
}

/** Any fixed number, distinct from the migration lock's. */
export const SENDER_LOCK_KEY = 7_031_946

/** PGlite serves one process, so there the lock only keeps two senders of that process apart. */
const heldInProcess = new WeakSet<object>()

function postgresClientOf(database: DatabaseHandle): Sql {
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
export async function tryAcquireSenderLock(database: DatabaseHandle): Promise<SenderLock | undefined> {
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
