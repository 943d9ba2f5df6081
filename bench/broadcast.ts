/**
 * `npm run bench:broadcast`: one announcement to 100,000 subscribers through the fake Bot API server.
 * Measures the fan-out, the rate achieved at the default limit over a sample window, and the sender's
 * own throughput with the limit lifted; checks that every subscriber got exactly one message.
 * Runs on an in-memory PGlite, or on BENCH_DATABASE_URL (a database it may fill) when set.
 */
import { startSender } from '../src/bot/broadcast/sender.ts'
import { prepareDatabase } from '../src/db/bootstrap.ts'
import { createDatabase } from '../src/db/database.ts'
import { countDeliveries } from '../src/db/repositories/deliveries.ts'
import { loadRegionCatalogue } from '../src/db/sources/regions.ts'
import { createLogger } from '../src/logger.ts'
import { latestYear } from '../src/runtime.ts'
import { addSubscribers, announce, anyInnovationId, range, TEST_TOKEN } from '../test/broadcast/support.ts'
import { startFakeBotApiServer } from '../test/support/fake-bot-api-server.ts'

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 100_000)
const LIMIT = 25
const WARM_UP_MS = 2_000
const SAMPLE_MS = 8_000
const TITLE = 'Top 45 KIPP Bench'

const log = (line: string) => process.stderr.write(`${line}\n`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const round = (value: number, digits = 2) => Number(value.toFixed(digits))

const database = await createDatabase(
  process.env.BENCH_DATABASE_URL ? { url: process.env.BENCH_DATABASE_URL } : { dataDir: 'memory://' },
)
const server = await startFakeBotApiServer()
const logger = createLogger({ level: 'warn', destination: process.stderr })
try {
  await prepareDatabase(database.db, await loadRegionCatalogue(), latestYear(), 'seeds')
  log(`writing ${SUBSCRIBERS} subscriptions (${database.kind})…`)
  await addSubscribers(
    database.db,
    range(1, SUBSCRIBERS).map((chatId) => ({ chatId })),
  )

  const fanOutStart = performance.now()
  const { id, queued } = await announce(database.db, TITLE, [await anyInnovationId(database.db)])
  const fanOutS = (performance.now() - fanOutStart) / 1000
  log(`fan-out: ${queued} deliveries in ${round(fanOutS)} s`)

  const config = { botToken: TEST_TOKEN, botApiRoot: server.url, broadcastRatePerSecond: LIMIT }
  const limited = startSender({ config, logger, database })
  await sleep(WARM_UP_MS)
  const sampleStart = performance.timeOrigin + performance.now()
  await sleep(SAMPLE_MS)
  const sampleEnd = sampleStart + SAMPLE_MS
  await limited.stop()
  const inSample = server.messages.filter(
    (message) => message.at >= sampleStart && message.at < sampleEnd,
  ).length
  const achieved = inSample / (SAMPLE_MS / 1000)
  log(`limited: ${inSample} messages in ${SAMPLE_MS / 1000} s at a limit of ${LIMIT}/s`)

  global.gc?.()
  const before = server.messages.length
  const unthrottledStart = performance.now()
  const unthrottled = startSender(
    { config: { ...config, broadcastRatePerSecond: Number.POSITIVE_INFINITY }, logger, database },
    { idlePollMs: 100, progressIntervalMs: 2_000 },
  )
  while (server.messages.length < SUBSCRIBERS) await sleep(50)
  const unthrottledS = (performance.now() - unthrottledStart) / 1000
  while ((await countDeliveries(database.db, id)).pending > 0) await sleep(200)
  await unthrottled.stop()
  const unthrottledRate = (server.messages.length - before) / unthrottledS
  log(`unthrottled: ${server.messages.length - before} messages in ${round(unthrottledS)} s`)

  const perChat = new Map<number, number>()
  for (const message of server.messages) {
    if (message.text.includes(TITLE)) perChat.set(message.chatId, (perChat.get(message.chatId) ?? 0) + 1)
  }
  const duplicates = [...perChat.values()].filter((n) => n > 1).length
  const counts = await countDeliveries(database.db, id)
  log(`check: ${perChat.size} chats reached, ${duplicates} duplicates, deliveries ${JSON.stringify(counts)}`)
  if (perChat.size !== SUBSCRIBERS || duplicates > 0) process.exitCode = 1

  process.stdout.write(
    `broadcast-bench: subscribers=${SUBSCRIBERS} fanout_s=${round(fanOutS)} limit_per_s=${LIMIT} ` +
      `achieved_per_s=${round(achieved)} rate_ratio=${round(achieved / LIMIT, 3)} ` +
      `unthrottled_per_s=${Math.round(unthrottledRate)}\n`,
  )
} finally {
  await server.close()
  await database.close()
}
