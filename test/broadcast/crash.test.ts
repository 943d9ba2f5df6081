import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareDatabase } from '../../src/db/bootstrap.ts'
import { createAnnouncement } from '../../src/db/repositories/announcements.ts'
import { hasOpenDeliveries } from '../../src/db/repositories/deliveries.ts'
import { upsertInnovations } from '../../src/db/repositories/innovations.ts'
import { latestYear } from '../../src/runtime.ts'
import { testRegions } from '../support/database.ts'
import { type FakeBotApiServer, startFakeBotApiServer } from '../support/fake-bot-api-server.ts'
import { mulberry32 } from '../support/random.ts'
import { createPlace, type Place, sleep, spawnChild } from './crash-support.ts'
import { addSubscribers, deliveryRows, range, startTestSender, waitUntil } from './support.ts'

const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1)
const SUBSCRIBERS = 80
const TAKE_OVER_CHATS = 5_000_000

const SENDER_CHILD = 'test/broadcast/sender-child.ts'

describe('a sender killed at random moments (SIGKILL) and started again', () => {
  let place: Place
  let server: FakeBotApiServer
  const announcementOf = new Map<number, number>()
  const chatsOf = new Map<number, number[]>()
  const kills = new Map<number, number>()
  let takeOverAnnouncement = 0

  beforeAll(async () => {
    place = await createPlace()
    server = await startFakeBotApiServer()
    server.script({ method: 'sendMessage', behaviour: { kind: 'delay', ms: 15 } })
    const database = await place.open()
    try {
      const regions = await testRegions()
      await prepareDatabase(database.db, regions, latestYear(), 'seeds')
      const regencies = regions.regencies.slice(0, SEEDS.length + 1)
      const { ids } = await upsertInnovations(
        database.db,
        regencies.map((regency) => ({
          name: `Inovasi Uji ${regency.code}`,
          expansion: null,
          agency: 'Dinas Uji',
          regencyCode: regency.code,
          provinceCode: regency.provinceCode,
          year: 2021,
          themes: [],
          tags: [],
          description: '',
          source: null,
          innovator: null,
          awards: [],
        })),
      )
      for (const [index, seed] of SEEDS.entries()) {
        const regency = regencies[index]
        const innovationId = ids[index]
        if (!regency || innovationId === undefined) throw new Error('not enough regencies')
        const chats = range(seed * 100_000, SUBSCRIBERS)
        await addSubscribers(
          database.db,
          chats.map((chatId) => ({ chatId, regencyCodes: [regency.code] })),
        )
        const id = await createAnnouncement(database.db, {
          title: `Top Crash Seed ${seed}`,
          level: 'nasional',
          year: 2021,
          innovationIds: [innovationId],
        })
        announcementOf.set(seed, id)
        chatsOf.set(seed, chats)
      }
      const spare = regencies[SEEDS.length]
      const spareInnovation = ids[SEEDS.length]
      if (!spare || spareInnovation === undefined) throw new Error('not enough regencies')
      await addSubscribers(
        database.db,
        range(TAKE_OVER_CHATS, SUBSCRIBERS).map((chatId) => ({ chatId, regencyCodes: [spare.code] })),
      )
      takeOverAnnouncement = await createAnnouncement(database.db, {
        title: 'Top Take Over',
        level: 'nasional',
        year: 2021,
        innovationIds: [spareInnovation],
      })
    } finally {
      await database.close()
    }
  }, 120_000)

  afterAll(async () => {
    await server.close()
    await place.drop()
  })

  it(`loses no recipient and repeats only counted ambiguous sends, over ${SEEDS.length} seeds`, async () => {
    for (const seed of SEEDS) {
      const random = mulberry32(seed)
      const env = {
        ...place.env,
        BOT_API_ROOT: server.url,
        ANNOUNCEMENT_ID: String(announcementOf.get(seed)),
        RATE: '200',
      }
      const killCount = 1 + Math.floor(random() * 2)
      for (let kill = 0; kill < killCount; kill++) {
        const run = spawnChild(SENDER_CHILD, env)
        await run.started
        await sleep(random() * 1000)
        run.child.kill('SIGKILL')
        await run.exited
      }
      kills.set(seed, killCount)
      const last = spawnChild(SENDER_CHILD, env)
      expect(await last.exited, `seed ${seed}: the last run finishes`).toBe(0)
    }

    const database = await place.open()
    try {
      let duplicates = 0
      let ambiguous = 0
      for (const seed of SEEDS) {
        const title = `Top Crash Seed ${seed}`
        const counts = new Map<number, number>()
        for (const message of server.messages) {
          if (message.text.includes(title)) counts.set(message.chatId, (counts.get(message.chatId) ?? 0) + 1)
        }
        const rows = await deliveryRows(database.db, announcementOf.get(seed) ?? 0)
        expect(
          rows.map((row) => row.chatId),
          `seed ${seed}: one delivery per subscriber`,
        ).toEqual(chatsOf.get(seed))
        for (const row of rows) {
          const received = counts.get(row.chatId) ?? 0
          const where = `seed ${seed}, chat ${row.chatId}: ${received} received, ${JSON.stringify(row)}`
          expect(['sent', 'ambiguous'], where).toContain(row.status)
          if (row.status === 'sent') expect(received, where).toBeGreaterThanOrEqual(1)
          expect(received, where).toBeLessThanOrEqual((row.status === 'sent' ? 1 : 0) + row.ambiguousSends)
          duplicates += Math.max(0, received - 1)
          ambiguous += row.ambiguousSends
        }
      }
      expect(duplicates).toBeLessThanOrEqual(ambiguous)
      process.stdout.write(
        `crash test: ${SEEDS.length} seeds, ${[...kills.values()].reduce((a, b) => a + b, 0)} kills, ` +
          `${ambiguous} ambiguous sends counted, ${duplicates} duplicates received\n`,
      )
    } finally {
      await database.close()
    }
  }, 170_000)

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'on Postgres, a standby sender in another process takes over when the holder is killed',
    async () => {
      const holder = spawnChild(SENDER_CHILD, {
        ...place.env,
        BOT_API_ROOT: server.url,
        ANNOUNCEMENT_ID: String(takeOverAnnouncement),
        RATE: '25',
      })
      await holder.started
      const received = () => server.messages.filter((message) => message.text.includes('Top Take Over'))
      await waitUntil(() => received().length >= 10, 20_000, 'the holder to send')
      const database = await place.open()
      const standby = startTestSender(database, server, { ratePerSecond: 200 })
      try {
        await sleep(300)
        expect(standby.isSending()).toBe(false)
        holder.child.kill('SIGKILL')
        await holder.exited
        await waitUntil(() => standby.isSending(), 10_000, 'the standby to take the lock')
        await waitUntil(async () => !(await hasOpenDeliveries(database.db, takeOverAnnouncement)), 20_000)
        const reached = new Set(received().map((message) => message.chatId))
        expect(reached.size).toBe(SUBSCRIBERS)
        const rows = await deliveryRows(database.db, takeOverAnnouncement)
        const ambiguous = rows.reduce((sum, row) => sum + row.ambiguousSends, 0)
        expect(received().length - SUBSCRIBERS).toBeLessThanOrEqual(ambiguous)
      } finally {
        await standby.stop()
        await database.close()
      }
    },
    60_000,
  )
})
