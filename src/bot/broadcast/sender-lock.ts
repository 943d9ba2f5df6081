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
 * Tries to become the one sender; `undefined` when another sender holds the lock. On Postgres this is a
 * session-level advisory lock on a connection reserved for it: when the holding process dies, its session
 * ends and the lock is free for the next one to take over. On PGlite (one process) it is in-process.
 */
export async function tryAcquireSenderLock(database: DatabaseHandle): Promise<SenderLock | undefined> {
  if (database.kind === 'pglite') return acquireInProcess(database.db)
  const reserved = await postgresClientOf(database).reserve()
  try {
    const [row] = await reserved<
      { locked: boolean }[]
    >`select pg_try_advisory_lock(${SENDER_LOCK_KEY}) as locked`
    if (row?.locked) return advisoryLock(reserved)
  } catch (error) {
    reserved.release()
    throw error
  }
  reserved.release()
  return undefined
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

function advisoryLock(reserved: Awaited<ReturnType<Sql['reserve']>>): SenderLock {
  let released = false
  return {
    async held() {
      if (released) return false
      try {
        const [row] = await reserved<{ held: boolean }[]>`
          select exists (
            select 1 from pg_locks
            where locktype = 'advisory' and pid = pg_backend_pid() and objid = ${SENDER_LOCK_KEY} and granted
          ) as held`
        return row?.held === true
      } catch {
        return false
      }
    },
    async release() {
      if (released) return
      released = true
      try {
        await reserved`select pg_advisory_unlock(${SENDER_LOCK_KEY})`
      } catch {
        // The session is gone, and the lock with it.
      } finally {
        reserved.release()
      }
    },
  }
}
