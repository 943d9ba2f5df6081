import postgres from 'postgres'

/** A right one process holds across every process on one Postgres (for instance: to long-poll). */
export interface LeaderLock {
  /** False once the lock is lost (its connection died): the holder must stop at once. */
  held(): Promise<boolean>
  release(): Promise<void>
}

/**
 * Tries to take a session-level advisory lock on a connection of its own; `undefined` when another
 * process holds it. When the holder dies its session ends, and the lock is free for the next one.
 */
export async function tryTakeLeaderLock(url: string, key: number): Promise<LeaderLock | undefined> {
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
