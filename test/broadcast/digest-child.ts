/**
 * A sender and a digest worker in a process of their own, for the digest crash test: the worker's clock
 * runs `OFFSET_MS` ahead of the real one (past the subscribers' 07:00), it sends every digest due, then
 * the process exits 0. The test SIGKILLs it at random moments and starts it again.
 *   env: DATABASE_URL or PGLITE_DIR, BOT_API_ROOT, OFFSET_MS, EXPECTED (digests to plan), RATE
 */
import { startDigestWorker } from '../../src/bot/broadcast/digest-worker.ts'
import { startSender } from '../../src/bot/broadcast/sender.ts'
import { createDatabase } from '../../src/db/database.ts'
import { listDigests } from '../../src/db/repositories/digests.ts'
import { createLogger } from '../../src/logger.ts'
import { FAST, TEST_TOKEN } from './support.ts'

const env = process.env
const offsetMs = Number(env.OFFSET_MS)
const expected = Number(env.EXPECTED)
const database = await createDatabase(
  env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DIR },
)
const logger = createLogger({ level: env.LOG_LEVEL ?? 'silent', destination: process.stderr })
process.stdout.write('started\n')
const sender = startSender(
  {
    config: {
      botToken: TEST_TOKEN,
      botApiRoot: env.BOT_API_ROOT,
      broadcastRatePerSecond: Number(env.RATE ?? 200),
    },
    logger,
    database,
  },
  { ...FAST, takeOverWaitMs: 200 },
)
const worker = startDigestWorker(
  { database, logger, sender },
  { clock: () => new Date(Date.now() + offsetMs), tickMs: 50, retry: FAST.retry },
)
const settled = async () => {
  const rows = await listDigests(database.db)
  const done = (row: (typeof rows)[number]) =>
    ['sent', 'skipped', 'failed'].includes(row.status) || (row.status === 'ambiguous' && !row.nextAttemptAt)
  return rows.length === expected && rows.every(done)
}
while (!(await settled())) await new Promise((resolve) => setTimeout(resolve, 100))
await worker.stop()
await sender.stop()
await database.close()
process.stdout.write('done\n')
