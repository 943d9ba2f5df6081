import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { updateAnnouncement } from '../../src/db/repositories/announcements.ts'
import { listPublishedBetween } from '../../src/db/repositories/digests.ts'
import { announce, anyInnovationId } from '../broadcast/support.ts'
import { createSeededDatabase } from '../support/database.ts'

describe('what a digest gathers', () => {
  let database: DatabaseHandle
  beforeAll(async () => {
    ;({ database } = await createSeededDatabase())
  })
  afterAll(() => database.close())

  it('keeps a provisional award with its stage, and leaves out one withdrawn since', async () => {
    const from = new Date(Date.now() - 60_000)
    const innovation = await anyInnovationId(database.db)
    const kept = await announce(database.db, 'Top 99 KIPP Ringkasan', [innovation])
    await updateAnnouncement(database.db, kept.id, { stage: 'provisional' })
    const withdrawn = await announce(database.db, 'Top 30 Ditarik', [innovation])
    await updateAnnouncement(database.db, withdrawn.id, { stage: 'withdrawn' })

    const gathered = await listPublishedBetween(database.db, from, new Date(Date.now() + 60_000))
    expect(gathered.map((item) => [item.title, item.stage])).toEqual([
      ['Top 99 KIPP Ringkasan', 'provisional'],
    ])
  })
})
