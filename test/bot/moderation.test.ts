import { eq } from 'drizzle-orm'
import type { Message, User } from 'grammy/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { moderationData, previewData } from '../../src/bot/keyboards/submission.ts'
import type { LocalBotApi } from '../../src/cli/local-bot-api.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { findSubmission, insertSubmission } from '../../src/db/repositories/submissions.ts'
import { upsertTelegramUser } from '../../src/db/repositories/users.ts'
import { telegramUsers } from '../../src/db/schema/index.ts'
import type { RegionCatalogue } from '../../src/domain/regions/catalogue.ts'
import type { SearchIndex } from '../../src/domain/search/types.ts'
import { ADMIN, createTestBot, testUser } from '../support/bot.ts'
import { createSearchableDatabase } from '../support/database.ts'
import {
  answersWith,
  buttonsOf,
  fillDraft,
  newPerson,
  sentTo,
  storedAnswers,
  type TestUser,
  uniqueName,
} from './submission-flow.ts'

/** An admin marked in the database (not in ADMIN_IDS). */
const SECOND_ADMIN: User = { id: 901, is_bot: false, first_name: 'Rina', language_code: 'id' }
const SEND = previewData.pack({ action: 'send', field: 'all' })
const ADMINS_ONLY = 'Maaf, ini khusus admin.'

