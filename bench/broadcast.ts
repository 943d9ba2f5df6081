/**
 * `npm run bench:broadcast`: one announcement to 10,000 subscribers of mixed settings (everything,
 * provinces, kabupaten/kota, themes; a tenth of them groups) through the fake Bot API server, then one
 * correction of it (an innovation removed, made final) that edits every message sent. Measures the
 * fan-out, the send and edit rates achieved at the default limit over a sample window, and the sender's
 * own throughput with the limit lifted; checks that every subscriber the fan-out chose got exactly one
 * message, listing only the innovations it follows, and that each message was edited exactly once.
 * Runs on an in-memory PGlite, or on BENCH_DATABASE_URL (a database it may fill) when set.
 */
import { asc } from 'drizzle-orm'
import { startSender } from '../src/bot/broadcast/sender.ts'
import { prepareDatabase } from '../src/db/bootstrap.ts'
import { createDatabase } from '../src/db/database.ts'
import { updateAnnouncement } from '../src/db/repositories/announcements.ts'
import { countDeliveries } from '../src/db/repositories/deliveries.ts'
import { countOutdatedMessages } from '../src/db/repositories/delivery-edits.ts'
import { innovations } from '../src/db/schema/index.ts'
import { loadRegionCatalogue } from '../src/db/sources/regions.ts'
import { THEMES } from '../src/domain/innovations/themes.ts'
import { createLogger } from '../src/logger.ts'
import { latestYear } from '../src/runtime.ts'
import {
  addSubscribers,
  announce,
  range,
  type SubscriberSpec,
  TEST_TOKEN,
} from '../test/broadcast/support.ts'
import { startFakeBotApiServer } from '../test/support/fake-bot-api-server.ts'
import { mulberry32 } from '../test/support/random.ts'

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000)
const NAMED = 20
const LIMIT = 25
const WARM_UP_MS = 2_000
const SAMPLE_MS = 8_000
const TITLE = 'Top 45 KIPP Bench'

