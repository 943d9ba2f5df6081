import { eq, sql } from 'drizzle-orm'
import type { User } from 'grammy/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { previewData } from '../../src/bot/keyboards/submission.ts'
import { startModerationNotifier } from '../../src/bot/moderation.ts'
import { LocalApiError } from '../../src/cli/local-bot-api.ts'
import { loadConfig } from '../../src/config.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { countOpenNotices } from '../../src/db/repositories/moderation-notices.ts'
import { upsertTelegramUser } from '../../src/db/repositories/users.ts'
import { innovations, moderationNotices, telegramUsers } from '../../src/db/schema/index.ts'
import type { RegionCatalogue } from '../../src/domain/regions/catalogue.ts'
import { createSearchIndex } from '../../src/domain/search/search-index.ts'
import { createI18n } from '../../src/i18n.ts'
import { createLogger } from '../../src/logger.ts'
import { ADMIN, createTestBot, testUser } from '../support/bot.ts'
import { createSeededDatabase } from '../support/database.ts'
import { answersWith, buttonsOf, fillDraft, newPerson, sentTo, uniqueName } from './submission-flow.ts'

const SECOND_ADMIN: User = { id: 911, is_bot: false, first_name: 'Rina', language_code: 'id' }
const SEND = previewData.pack({ action: 'send', field: 'all' })
const BLOCKED = 'Forbidden: bot was blocked by the user'