describe('moderation: admins approve, reject or correct what innovators submit', () => {
  let fixture: Awaited<ReturnType<typeof createSearchableDatabase>>
  let database: DatabaseHandle
  let regions: RegionCatalogue
  let search: SearchIndex

  beforeAll(async () => {
    fixture = await createSearchableDatabase()
    ;({ database, regions, search } = fixture)
    await upsertTelegramUser(database.db, { id: SECOND_ADMIN.id, firstName: 'Rina' })
    await database.db
      .update(telegramUsers)
      .set({ isAdmin: true })
      .where(eq(telegramUsers.id, SECOND_ADMIN.id))
  })
  afterAll(() => fixture.close())

  const bot = () => createTestBot({ database, regions, search })
  const statusOf = async (id: number) => (await findSubmission(database.db, id))?.status

  /** An innovator sends a submission through /ajukan; returns its id and the people involved. */
  async function submitted(name = uniqueName()) {
    const { bot: telegram, api } = bot()
    const who = newPerson()
    const author = testUser(telegram, api, who)
    await fillDraft(author, { answers: answersWith({ name }) })
    await author.click(SEND)
    const id = Number(/#(\d+)/.exec(author.lastText())?.[1])
    const admin = testUser(telegram, api, ADMIN)
    return { id, name, who, author, admin, api, telegram }
  }
  const cardFor = (api: LocalBotApi, chatId: number) =>
    api.message(chatId, api.lastMessage(chatId)?.message_id ?? 0)
  const answerOf = (api: LocalBotApi) =>
    api.calls.findLast((call) => call.method === 'answerCallbackQuery')?.payload

  it('sends every admin (ADMIN_IDS and admins marked in the database) the card with Setujui, Tolak and Ubah', async () => {
    const { id, name, api } = await submitted()
    for (const admin of [ADMIN, SECOND_ADMIN]) {
      const card = sentTo(api.calls, admin.id).at(-1)?.payload ?? {}
      expect(String(card.text)).toContain(`📥 Pengajuan #${id}`)
      expect(String(card.text)).toContain(name)
      expect(String(card.text)).toContain('⏳ Menunggu pemeriksaan')
      expect(buttonsOf(card)).toEqual([`mod:approve:${id}`, `mod:reject:${id}`, `mod:edit:${id}`])
    }
  })

  it('lists pending submissions with /antrian for admins, opens one as a card, and refuses everyone else', async () => {
    const { id, name, admin, author } = await submitted()
    await admin.send('/antrian')
    expect(admin.lastText()).toMatch(/^Antrian: \d+ pengajuan menunggu/)
    expect(admin.lastText()).toContain(`#${id} ${name}`)
    await admin.click(moderationData.pack({ action: 'open', id }))
    expect(admin.lastText()).toContain(`📥 Pengajuan #${id}`)
    await author.send('/antrian')
    expect(author.lastText()).toBe(ADMINS_ONLY)
  })

  it('publishes on Setujui: the author is told, every admin card shows the decision, and search finds it at once', async () => {
    const { id, name, who, admin, author, api } = await submitted('Posyandu Remaja Tempe Ceria')
    await admin.click(moderationData.pack({ action: 'approve', id }))
    expect(answerOf(api)?.text).toBe(`Pengajuan #${id} disetujui dan sudah tampil di pencarian.`)
    expect(await statusOf(id)).toBe('published')
    expect(String(sentTo(api.calls, who.id).at(-1)?.payload.text)).toContain(
      `🎉 Inovasi Anda "${name}" (pengajuan #${id}) disetujui admin`,
    )
    for (const adminId of [ADMIN.id, SECOND_ADMIN.id]) {
      const card = cardFor(api, adminId)
      expect(card?.text).toContain('✅ Disetujui oleh Admin')
      expect(buttonsOf(card as unknown as Record<string, unknown>)).toEqual([])
    }
    await expect
      .poll(() => search.search('posyandu remaja tempe', { limit: 5, offset: 0 }).total)
      .toBeGreaterThan(0)
    await author.send('posyandu remaja tempe')
    expect(author.lastText()).toContain(name)
  })

  it('asks for a reason on Tolak, refuses a too-short one, tells the author, and frees the name for a new try', async () => {
    const { id, name, who, admin, author, api } = await submitted()
    await admin.click(moderationData.pack({ action: 'reject', id }))
    expect(admin.lastText()).toContain(
      `Ketik alasan penolakan untuk #${id} "${name}" (5–300 karakter), atau /batal.`,
    )
    await admin.send('Ok')
    expect(admin.lastText()).toContain('Terlalu pendek: tulis minimal 5 karakter')
    await admin.send('Bukan <b>inovasi</b>: ini kegiatan rutin puskesmas.')
    expect(admin.lastText()).toBe(`Pengajuan #${id} ditolak. Pengaju sudah diberi tahu alasannya.`)
    expect(await statusOf(id)).toBe('rejected')
    expect(String(sentTo(api.calls, who.id).at(-1)?.payload.text)).toBe(
      `Maaf, pengajuan #${id} "${name}" belum dapat kami terima.\nAlasan: Bukan <b>inovasi</b>: ini kegiatan rutin puskesmas.\nTekan "Perbaiki dan ajukan lagi" untuk membuka jawaban Anda, memperbaikinya, lalu mengirimnya lagi.`,
    )
    expect(cardFor(api, SECOND_ADMIN.id)?.text).toContain(
      '❌ Ditolak oleh Admin. Alasan: Bukan <b>inovasi</b>',
    )
    await fillDraft(author, { answers: answersWith({ name }) })
    await author.click(SEND)
    expect(author.lastText()).toContain('Terima kasih')
  })

  it('lets only one of two admins deciding at once win; the other is told who decided first', async () => {
    const { id, api } = await submitted()
    const other = bot()
    const first = testUser(other.bot, other.api, ADMIN)
    const second = testUser(other.bot, other.api, SECOND_ADMIN)
    const cards = [cardFor(api, ADMIN.id), cardFor(api, SECOND_ADMIN.id)] as Message[]
    await Promise.all([
      first.click(moderationData.pack({ action: 'approve', id }), cards[0]),
      second.click(moderationData.pack({ action: 'approve', id }), cards[1]),
    ])
    const answers = other.api.calls
      .filter((call) => call.method === 'answerCallbackQuery')
      .map((call) => call.payload)
    expect(
      answers.filter((answer) => String(answer.text).endsWith('disetujui dan sudah tampil di pencarian.')),
    ).toHaveLength(1)
    expect(
      answers.filter((answer) => String(answer.text).match(/sudah disetujui oleh (Admin|Rina)/)),
    ).toHaveLength(1)
  })

  it('does not reject what another admin approved while the reason was being typed', async () => {
    const { id, who, admin, api, telegram } = await submitted()
    const rina = testUser(telegram, api, SECOND_ADMIN)
    await rina.click(moderationData.pack({ action: 'reject', id }))
    await admin.click(moderationData.pack({ action: 'approve', id }))
    await rina.send('Sudah ada inovasi serupa di kabupaten ini.')
    expect(rina.lastText()).toBe(`Pengajuan #${id} sudah disetujui oleh Admin.`)
    expect(await statusOf(id)).toBe('published')
    expect(
      sentTo(api.calls, who.id).filter((call) => String(call.payload.text).includes('belum dapat')),
    ).toEqual([])
  })

  it.each([
    ['approve', (id: number) => moderationData.pack({ action: 'approve', id })],
    ['reject', (id: number) => moderationData.pack({ action: 'reject', id })],
    ['edit', (id: number) => moderationData.pack({ action: 'edit', id })],
    ['open', (id: number) => moderationData.pack({ action: 'open', id })],
    ['a forged action', () => 'mod:delete:1'],
    ['a forged id', () => 'mod:approve:abc'],
    ['a negative id', () => 'mod:approve:-5'],
    ['extra fields', (id: number) => `mod:approve:${id}:900`],
  ])('refuses a non-admin pressing %s and changes nothing', async (_label, data) => {
    const { id, author, api } = await submitted()
    await author.click(data(id), cardFor(api, ADMIN.id))
    expect(answerOf(api)).toMatchObject({ text: ADMINS_ONLY, show_alert: true })
    expect(await statusOf(id)).toBe('pending')
    expect(cardFor(api, ADMIN.id)?.text).toContain('⏳ Menunggu pemeriksaan')
  })

  it('lets an admin correct one field on Ubah with the same checks, and refreshes the card', async () => {
    const { id, admin, api } = await submitted()
    await admin.click(moderationData.pack({ action: 'edit', id }))
    expect(admin.lastText()).toContain(`Bagian mana dari pengajuan #${id}`)
    await admin.click(previewData.pack({ action: 'edit', field: 'agency' }))
    await admin.send('Pk')
    expect(admin.lastText()).toContain('Terlalu pendek')
    await admin.send('UPT Puskesmas Tempe')
    expect(sentTo(api.calls, ADMIN.id).at(-2)?.payload.text).toBe(`Perubahan pada pengajuan #${id} disimpan.`)
    expect(admin.lastText()).toContain('Instansi: UPT Puskesmas Tempe')
    expect(cardFor(api, SECOND_ADMIN.id)?.text).toContain('Instansi: UPT Puskesmas Tempe')
    expect((await findSubmission(database.db, id))?.answers.agency).toBe('UPT Puskesmas Tempe')
  })

  it('tells an admin who opens a submission that is gone', async () => {
    const { admin } = await submitted()
    await admin.click(moderationData.pack({ action: 'open', id: 999_999 }))
    expect(admin.lastText()).toBe('Pengajuan #999999 tidak ditemukan.')
  })

  it('stores a submission whose moderators cannot be reached, and still thanks the author', async () => {
    const { bot: telegram, api } = bot()
    api.respond('sendMessage', (payload, usual) => {
      if (payload.chat_id === ADMIN.id) throw new Error('network down')
      return usual()
    })
    const author: TestUser = testUser(telegram, api, newPerson())
    await fillDraft(author, { answers: answersWith({ name: uniqueName() }) })
    await author.click(SEND)
    expect(author.lastText()).toContain('Terima kasih')
  })

  it('counts only pending submissions towards the limit', async () => {
    const who = newPerson()
    await upsertTelegramUser(database.db, { id: who.id, firstName: who.first_name })
    const { id } = (await insertSubmission(database.db, {
      answers: storedAnswers(),
      submittedBy: who.id,
      maxPending: 1,
    })) as {
      id: number
    }
    expect(await statusOf(id)).toBe('pending')
    const again = await insertSubmission(database.db, {
      answers: storedAnswers(),
      submittedBy: who.id,
      maxPending: 1,
    })
    expect(again).toEqual({ kind: 'limit', pending: 1 })
  })
})
