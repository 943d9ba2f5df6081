import type { User } from 'grammy/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { moderationData, previewData, yieldData } from '../../src/bot/keyboards/submission.ts'
import { findSubmission } from '../../src/db/repositories/submissions.ts'
import { SUBMISSION_FIELDS } from '../../src/domain/validation/submission.ts'
import { ADMIN, createTestBot, testUser } from '../support/bot.ts'
import { createSearchableDatabase } from '../support/database.ts'
import {
  answer,
  answersWith,
  buttonsOf,
  fillDraft,
  newPerson,
  press,
  type TestUser,
  uniqueName,
} from './submission-flow.ts'

const SEND = previewData.pack({ action: 'send', field: 'all' })
const CONTINUE = yieldData.pack({ action: 'continue' })

describe('/ajukan forgives what people type, and gives way to what they meant', () => {
  let fixture: Awaited<ReturnType<typeof createSearchableDatabase>>
  const now = new Date('2025-06-02T09:00:00Z')
  beforeAll(async () => {
    fixture = await createSearchableDatabase()
  })
  afterAll(() => fixture.close())

  const person = (who: User = newPerson()) => {
    const { database, regions, search } = fixture
    const { bot, api } = createTestBot({ database, regions, search, clock: () => now })
    return { user: testUser(bot, api, who), api, who, bot }
  }
  /** Sends the draft and reads back what was stored. */
  async function sendAndRead(user: TestUser) {
    await user.click(SEND)
    const id = Number(/Pengajuan #(\d+)/.exec(user.lastText())?.[1])
    return (await findSubmission(fixture.database.db, id))?.answers
  }
  const buttonsOfLast = (user: TestUser) =>
    buttonsOf(user.calls().findLast((call) => 'text' in call.payload)?.payload ?? {})

  it.each(['lewati', '-', 'tidak ada', 'Belum ada.', 'skip'])(
    'takes %j at an optional question as skipped, not as the answer',
    async (typed) => {
      const { user } = person()
      await user.send('/ajukan')
      for (const field of SUBMISSION_FIELDS) {
        const optional = ['expansion', 'problem', 'impact', 'link'].includes(field)
        if (optional) await user.send(typed)
        else await answer(user, field, answersWith({ name: uniqueName() })[field])
      }
      expect(user.lastText()).toMatch(/^Pratinjau/)
      expect(await sendAndRead(user)).toMatchObject({
        expansion: null,
        problem: null,
        impact: null,
        link: null,
      })
    },
  )

  it('does not let "lewati" stand for a required answer, and says why', async () => {
    const { user } = person()
    await user.send('/ajukan')
    await user.send('lewati')
    expect(user.lastText()).toContain('⚠️ Pertanyaan ini wajib dijawab, jadi tidak bisa dilewati.')
    expect(user.lastText()).toContain('(1/13) Apa nama inovasi Anda?')
  })

  it.each(['thn 2021', 'tahun 2021', 'TA 2021'])('takes the year %j as 2021', async (typed) => {
    const { user } = person()
    await fillDraft(user, { until: 'year' })
    await user.send(typed)
    expect(user.lastText()).toContain('(6/13) Sampai tahap mana')
    await press(user, 'stage', 'back')
    expect(user.lastText()).toContain('Jawaban sekarang: 2021')
  })

  it('takes "2019/2020" as its first year, and says so', async () => {
    const { user } = person()
    await fillDraft(user, { until: 'year' })
    await user.send('2019/2020')
    const texts = user.calls().map((call) => String(call.payload.text ?? ''))
    expect(texts.at(-2)).toBe(
      'Saya catat tahun 2019, tahun pertama dari "2019/2020". Bila inovasinya mulai di tahun lain, ubah di pratinjau nanti.',
    )
    expect(texts.at(-1)).toContain('(6/13)')
  })

  it.each([
    ['www.selayarkab.go.id/berita/sicantik', 'https://www.selayarkab.go.id/berita/sicantik'],
    ['fb.com/bpbdwajo', 'https://fb.com/bpbdwajo'],
  ])('takes the link %j as %j', async (typed, stored) => {
    const { user } = person()
    await fillDraft(user, { until: 'link', answers: answersWith({ name: uniqueName() }) })
    await user.send(typed)
    expect(user.lastText()).toMatch(/^Pratinjau/)
    expect(user.lastText()).toContain(stored)
    expect((await sendAndRead(user))?.link).toBe(stored)
  })

  it('answers an over-long description with its length and the limit, and keeps the first part on request', async () => {
    const { user } = person()
    await fillDraft(user, { until: 'description', answers: answersWith({ name: uniqueName() }) })
    const sentence = 'Bidan desa mencatat setiap ibu hamil dan menjadwalkan kunjungan rumah bersama kader. '
    const long = sentence.repeat(41).trim()
    expect(long.length).toBe(3484)
    await user.send(long)
    expect(user.lastText()).toContain('⚠️ Terlalu panjang: 3.484 karakter, batasnya 3.000.')
    expect(buttonsOfLast(user)[0]).toBe('ajs:description:trim:')
    await user.click('ajs:description:trim:')
    expect(user.lastText()).toContain('(10/13) Masalah apa yang diatasi')
    for (const field of SUBMISSION_FIELDS.slice(9)) await answer(user, field)
    const description = (await sendAndRead(user))?.description ?? ''
    expect(description.length).toBeLessThanOrEqual(3000)
    expect(description.length).toBeGreaterThan(2900)
    expect(long.startsWith(description)).toBe(true)
    expect(description.endsWith('kader.')).toBe(true)
  })

  it('matches typed choices to the buttons: "sudah diterapkan" is Penerapan, "iya pakai WA" is digital', async () => {
    const { user } = person()
    await fillDraft(user, { until: 'stage', answers: answersWith({ name: uniqueName() }) })
    await user.send('sudah diterapkan')
    expect(user.lastText()).toContain('(7/13)')
    await user.send('iya pakai WA')
    expect(user.lastText()).toContain('(8/13) Pilih tema')
    for (const field of SUBMISSION_FIELDS.slice(7)) await answer(user, field)
    expect(await sendAndRead(user)).toMatchObject({ stage: 'penerapan', digital: true })
  })

  it('reads "belum" at the digital question as no, and refuses "belum diterapkan" as a stage', async () => {
    const { user } = person()
    await fillDraft(user, { until: 'stage', answers: answersWith({ name: uniqueName() }) })
    await user.send('belum diterapkan')
    expect(user.lastText()).toContain('Pilih salah satu tombol di bawah')
    await user.send('masih uji coba')
    await user.send('belum')
    expect(user.lastText()).toContain('(8/13)')
    for (const field of SUBMISSION_FIELDS.slice(7)) await answer(user, field)
    expect(await sendAndRead(user)).toMatchObject({ stage: 'uji_coba', digital: false })
  })

  it('asks once before "Batal" deletes the draft; "Tidak" goes back to the question with the answers kept', async () => {
    const { user } = person()
    await fillDraft(user, { until: 'year' })
    await user.send('batal')
    expect(user.lastText()).toBe('Batalkan pengajuan? Jawaban Anda akan dihapus.')
    expect(buttonsOfLast(user)).toEqual(['ajq:draft', CONTINUE])
    await user.click(CONTINUE)
    expect(user.lastText()).toContain('(5/13) Tahun berapa inovasi ini mulai dijalankan?')
    await answer(user, 'year')
    expect(user.lastText()).toContain('(6/13)')
  })

  it('pauses at a search typed at the year step, searches only when chosen, and keeps the draft', async () => {
    const { user } = person()
    await fillDraft(user, { until: 'year' })
    await user.send('inovasi kesehatan ibu di Sulsel')
    expect(user.lastText()).toBe(
      'Anda sedang mengisi /ajukan (langkah 5/13). Lanjutkan, atau cari "inovasi kesehatan ibu di Sulsel"?',
    )
    expect(buttonsOfLast(user)).toEqual([CONTINUE, 'ajy:search'])
    const before = user.calls().length
    await user.click('ajy:search')
    const texts = user
      .calls()
      .slice(before)
      .map((call) => String(call.payload.text ?? ''))
    expect(texts.some((text) => text.includes('"inovasi kesehatan ibu di Sulsel"'))).toBe(true)
    expect(user.lastText()).toBe(
      '📝 Draf /ajukan Anda tetap tersimpan (langkah 5/13). Tekan "Lanjutkan" bila ingin meneruskannya.',
    )
    await user.click(CONTINUE)
    expect(user.lastText()).toContain('(5/13) Tahun berapa')
    await answer(user, 'year')
    expect(user.lastText()).toContain('(6/13) Sampai tahap mana')
  })

  it('pauses at /cari and /langganan mid-way instead of refusing, and goes on with the answer typed next', async () => {
    const { user } = person()
    await fillDraft(user, { until: 'stage' })
    await user.send('/cari jekmil')
    expect(user.lastText()).toBe('Anda sedang mengisi /ajukan (langkah 6/13). Lanjutkan, atau cari "jekmil"?')
    await user.send('/langganan')
    expect(user.lastText()).toBe(
      'Anda sedang mengisi /ajukan (langkah 6/13). Lanjutkan, atau buka /langganan? Draf Anda tetap tersimpan.',
    )
    await user.click('ajy:subscribe')
    const texts = user.calls().map((call) => String(call.payload.text ?? ''))
    expect(texts.at(-2)).toContain('Chat ini belum berlangganan')
    expect(texts.at(-2)).not.toContain('/berhenti')
    await user.send('uji coba')
    expect(user.lastText()).toContain('(7/13)')
  })

  it('says it is continuing a draft after the bot restarted, once', async () => {
    const who = newPerson()
    const before = person(who)
    await fillDraft(before.user, { until: 'year' })
    const after = person(who)
    await after.user.send('2021')
    const texts = after.user.calls().map((call) => String(call.payload.text ?? ''))
    expect(texts.at(-2)).toBe(
      '↩️ Bot sempat dimulai ulang. Saya melanjutkan draf /ajukan Anda dari pertanyaan terakhir; jawaban sebelumnya tetap tersimpan.',
    )
    expect(texts.at(-1)).toContain('(6/13)')
    await answer(after.user, 'stage')
    expect(after.user.lastText()).toContain('(7/13)')
    expect(after.user.calls().filter((call) => String(call.payload.text).startsWith('↩️'))).toHaveLength(1)
  })

  it('reopens a rejected submission with its answers ("Perbaiki dan ajukan lagi"), and /pengajuan shows the status', async () => {
    const { user, api, who, bot } = person()
    const name = uniqueName()
    await fillDraft(user, { answers: answersWith({ name }) })
    await user.click(SEND)
    const id = Number(/#(\d+)/.exec(user.lastText())?.[1])
    await user.send('/pengajuan')
    expect(user.lastText()).toContain(`#${id} ${name}\n   ⏳ Menunggu pemeriksaan admin`)
    const admin = testUser(bot, api, ADMIN)
    await admin.click(moderationData.pack({ action: 'reject', id }))
    await admin.send('Tambahkan data sebelum dan sesudah.')
    const notice = api.calls.findLast((call) => call.payload.chat_id === who.id)?.payload ?? {}
    expect(String(notice.text)).toContain('Alasan: Tambahkan data sebelum dan sesudah.\nTekan "Perbaiki')
    expect(buttonsOf(notice)).toEqual([`ajr:${id}`])
    await user.send('/pengajuan')
    expect(user.lastText()).toContain(
      `#${id} ${name}\n   ❌ Ditolak\n   Alasan: Tambahkan data sebelum dan sesudah.`,
    )
    expect(buttonsOfLast(user)).toEqual([`ajr:${id}`])
    await user.click(`ajr:${id}`)
    const texts = user.calls().map((call) => String(call.payload.text ?? ''))
    expect(texts).toContain(
      `✏ Jawaban pengajuan #${id} "${name}" dibuka lagi. Perbaiki bagian yang perlu diubah, lalu tekan "Kirim".`,
    )
    expect(user.lastText()).toMatch(/^Pratinjau/)
    expect(user.lastText()).toContain(name)
    await user.click(previewData.pack({ action: 'edit', field: 'impact' }))
    await user.send('Kunjungan K4 naik dari 70% (2020) menjadi 92% (2021).')
    const stored = await sendAndRead(user)
    expect(stored).toMatchObject({ name, impact: 'Kunjungan K4 naik dari 70% (2020) menjadi 92% (2021).' })

    const resentId = Number(/#(\d+)/.exec(user.lastText())?.[1])
    await user.send('/pengajuan')
    expect(user.lastText()).toContain(
      `#${id} ${name}\n   ❌ Ditolak\n   Alasan: Tambahkan data sebelum dan sesudah.\n   ↪ Sudah diperbaiki dan diajukan lagi sebagai #${resentId}`,
    )
    expect(buttonsOfLast(user)).toEqual([])
    await user.click(`ajr:${id}`)
    expect(user.lastText()).toBe(
      `Pengajuan #${id} sudah diperbaiki dan diajukan lagi sebagai #${resentId}. Lihat statusnya dengan /pengajuan.`,
    )
  })

  it("reopens only one's own rejected submission, and otherwise starts a new one saying so", async () => {
    const { user, who } = person()
    await user.click('ajr:1', {
      message_id: 1,
      date: 0,
      chat: { id: who.id, type: 'private', first_name: 'x' },
    })
    const texts = user.calls().map((call) => String(call.payload.text ?? ''))
    expect(texts).toContain(
      'Pengajuan #1 tidak bisa dibuka lagi: hanya pengajuan Anda sendiri yang ditolak yang bisa diperbaiki. Mari mulai pengajuan baru.',
    )
    expect(user.lastText()).toContain('(1/13) Apa nama inovasi Anda?')
  })
})