const log = (line: string) => process.stderr.write(`${line}\n`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const round = (value: number, digits = 2) => Number(value.toFixed(digits))

/** A small deterministic generator, so every run has the same subscribers. */

/** Subscribers of mixed settings over the whole region catalogue and theme list. */
function mixedSubscribers(regions: Awaited<ReturnType<typeof loadRegionCatalogue>>): SubscriberSpec[] {
  const random = mulberry32(45)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const provinces = regions.provinces.map((province) => province.code)
  const regencies = regions.regencies.map((regency) => regency.code)
  const themes = THEMES.map((theme) => theme.slug)
  return range(1, SUBSCRIBERS).map((n): SubscriberSpec => {
    const chatId = n % 10 === 9 ? -n : n
    switch (n % 10) {
      case 0:
        return { chatId, everything: true }
      case 1:
      case 2:
      case 3:
        return { chatId, provinceCodes: [pick(provinces), pick(provinces)] }
      case 4:
      case 5:
        return { chatId, regencyCodes: [pick(regencies), pick(regencies), pick(regencies)] }
      case 6:
      case 7:
      case 8:
        return { chatId, themes: [pick(themes)], provinceCodes: random() < 0.3 ? [pick(provinces)] : [] }
      default:
        return random() < 0.5 ? { chatId, everything: true } : { chatId, provinceCodes: [pick(provinces)] }
    }
  })
}

const database = await createDatabase(
  process.env.BENCH_DATABASE_URL ? { url: process.env.BENCH_DATABASE_URL } : { dataDir: 'memory://' },
)
const server = await startFakeBotApiServer()
const logger = createLogger({ level: 'warn', destination: process.stderr })
const config = { botToken: TEST_TOKEN, botApiRoot: server.url, broadcastRatePerSecond: LIMIT }
const edits = () => server.requests.filter((r) => r.method === 'editMessageText' && r.outcome === 'answered')

/** Runs the sender at the default limit and returns what it achieved per second over the sample window. */
async function limitedRate(times: () => readonly number[]): Promise<number> {
  const limited = startSender({ config, logger, database })
  await sleep(WARM_UP_MS)
  const sampleStart = performance.timeOrigin + performance.now()
  await sleep(SAMPLE_MS)
  await limited.stop()
  const inSample = times().filter((at) => at >= sampleStart && at < sampleStart + SAMPLE_MS).length
  return inSample / (SAMPLE_MS / 1000)
}

/** Runs the sender with the limit lifted until `done`; returns its rate over what `count` counts. */
async function unthrottledRate(count: () => number, done: () => Promise<boolean>): Promise<number> {
  global.gc?.()
  const before = count()
  const start = performance.now()
  const sender = startSender(
    { config: { ...config, broadcastRatePerSecond: Number.POSITIVE_INFINITY }, logger, database },
    { idlePollMs: 100, progressIntervalMs: 2_000 },
  )
  while (!(await done())) await sleep(100)
  const seconds = (performance.now() - start) / 1000
  await sender.stop()
  return (count() - before) / seconds
}

try {
  const regions = await loadRegionCatalogue()
  await prepareDatabase(database.db, regions, latestYear(), 'seeds')
  log(`writing ${SUBSCRIBERS} subscriptions of mixed settings (${database.kind})…`)
  await addSubscribers(database.db, mixedSubscribers(regions))
  const named = await database.db
    .select({ id: innovations.id, name: innovations.name })
    .from(innovations)
    .orderBy(asc(innovations.id))
    .limit(NAMED)

  const fanOutStart = performance.now()
  const { id, queued } = await announce(
    database.db,
    TITLE,
    named.map((innovation) => innovation.id),
  )
  const fanOutMs = performance.now() - fanOutStart
  log(`fan-out: ${queued} of ${SUBSCRIBERS} subscribers in ${Math.round(fanOutMs)} ms`)

  const achieved = await limitedRate(() => server.messages.map((message) => message.at))
  log(`limited sends: ${round(achieved)}/s at a limit of ${LIMIT}/s`)
  const sent = () => server.messages.length
  const unthrottled = await unthrottledRate(
    sent,
    async () => (await countDeliveries(database.db, id)).pending === 0,
  )
  log(`unthrottled sends: ${Math.round(unthrottled)}/s`)

  const removed = named.at(-1)?.id ?? 0
  const correction = await updateAnnouncement(database.db, id, {
    stage: 'final',
    removeInnovationIds: [removed],
  })
  log(`correction: ${JSON.stringify(correction)}`)
  const editAchieved = await limitedRate(() => edits().map((request) => request.at))
  log(`limited edits: ${round(editAchieved)}/s at a limit of ${LIMIT}/s`)
  const editsDone = async () => (await countOutdatedMessages(database.db, id)) === 0
  const unthrottledEdits = await unthrottledRate(() => edits().length, editsDone)
  log(`unthrottled edits: ${Math.round(unthrottledEdits)}/s`)

  const perChat = new Map<number, number>()
  for (const message of server.messages) {
    if (message.text.includes(TITLE)) perChat.set(message.chatId, (perChat.get(message.chatId) ?? 0) + 1)
  }
  const duplicates = [...perChat.values()].filter((n) => n > 1).length
  const editedOnce = [...perChat.keys()].filter((chatId) => server.chat(chatId)[0]?.edits === 1).length
  const counts = await countDeliveries(database.db, id)
  log(
    `check: ${perChat.size} chats reached of ${queued} queued, ${duplicates} duplicates, ${editedOnce} edited once, ` +
      `${server.refusals.length} refusals, deliveries ${JSON.stringify(counts)}`,
  )
  const wrong =
    perChat.size !== queued || duplicates > 0 || editedOnce !== queued || server.refusals.length > 0
  if (wrong) process.exitCode = 1

  process.stdout.write(
    `broadcast-bench: subscribers=${SUBSCRIBERS} fanout_s=${round(fanOutMs / 1000)} limit_per_s=${LIMIT} ` +
      `achieved_per_s=${round(achieved)} rate_ratio=${round(achieved / LIMIT, 3)} ` +
      `unthrottled_per_s=${Math.round(unthrottled)} edit_rate_ratio=${round(editAchieved / LIMIT, 3)} ` +
      `fanout_ms=${Math.round(fanOutMs)}\n`,
  )
} finally {
  await server.close()
  await database.close()
}
