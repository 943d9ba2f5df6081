/**
 * A sender in a process of its own, for the edit crash test: it works the outbox until no message of one
 * announcement shows an older revision (and nothing is left to send), then exits 0. The test SIGKILLs it
 * at random moments and starts it again.
 *   env: DATABASE_URL or PGLITE_DIR, BOT_API_ROOT, ANNOUNCEMENT_ID, RATE (sends and edits per second)
 */
import { startSender } from '../../src/bot/broadcast/sender.ts'
import { createDatabase } from '../../src/db/database.ts'
import { hasOpenDeliveries } from '../../src/db/repositories/deliveries.ts'
import { countOutdatedMessages } from '../../src/db/repositories/delivery-edits.ts'
import { createLogger } from '../../src/logger.ts'
import { FAST, TEST_TOKEN } from './support.ts'

const env = process.env
const announcementId = Number(env.ANNOUNCEMENT_ID)
const database = await createDatabase(
  env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.PGLITE_DIR },
)
process.stdout.write('started\n')
const sender = startSender(
  {
    config: {
      botToken: TEST_TOKEN,
      botApiRoot: env.BOT_API_ROOT,
      broadcastRatePerSecond: Number(env.RATE ?? 200),
    },
    logger: createLogger({ level: env.LOG_LEVEL ?? 'silent', destination: process.stderr }),
    database,
  },
  { ...FAST, takeOverWaitMs: 200 },
)
const busy = async () =>
  (await hasOpenDeliveries(database.db, announcementId)) ||
  (await countOutdatedMessages(database.db, announcementId)) > 0
while (await busy()) await new Promise((r) => setTimeout(r, 100))
await sender.stop()
await database.close()
process.stdout.write('done\n')
