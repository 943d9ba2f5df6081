import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { createAnnouncement, publishAnnouncement } from '../../src/db/repositories/announcements.ts'
import { countRecipients, fanOut } from '../../src/db/repositories/deliveries.ts'
import { unsubscribe } from '../../src/db/repositories/subscriptions.ts'
import { awards, innovationAwards } from '../../src/db/schema/index.ts'
import { createSeededDatabase } from '../support/database.ts'
import { addSubscribers, anyInnovationId, deliveryRows } from './support.ts'

describe('fanning an announcement out to subscribers', () => {
  let database: DatabaseHandle
  let taquias: number
  beforeAll(async () => {
    ;({ database } = await createSeededDatabase())
    taquias = await anyInnovationId(database.db, 'Taquias')
    await addSubscribers(database.db, [
      { chatId: 1, everything: true },
      { chatId: 2, provinceCodes: ['33'] },
      { chatId: 3, regencyCodes: ['33.04'] },
      { chatId: 4, themes: ['pendidikan'] },
      { chatId: -5, chatType: 'supergroup', provinceCodes: ['73', '33'] },
      { chatId: 6, provinceCodes: ['73'] },
      { chatId: 7, themes: ['kesehatan'] },
      { chatId: 8, regencyCodes: ['35.20'] },
      { chatId: 9, everything: true },
    ])
    await unsubscribe(database.db, 9)
  })
  afterAll(() => database.close())

  const newAnnouncement = (title: string) =>
    createAnnouncement(database.db, { title, level: 'nasional', year: 2021, innovationIds: [taquias] })

  it('queues one delivery for each active subscriber whose filters match a named innovation', async () => {
    const id = await newAnnouncement('Top 99 KIPP 2021')
    expect(await countRecipients(database.db, id)).toEqual({ instant: 5, digest: 0 })
    expect(await publishAnnouncement(database.db, id)).toEqual({ published: true, queued: 5 })
    const rows = await deliveryRows(database.db, id)
    expect(rows.map((row) => row.chatId)).toEqual([-5, 1, 2, 3, 4])
    expect(rows.every((row) => row.status === 'pending' && row.attempts === 0)).toBe(true)
  })

  it('adds nobody twice when the fan-out runs again, and only newcomers when it runs later', async () => {
    const id = await newAnnouncement('Top 45 KIPP 2021')
    await publishAnnouncement(database.db, id)
    expect(await publishAnnouncement(database.db, id)).toEqual({ published: false, queued: 0 })
    expect(await fanOut(database.db, id)).toBe(0)
    await addSubscribers(database.db, [{ chatId: 10, themes: ['pendidikan'] }])
    expect(await fanOut(database.db, id)).toBe(1)
    expect((await deliveryRows(database.db, id)).map((row) => row.chatId)).toEqual([-5, 1, 2, 3, 4, 10])
  })

  it('records the award on the innovations it names, once', async () => {
    const id = await newAnnouncement('Top 30 Jawa Tengah 2021')
    await publishAnnouncement(database.db, id)
    await publishAnnouncement(database.db, id)
    const recorded = await database.db
      .select({ innovationId: innovationAwards.innovationId, level: awards.level, year: awards.year })
      .from(awards)
      .innerJoin(innovationAwards, eq(innovationAwards.awardId, awards.id))
      .where(eq(awards.title, 'Top 30 Jawa Tengah 2021'))
    expect(recorded).toEqual([{ innovationId: taquias, level: 'nasional', year: 2021 }])
  })
})
