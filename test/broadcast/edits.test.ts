import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { updateAnnouncement } from '../../src/db/repositories/announcements.ts'
import { countDeliveries } from '../../src/db/repositories/deliveries.ts'
import { countOutdatedMessages } from '../../src/db/repositories/delivery-edits.ts'
import { deliveries } from '../../src/db/schema/index.ts'
import { createSeededDatabase } from '../support/database.ts'
import { type FakeBotApiServer, startFakeBotApiServer } from '../support/fake-bot-api-server.ts'
import { addSubscribers, announce, anyInnovationId, startTestSender, waitUntil } from './support.ts'

describe('the sender edits what it sent when an announcement is corrected', () => {
  let database: DatabaseHandle
  let server: FakeBotApiServer
  beforeAll(async () => {
    ;({ database } = await createSeededDatabase())
    server = await startFakeBotApiServer()
  })
  afterAll(async () => {
    await server.close()
    await database.close()
  })

  it('records a message that cannot be edited without retrying, waits out a 429, and edits the others once', async () => {
    const jekmil = await anyInnovationId(database.db, 'JEK-MIL')
    const taquias = await anyInnovationId(database.db, 'Taquias')
    await addSubscribers(database.db, [
      { chatId: 31, themes: ['kesehatan'] },
      { chatId: 32, provinceCodes: ['33'] },
      { chatId: 33, everything: true },
      { chatId: 34, themes: ['kesehatan'], locale: 'en' },
    ])
    const { id } = await announce(database.db, 'Top 99 Koreksi 2021', [jekmil, taquias])
    const sender = startTestSender(database, server, { ratePerSecond: 100 })
    try {
      await waitUntil(async () => (await countDeliveries(database.db, id)).sent === 4, 20_000, 'the sends')
      const shown = (chatId: number) => server.chat(chatId)[0]?.text ?? ''
      expect(shown(31)).toContain('JEK-MIL')
      expect(shown(31)).not.toContain('Taquias')
      expect(shown(31)).toContain('Karena Anda mengikuti: Kesehatan')
      expect(shown(32)).toContain('Karena Anda mengikuti: Jawa Tengah')
      expect(shown(32)).not.toContain('JEK-MIL')
      expect(shown(33)).toContain('Karena Anda mengikuti: semua inovasi')
      expect(shown(34)).toContain('Because you follow: Kesehatan')

      const gone = 'Bad Request: message to edit not found'
      server.script({
        method: 'editMessageText',
        chatId: 31,
        behaviour: { kind: 'fail', failure: { errorCode: 400, description: gone } },
      })
      server.script({
        method: 'editMessageText',
        chatId: 33,
        times: 1,
        behaviour: {
          kind: 'fail',
          failure: { errorCode: 429, description: 'Too Many Requests', parameters: { retry_after: 1 } },
        },
      })
      const outcome = await updateAnnouncement(database.db, id, { removeInnovationIds: [taquias] })
      expect(outcome).toMatchObject({ kind: 'updated', revision: 2, toEdit: 4, queued: 0 })
      await waitUntil(async () => (await countOutdatedMessages(database.db, id)) === 0, 20_000, 'the edits')

      const edits = (chatId: number) =>
        server.requests.filter(
          (request) => request.method === 'editMessageText' && request.payload.chat_id === chatId,
        )
      expect(edits(31), 'a message that cannot be edited is tried once').toHaveLength(1)
      const [lost] = await database.db.select().from(deliveries).where(eq(deliveries.chatId, 31))
      expect(lost).toMatchObject({ status: 'sent', revision: 2, editing: false, editError: gone })
      expect(edits(33).map((request) => request.outcome)).toEqual(['refused', 'answered'])
      for (const chatId of [32, 33, 34]) expect(server.chat(chatId)[0]?.edits).toBe(1)
      expect(shown(32), 'a chat that no longer matches keeps its message, edited').not.toContain('Taquias')
      expect(shown(32)).toContain('JEK-MIL')
      expect(shown(33)).toContain('✏️ Diperbarui')
      expect(shown(34)).toContain('✏️ Updated')
    } finally {
      await sender.stop()
    }
  })
})