/** Every submission reaches every moderator, retried until it does; the innovator hears what is true. */
describe('moderators are told of every submission', () => {
  let database: DatabaseHandle
  let regions: RegionCatalogue
  const config = loadConfig({ ADMIN_IDS: String(ADMIN.id) })

  beforeAll(async () => {
    ;({ database, regions } = await createSeededDatabase())
    await upsertTelegramUser(database.db, { id: SECOND_ADMIN.id, firstName: 'Rina' })
    await database.db
      .update(telegramUsers)
      .set({ isAdmin: true })
      .where(eq(telegramUsers.id, SECOND_ADMIN.id))
  })
  afterAll(() => database.close())

  /** An innovator sends a submission through /ajukan on a bot whose sends to `unreachable` fail. */
  async function submit(options: { unreachable?: number; config?: typeof config } = {}) {
    const { bot, api } = createTestBot({ database, regions, config: options.config ?? config })
    api.respond('sendMessage', (payload, answerAsUsual) => {
      if (payload.chat_id === options.unreachable) throw new LocalApiError(403, BLOCKED)
      return answerAsUsual()
    })
    const author = testUser(bot, api, newPerson())
    await fillDraft(author, { answers: answersWith({ name: uniqueName() }) })
    await author.click(SEND)
    const id = Number(/#(\d+)/.exec(author.lastText())?.[1])
    return { id, author, api }
  }

  it('says "received, waiting for an admin" when every moderator got the card', async () => {
    const { id, author, api } = await submit()
    expect(author.lastText()).toContain(`Pengajuan #${id}`)
    expect(author.lastText()).toContain('sudah diterima dan menunggu pemeriksaan admin')
    for (const admin of [ADMIN, SECOND_ADMIN])
      expect(buttonsOf(sentTo(api.calls, admin.id).at(-1)?.payload ?? {})).toContain(`mod:approve:${id}`)
    expect(await countOpenNotices(database.db, id)).toBe(0)
  })

  it('tells the innovator the truth when an admin cannot be reached, and sends the card once they can be, after a restart', async () => {
    const { id, author, api } = await submit({ unreachable: ADMIN.id })
    expect(author.lastText()).toContain(`Pengajuan #${id}`)
    expect(author.lastText()).toContain('Admin belum bisa diberi tahu saat ini; kami akan terus mencoba')
    expect(author.lastText()).not.toContain('sudah diterima')
    expect(sentTo(api.calls, SECOND_ADMIN.id).at(-1)?.payload.text).toContain(`📥 Pengajuan #${id}`)
    expect(await countOpenNotices(database.db, id)).toBe(1)
    const [queued] = await database.db
      .select()
      .from(moderationNotices)
      .where(eq(moderationNotices.innovationId, id))
    expect(queued).toMatchObject({
      adminId: ADMIN.id,
      attempts: 1,
      lastError: expect.stringContaining('blocked'),
    })

    // A new process (the old one stopped), and the retry is due: the admin can be reached again.
    await database.db.update(moderationNotices).set({ nextAttemptAt: sql`now()` })
    const restarted = createTestBot({ database, regions, config })
    const logger = createLogger({ level: 'silent' })
    const stop = startModerationNotifier({
      deps: { config, logger, database, regions, search: createSearchIndex(regions) },
      api: restarted.bot.api,
      i18n: createI18n(),
      intervalMs: 50,
    })
    try {
      await expect.poll(() => countOpenNotices(database.db, id), { timeout: 10_000 }).toBe(0)
    } finally {
      stop()
    }
    const card = sentTo(restarted.api.calls, ADMIN.id).at(-1)?.payload ?? {}
    expect(String(card.text)).toContain(`📥 Pengajuan #${id}`)
    expect(buttonsOf(card)).toEqual([`mod:approve:${id}`, `mod:reject:${id}`, `mod:edit:${id}`])
    // The late card is one of the copies a decision updates.
    const admin = testUser(restarted.bot, restarted.api, ADMIN)
    await admin.click(`mod:approve:${id}`, restarted.api.lastMessage(ADMIN.id))
    expect(
      String(restarted.api.message(ADMIN.id, restarted.api.lastMessage(ADMIN.id)?.message_id ?? 0)?.text),
    ).toContain('Disetujui')
  })

  it('says there is no admin to review it when none is configured', async () => {
    await database.db.update(telegramUsers).set({ isAdmin: false })
    try {
      const { id, author } = await submit({ config: loadConfig({}) })
      expect(author.lastText()).toContain(`Pengajuan #${id}`)
      expect(author.lastText()).toContain('belum punya admin')
    } finally {
      await database.db
        .update(telegramUsers)
        .set({ isAdmin: true })
        .where(eq(telegramUsers.id, SECOND_ADMIN.id))
    }
  })

  it('a pending rejection reason is announced and lapses: a later message is not taken as the reason', async () => {
    const { id } = await submit()
    let now = new Date()
    const { bot, api } = createTestBot({ database, regions, config, clock: () => now })
    const admin = testUser(bot, api, ADMIN)
    await admin.send('/antrian')
    await admin.click(`mod:reject:${id}`)
    expect(admin.lastText()).toContain(`Ketik alasan penolakan untuk #${id}`)
    expect(admin.lastText()).toContain('atau /batal')
    expect(admin.lastText()).toContain('berlaku 10 menit')
    now = new Date(now.getTime() + 11 * 60_000)
    await admin.send('kesehatan ibu dan anak di wajo')
    const replies = sentTo(api.calls, ADMIN.id).map((call) => String(call.payload.text))
    expect(replies.some((text) => text.startsWith(`⏰ Penolakan #${id} dibatalkan`))).toBe(true)
    const [row] = await database.db
      .select({ status: innovations.status })
      .from(innovations)
      .where(eq(innovations.id, id))
    expect(row?.status).toBe('pending')
    // The message went on to the rest of the bot (a search), and the admin can reject again.
    expect(admin.lastText()).not.toContain('ditolak')
    await admin.click(`mod:reject:${id}`)
    expect(admin.lastText()).toContain(`Ketik alasan penolakan untuk #${id}`)
    await admin.send('Bukan inovasi: kegiatan rutin.')
    expect(admin.lastText()).toBe(`Pengajuan #${id} ditolak. Pengaju sudah diberi tahu alasannya.`)
  })
})
