import { type Database, ping } from '../db/database.ts'

/** What `GET /healthz` answers: `ok` is false when the database cannot be reached in time. */
export interface HealthReport {
  ok: boolean
  database: 'ok' | 'unreachable'
  /** Facts about this process (mode, polling role, sender state, updates in flight). */
  [detail: string]: string | number | boolean
}

export interface HealthCheckOptions {
  db: Database
  /** A `select 1` slower than this counts as unreachable. */
  timeoutMs?: number
  details?: () => Record<string, string | number | boolean>
}

const DEFAULT_TIMEOUT_MS = 2000

/** Resolves to true when `select 1` answers within `timeoutMs`. */
export async function databaseReachable(db: Database, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs)
  })
  const probe = ping(db)
  try {
    return await Promise.race([probe, late])
  } finally {
    clearTimeout(timer)
  }
}

/** The health check: the database within a short timeout, plus the process's own facts. */
export function createHealthCheck(options: HealthCheckOptions): () => Promise<HealthReport> {
  return async () => {
    const reachable = await databaseReachable(options.db, options.timeoutMs)
    return { ok: reachable, database: reachable ? 'ok' : 'unreachable', ...options.details?.() }
  }
}
