import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareDatabase } from '../../src/db/bootstrap.ts'
import {
  createAnnouncement,
  publishAnnouncement,
  updateAnnouncement,
} from '../../src/db/repositories/announcements.ts'
import { hasOpenDeliveries } from '../../src/db/repositories/deliveries.ts'
import { upsertInnovations } from '../../src/db/repositories/innovations.ts'
import { latestYear } from '../../src/runtime.ts'
import { testRegions } from '../support/database.ts'
import { type FakeBotApiServer, startFakeBotApiServer } from '../support/fake-bot-api-server.ts'
import { mulberry32 } from '../support/random.ts'
import { createPlace, type Place, sleep, spawnChild } from './crash-support.ts'
import { addSubscribers, deliveryRows, range, startTestSender, waitUntil } from './support.ts'

const ROUNDS = [1, 2, 3, 4]
const FOLLOWING_KEPT = 120
const FOLLOWING_REMOVED = 40

describe('an edit of every message sent, by a sender killed at random moments (SIGKILL) and started again', () => {
  let place: Place
  let server: FakeBotApiServer
  let announcementId = 0
  let removedInnovation = 0
  const chats = [...range(700_000, FOLLOWING_KEPT), ...range(800_000, FOLLOWING_REMOVED)]

  beforeAll(async () => {
    place = await createPlace()
    server = await startFakeBotApiServer()
    server.script({ method: 'editMessageText', behaviour: { kind: 'delay', ms: 15 } })
    const database = await place.open()
    try {
      const regions = await testRegions()
      await prepareDatabase(database.db, regions, latestYear(), 'seeds')
      const [kept, removed] = regions.regencies.slice(0, 2)
      if (!kept || !removed) throw new Error('not enough regencies')
      const { ids } = await upsertInnovations(
        database.db,
        [kept, removed].map((regency) => ({
          name: `Inovasi Sunting ${regency.code}`,
          expansion: null,
          agency: 'Dinas Uji',
          regencyCode: regency.code,
          provinceCode: regency.provinceCode,
          year: 2023,
          themes: [],
          tags: [],
          description: '',
          source: null,
          innovator: null,
          awards: [],
        })),
      )
      removedInnovation = ids[1] ?? 0
      await addSubscribers(database.db, [
        ...range(700_000, FOLLOWING_KEPT).map((chatId) => ({ chatId, regencyCodes: [kept.code] })),
        ...range(800_000, FOLLOWING_REMOVED).map((chatId) => ({ chatId, regencyCodes: [removed.code] })),
      ])
      announcementId = await createAnnouncement(database.db, {
        title: 'Top 99 Sunting 2023',
        level: 'nasional',
        year: 2023,
        stage: 'provisional',
        innovationIds: ids,
      })
      await publishAnnouncement(database.db, announcementId)
      const sender = startTestSender(database, server, { ratePerSecond: 400 })
      try {
        await waitUntil(async () => !(await hasOpenDeliveries(database.db, announcementId)), 30_000)
      } finally {
        await sender.stop()
      }
    } finally {
      await database.close()
    }
  }, 120_000)

  afterAll(async () => {
    await server.close()
    await place.drop()
  })

  it(`edits each message once per correction, over ${ROUNDS.length} corrections`, async () => {
    expect(server.messages.map((message) => message.chatId).sort()).toEqual(chats)
    let kills = 0
    for (const round of ROUNDS) {
      const title = `Top 99 Sunting 2023 (koreksi ${round})`
      const database = await place.open()
      try {
        const outcome = await updateAnnouncement(database.db, announcementId, {
          title,
          ...(round === 1 ? { stage: 'final' as const, removeInnovationIds: [removedInnovation] } : {}),
        })
        expect(outcome).toMatchObject({
          kind: 'updated',
          revision: round + 1,
          toEdit: chats.length,
          queued: 0,
        })
      } finally {
        await database.close()
      }
      const random = mulberry32(round)
      const env = {
        ...place.env,
        BOT_API_ROOT: server.url,
        ANNOUNCEMENT_ID: String(announcementId),
        RATE: '200',
      }
      const killCount = 1 + Math.floor(random() * 2)
      for (let kill = 0; kill < killCount; kill++) {
        const run = spawnChild('test/broadcast/edit-child.ts', env)
        await run.started
        await sleep(300 + random() * 900)
        run.child.kill('SIGKILL')
        await run.exited
      }
      kills += killCount
      const last = spawnChild('test/broadcast/edit-child.ts', env)
      expect(await last.exited, `round ${round}: the last run finishes`).toBe(0)

      for (const chatId of chats) {
        const shown = server.chat(chatId)
        const where = `round ${round}, chat ${chatId}: ${JSON.stringify(shown.map(({ text, edits }) => ({ text, edits })))}`
        expect(shown, where).toHaveLength(1)
        expect(shown[0]?.edits, where).toBe(round)
        expect(shown[0]?.text, where).toContain(title)
        expect(shown[0]?.text, where).not.toContain('menunggu uji publik')
      }
      const check = await place.open()
      try {
        const rows = await deliveryRows(check.db, announcementId)
        expect(rows.every((row) => row.status === 'sent')).toBe(true)
      } finally {
        await check.close()
      }
    }
    const remade = server.refusals.filter((refusal) => /not modified/.test(refusal.description)).length
    process.stdout.write(
      `edit crash test: ${ROUNDS.length} corrections, ${kills} kills, ${chats.length} messages, ` +
        `${remade} edits made again after a kill (refused as not modified, counted done)\n`,
    )
  }, 240_000)
})
