import { PassThrough } from 'node:stream'
import { eq } from 'drizzle-orm'
import type { Update, User } from 'grammy/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sweepIdleDrafts } from '../../src/bot/conversations/state.ts'
import { previewData, stepData } from '../../src/bot/keyboards/submission.ts'
import { runLocalChat } from '../../src/cli/local-chat.ts'
import { loadConfig } from '../../src/config.ts'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { findSubmission, insertSubmission } from '../../src/db/repositories/submissions.ts'
import { upsertTelegramUser } from '../../src/db/repositories/users.ts'
import { conversationStates, innovations } from '../../src/db/schema/index.ts'
import type { RegionCatalogue } from '../../src/domain/regions/catalogue.ts'
import { createSearchIndex } from '../../src/domain/search/search-index.ts'
import { SUBMISSION_FIELDS, type SubmissionField } from '../../src/domain/validation/submission.ts'
import { createI18n, translatorFor } from '../../src/i18n.ts'
import { createLogger } from '../../src/logger.ts'
import { ADMIN, createTestBot, testUser } from '../support/bot.ts'
import { createSeededDatabase } from '../support/database.ts'
import {
  answer,
  answersWith,
  buttonsOf,
  fillDraft,
  GOOD_ANSWERS,
  newPerson,
  press,
  SHOWN_ANSWERS,
  sentTo,
  storedAnswers,
  type TestUser,
  uniqueName,
} from './submission-flow.ts'

const QUESTIONS: Readonly<Record<SubmissionField, string>> = {
  name: 'Apa nama inovasi Anda?',
  expansion: 'Apa kepanjangan nama itu?',
  agency: 'Instansi atau OPD mana',
  region: 'Di kabupaten/kota mana?',
  year: 'Tahun berapa inovasi ini mulai',
  stage: 'Sampai tahap mana',
  digital: 'berbasis digital',
  theme: 'Pilih tema',
  description: 'Ceritakan inovasinya',
  problem: 'Masalah apa yang diatasi',
  impact: 'Apa hasil atau dampaknya',
  innovator: 'Siapa nama inovatornya',
  link: 'Ada tautan berita',
}

const SEND = previewData.pack({ action: 'send', field: 'all' })
const edit = (field: SubmissionField) => previewData.pack({ action: 'edit', field })
const HOUR = 3_600_000

describe('/ajukan: an innovator submits an innovation step by step', () => {
  let database: DatabaseHandle
  let regions: RegionCatalogue
  let now = new Date('2025-06-02T09:00:00Z')
  beforeAll(async () => {
    ;({ database, regions } = await createSeededDatabase())
  })
  afterAll(() => database.close())

  const person = (who: User = newPerson(), config = loadConfig({ ADMIN_IDS: String(ADMIN.id) })) => {
    const { bot, api } = createTestBot({ database, regions, config, clock: () => now })
    return { user: testUser(bot, api, who), api, who, bot }
  }
  const stateOf = async (who: User) =>
    database.db
      .select()
      .from(conversationStates)
      .where(eq(conversationStates.key, String(who.id)))
  const pendingOf = async (who: User) =>
    database.db
      .select({ id: innovations.id })
      .from(innovations)
      .where(eq(innovations.submittedBy, who.id))
      .orderBy(innovations.id)
  const lastSubmission = async (who: User) => {
    const rows = await pendingOf(who)
    const id = rows.at(-1)?.id
    return id === undefined ? undefined : findSubmission(database.db, id)
  }
  const previewOf = (user: TestUser) =>
    user.calls().findLast((call) => String(call.payload.text).startsWith('Pratinjau'))

  it('asks the 13 questions one at a time, previews, and stores the submission as pending for the admins', async () => {
    const { user, api, who } = person()
    await user.send('/ajukan')
    expect(user.calls().at(-2)?.payload.text).toContain('13 pertanyaan singkat')
    for (const [index, field] of SUBMISSION_FIELDS.entries()) {
      expect(user.lastText()).toMatch(new RegExp(`^\\(${index + 1}/13\\) .*${QUESTIONS[field]}`))
      await answer(user, field)
    }
    const preview = String(previewOf(user)?.payload.text)
    for (const shown of Object.values(SHOWN_ANSWERS)) expect(preview).toContain(shown)
    await user.click(SEND)
    expect(user.lastText()).toMatch(/Terima kasih! Pengajuan #\d+ "SI-BUMIL CERIA" sudah diterima/)
    const stored = await lastSubmission(who)
    expect(stored).toMatchObject({
      status: 'pending',
      submittedBy: who.id,
      answers: {
        name: 'SI-BUMIL CERIA',
        expansion: GOOD_ANSWERS.expansion,
        agency: 'Puskesmas Tempe',
        region: { provinceCode: '73', regencyCode: '73.13' },
        year: 2021,
        stage: 'uji_coba',
        digital: true,
        theme: 'kesehatan',
        innovator: 'Bidan Sari Ramadhani',
        link: GOOD_ANSWERS.link,
      },
    })
    const adminCard = sentTo(api.calls, ADMIN.id).at(-1)?.payload
    expect(String(adminCard?.text)).toContain(`Pengajuan #${stored?.id}`)
    expect(buttonsOf(adminCard ?? {})).toEqual([
      `mod:approve:${stored?.id}`,
      `mod:reject:${stored?.id}`,
      `mod:edit:${stored?.id}`,
    ])
    expect(await stateOf(who)).toEqual([])
  })

  const tooLong = (length: number) => 'x'.repeat(length + 1)
  it.each<[SubmissionField, string, string, string]>([
    ['name', 'two letters', 'AB', 'Terlalu pendek: tulis minimal 3 karakter'],
    ['name', '201 letters', tooLong(200), 'Terlalu panjang: 201 karakter, batasnya 200'],
    ['expansion', 'two letters', 'ab', 'minimal 3 karakter'],
    ['expansion', '301 letters', tooLong(300), '301 karakter, batasnya 300'],
    ['agency', 'two letters', 'Pu', 'minimal 3 karakter'],
    ['agency', '201 letters', tooLong(200), '201 karakter, batasnya 200'],
    ['region', 'an unknown place', 'Atlantis', 'Saya tidak mengenal wilayah "Atlantis"'],
    ['year', 'a year before 1990', '1850', 'antara 1990 dan 2025'],
    ['year', 'a year after this one', '2030', 'antara 1990 dan 2025'],
    ['year', 'words', 'dua ribu', 'Tulis tahun dengan 4 angka'],
    ['stage', 'an unknown stage', 'kemarin', 'Pilih salah satu tombol'],
    ['digital', 'neither yes nor no', 'mungkin', 'Pilih salah satu tombol'],
    ['theme', 'an unknown theme', 'astronomi', 'Pilih salah satu tombol'],
    ['description', 'one short sentence', 'Pendek saja.', 'minimal 50 karakter'],
    ['description', '3001 letters', tooLong(3000), '3.001 karakter, batasnya 3.000'],
    ['problem', 'one word', 'Sulit', 'minimal 10 karakter'],
    ['problem', '1001 letters', tooLong(1000), '1.001 karakter, batasnya 1.000'],
    ['impact', 'one word', 'Baik', 'minimal 10 karakter'],
    ['impact', '1001 letters', tooLong(1000), '1.001 karakter, batasnya 1.000'],
    ['innovator', 'two letters', 'Si', 'minimal 3 karakter'],
    ['innovator', '201 letters', tooLong(200), '201 karakter, batasnya 200'],
    ['link', 'words that are no address', 'di situs dinas', 'bukan alamat web yang valid'],
    ['link', 'an ftp address', 'ftp://wajokab.go.id/x', 'bukan alamat web yang valid'],
    ['link', 'a javascript: link', 'javascript:alert(1)', 'bukan alamat web yang valid'],
  ])(
    'at the %s step refuses %s with a reason, asks again, then takes a good answer',
    async (field, _label, bad, message) => {
      const { user } = person()
      await fillDraft(user, { until: field })
      await user.send(bad)
      expect(user.lastText()).toMatch(/^⚠️ /)
      expect(user.lastText()).toContain(message)
      expect(user.lastText()).toContain(QUESTIONS[field])
      await answer(user, field)
      const next = SUBMISSION_FIELDS[SUBMISSION_FIELDS.indexOf(field) + 1]
      expect(user.lastText()).toContain(next ? QUESTIONS[next] : 'Pratinjau')
    },
  )

  it('refuses a photo where text is expected and asks again', async () => {
    const { user, bot, who } = person()
    await fillDraft(user, { until: 'agency' })
    const photo = {
      message_id: 1,
      date: 0,
      chat: { id: who.id, type: 'private', first_name: 'x' },
      from: who,
    }
    await bot.handleUpdate({
      update_id: 900_001,
      message: { ...photo, photo: [{ file_id: 'f', file_unique_id: 'u', width: 1, height: 1 }] },
    } as Update)
    expect(user.lastText()).toContain('Kirim jawabannya sebagai teks')
    expect(user.lastText()).toContain(QUESTIONS.agency)
  })

  it('offers buttons when a region name is ambiguous and takes the one pressed', async () => {
    const { user } = person()
    await fillDraft(user, { until: 'region' })
    await user.send('bandung')
    expect(user.lastText()).toContain('"bandung" bisa berarti beberapa wilayah')
    const buttons = buttonsOf(user.calls().at(-1)?.payload ?? {})
    expect(buttons).toEqual(expect.arrayContaining(['ajs:region:pick:32.04', 'ajs:region:pick:32.73']))
    await user.click(stepData.pack({ field: 'region', action: 'pick', value: '32.73' }))
    expect(user.lastText()).toContain(QUESTIONS.year)
    await answer(user, 'year')
    await press(user, 'stage', 'back')
    expect(user.lastText()).toContain('Jawaban sekarang: 2021')
    await press(user, 'year', 'back')
    expect(user.lastText()).toContain('Jawaban sekarang: Kota Bandung, Jawa Barat')
  })

  it('takes a regency abbreviation from the reviewed table at the region step ("Paluta")', async () => {
    const { user } = person()
    await fillDraft(user, { until: 'region' })
    await user.send('Paluta')
    expect(user.lastText()).toContain(QUESTIONS.year)
    await answer(user, 'year')
    await press(user, 'stage', 'back')
    await press(user, 'year', 'back')
    expect(user.lastText()).toContain('Jawaban sekarang: Kabupaten Padang Lawas Utara, Sumatera Utara')
  })

  it('asks with a button before using a region guessed from a misspelling', async () => {
    const { user } = person()
    await fillDraft(user, { until: 'region' })
    await user.send('magetn')
    expect(user.lastText()).toContain('Apakah "magetn" maksudnya wilayah pada tombol di bawah?')
    expect(buttonsOf(user.calls().at(-1)?.payload ?? {})).toContain('ajs:region:pick:35.20')
    await user.click(stepData.pack({ field: 'region', action: 'pick', value: '35.20' }))
    expect(user.lastText()).toContain(QUESTIONS.year)
  })

  it('goes back one step at every step with Kembali, showing and keeping the earlier answer', async () => {
    const { user, who } = person()
    const answers = answersWith({ name: uniqueName() })
    const shown = { ...SHOWN_ANSWERS, name: answers.name }
    await user.send('/ajukan')
    for (const [index, field] of SUBMISSION_FIELDS.entries()) {
      const previous = SUBMISSION_FIELDS[index - 1]
      if (previous) {
        await press(user, field, 'back')
        expect(user.lastText()).toContain(QUESTIONS[previous])
        expect(user.lastText()).toContain(`Jawaban sekarang: ${shown[previous]}`.slice(0, 60))
        await press(user, previous, 'keep')
        expect(user.lastText()).toContain(QUESTIONS[field])
      }
      await answer(user, field, answers[field])
    }
    await user.click(SEND)
    expect((await lastSubmission(who))?.answers).toMatchObject({
      name: answers.name,
      year: 2021,
      theme: 'kesehatan',
    })
  })

  it('changes only the edited field from the preview, for every field', async () => {
    const { user, who } = person()
    await fillDraft(user, { answers: answersWith({ name: uniqueName() }) })
    const changes: Record<SubmissionField, [string, string]> = {
      name: ['SI-BUMIL HEBAT', 'SI-BUMIL HEBAT'],
      expansion: ['Sistem Ibu Hamil Hebat', 'Sistem Ibu Hamil Hebat'],
      agency: ['Dinas Kesehatan', 'Dinas Kesehatan'],
      region: ['makassar', 'Kota Makassar, Sulawesi Selatan'],
      year: ['2019', 'Tahun mulai: 2019'],
      stage: ['penerapan', 'Tahap: Penerapan'],
      digital: ['tidak', 'Digital: Tidak'],
      theme: ['pendidikan', 'Tema: Pendidikan'],
      description: [
        'Kader mendampingi ibu hamil sejak trimester pertama sampai persalinan di puskesmas.',
        'sejak trimester',
      ],
      problem: ['Persalinan di rumah masih tinggi.', 'Persalinan di rumah'],
      impact: ['Tidak ada lagi kematian ibu sejak 2022.', 'Tidak ada lagi kematian'],
      innovator: ['Tim KIA Puskesmas', 'Inovator: Tim KIA Puskesmas'],
      link: ['https://makassarkota.go.id/si-bumil', 'https://makassarkota.go.id/si-bumil'],
    }
    for (const field of SUBMISSION_FIELDS) {
      const [value, shown] = changes[field]
      await user.click(edit(field))
      expect(user.lastText()).toContain(QUESTIONS[field])
      await answer(user, field, value)
      expect(String(previewOf(user)?.payload.text)).toContain(shown)
    }
    await user.click(SEND)
    expect((await lastSubmission(who))?.answers).toMatchObject({
      name: 'SI-BUMIL HEBAT',
      region: { regencyCode: '73.71' },
      year: 2019,
      stage: 'penerapan',
      digital: false,
      theme: 'pendidikan',
      link: 'https://makassarkota.go.id/si-bumil',
    })
  })

  it('returns to the unchanged preview when Kembali is pressed while editing a field', async () => {
    const { user } = person()
    await fillDraft(user)
    await user.click(edit('agency'))
    await press(user, 'agency', 'back')
    expect(user.lastText()).toContain('Instansi: Puskesmas Tempe')
    expect(user.lastText()).toMatch(/^Pratinjau/)
  })

  it('lets the optional questions be skipped and stores them empty', async () => {
    const { user, who } = person()
    const answers = answersWith({ name: uniqueName() })
    await user.send('/ajukan')
    for (const field of SUBMISSION_FIELDS) {
      if (['expansion', 'problem', 'impact', 'link'].includes(field)) await press(user, field, 'skip')
      else await answer(user, field, answers[field])
    }
    expect(String(previewOf(user)?.payload.text)).not.toContain('Tautan')
    await user.click(SEND)
    expect((await lastSubmission(who))?.answers).toMatchObject({
      expansion: null,
      problem: null,
      impact: null,
      link: null,
    })
  })

  it.each(['/batal', 'the Batal button'])('cancels mid-way with %s and deletes the draft', async (how) => {
    const { user, who } = person()
    await fillDraft(user, { until: 'year' })
    if (how === '/batal') await user.send('/batal')
    else await user.click('ajx:draft')
    expect(user.lastText()).toBe('Batalkan pengajuan? Jawaban Anda akan dihapus.')
    expect(await stateOf(who)).toHaveLength(1)
    await user.click('ajq:draft')
    expect(user.lastText()).toBe(
      'Pengajuan dibatalkan dan drafnya dihapus. Ketik /ajukan untuk memulai lagi.',
    )
    expect(await stateOf(who)).toEqual([])
    await user.send('/batal')
    expect(user.lastText()).toBe('Tidak ada pengajuan yang sedang berjalan.')
  })

  it('resumes in a new bot instance on the same database at the same step, with the answers kept', async () => {
    const who = newPerson()
    const answers = answersWith({ name: uniqueName() })
    const first = person(who)
    await fillDraft(first.user, { until: 'year', answers })
    expect(first.user.lastText()).toContain('(5/13)')
    const second = person(who)
    for (const field of SUBMISSION_FIELDS.slice(4)) await answer(second.user, field, answers[field])
    expect(String(previewOf(second.user)?.payload.text)).toContain(answers.name)
    await second.user.click(SEND)
    expect((await lastSubmission(who))?.answers).toMatchObject({
      name: answers.name,
      agency: 'Puskesmas Tempe',
    })
  })

  it('discards a draft idle longer than SUBMISSION_DRAFT_TTL_HOURS with a polite notice, not a minute before', async () => {
    const { user, who } = person()
    now = new Date('2025-06-02T09:00:00Z')
    await fillDraft(user, { until: 'agency' })
    now = new Date(now.getTime() + 24 * HOUR - 60_000)
    await answer(user, 'agency')
    expect(user.lastText()).toContain(QUESTIONS.region)
    now = new Date(now.getTime() + 24 * HOUR + 60_000)
    await user.send('Kab. Wajo')
    expect(user.lastText()).toContain(
      'Draf pengajuan inovasi Anda dihapus karena tidak ada jawaban selama 24 jam',
    )
    expect(await stateOf(who)).toEqual([])
    await user.send('/ajukan')
    expect(user.lastText()).toContain('(1/13)')
  })

  it('sweeps idle drafts in the background and tells their authors', async () => {
    const { user, who } = person()
    now = new Date('2025-06-02T09:00:00Z')
    await fillDraft(user, { until: 'region' })
    now = new Date(now.getTime() + 25 * HOUR)
    const { bot, api } = createTestBot({ database, regions })
    const deps = {
      config: loadConfig({}),
      logger: createLogger({ level: 'silent' }),
      database,
      regions,
      search: createSearchIndex(regions),
      clock: () => now,
    }
    expect(await sweepIdleDrafts({ deps, api: bot.api, i18n: createI18n() })).toBeGreaterThanOrEqual(1)
    expect(String(sentTo(api.calls, who.id).at(-1)?.payload.text)).toContain(
      'tidak ada jawaban selama 24 jam',
    )
    expect(await stateOf(who)).toEqual([])
    now = new Date('2025-06-02T09:00:00Z')
  })

  it('warns before sending when a near-identical innovation exists in the same region, and still sends', async () => {
    const { user, who } = person()
    await user.send('/ajukan')
    for (const field of SUBMISSION_FIELDS) {
      await answer(user, field, { name: 'Sikon Layanan KB', agency: 'Dinas Kesehatan' }[field as string])
    }
    const warning = user.calls().findLast((call) => String(call.payload.text).startsWith('⚠️'))
    expect(String(warning?.payload.text)).toContain('Sudah ada inovasi yang mirip di wilayah ini')
    expect(String(warning?.payload.text)).toContain(
      'Sikon Layan KB (RSUD Lamadukkelleng Sengkang, Kabupaten Wajo',
    )
    expect(buttonsOf(previewOf(user)?.payload ?? {})).toContain(SEND)
    await user.click(SEND)
    expect((await lastSubmission(who))?.status).toBe('pending')
  })

  it('says at the preview that the innovation is already in the catalogue, and offers no Kirim', async () => {
    const { user, who } = person()
    await user.send('/ajukan')
    for (const field of SUBMISSION_FIELDS) {
      await answer(
        user,
        field,
        { name: 'SIKON layan KB', agency: 'RSUD Lamadukkelleng Sengkang' }[field as string],
      )
    }
    expect(user.calls().at(-2)?.payload.text).toContain('sudah ada di katalog untuk wilayah ini')
    expect(buttonsOf(previewOf(user)?.payload ?? {})).not.toContain(SEND)
    await user.click(SEND)
    expect(await pendingOf(who)).toEqual([])
    await user.click(edit('agency'))
    await answer(user, 'agency', 'Puskesmas Tempe')
    await user.click(SEND)
    expect((await lastSubmission(who))?.answers.agency).toBe('Puskesmas Tempe')
  })

  it('does not warn about the same name in another region', async () => {
    const { user } = person()
    await user.send('/ajukan')
    for (const field of SUBMISSION_FIELDS) await answer(user, field, { name: 'JEK-MIL' }[field as string])
    expect(user.calls().some((call) => String(call.payload.text).startsWith('⚠️'))).toBe(false)
  })

  it('shows HTML typed in any field back as plain text: nothing is parsed, everything is sent with entities', async () => {
    const { user, api } = person()
    const html: Partial<Record<SubmissionField, string>> = {
      name: '<b>SI-BUMIL</b> & "kita"',
      expansion: '<i>Sistem</i> <script>alert(1)</script>',
      agency: 'Dinas <u>Kesehatan</u> & KB',
      description: `<a href="https://evil.example">klik</a> ${'Bidan mendampingi ibu hamil. '.repeat(3)}`,
      problem: '<pre>masalah</pre> ibu & anak',
      impact: 'Naik <b>20%</b> & turun <i>5%</i>',
      innovator: '<tg-spoiler>Sari</tg-spoiler> &amp; tim',
      link: 'https://wajokab.go.id/berita?q=<b>x</b>&a=1',
    }
    await user.send('/ajukan')
    for (const field of SUBMISSION_FIELDS) await answer(user, field, html[field])
    const preview = String(previewOf(user)?.payload.text)
    for (const value of Object.values(html)) expect(preview).toContain(value.trim())
    await user.click(SEND)
    const adminCard = String(sentTo(api.calls, ADMIN.id).at(-1)?.payload.text)
    for (const value of Object.values(html)) expect(adminCard).toContain(value.trim())
    expect(api.calls.filter((call) => 'parse_mode' in call.payload)).toEqual([])
    const entityTypes = api.calls.flatMap(
      (call) => (call.payload.entities as { type: string }[] | undefined) ?? [],
    )
    expect(new Set(entityTypes.map((entity) => entity.type))).toEqual(new Set(['bold', 'italic']))
  })

  it('refuses, at its step, a text that would make the card longer than one Telegram message', async () => {
    const { user } = person()
    await fillDraft(user, { until: 'description' })
    await user.send('Deskripsi panjang. '.repeat(105))
    await user.send('Masalah yang panjang. '.repeat(45))
    await user.send('Dampak yang panjang. '.repeat(45))
    expect(user.lastText()).toMatch(
      /melebihi batas pesan Telegram \(4096 karakter\)\. Persingkat sekitar \d+ karakter/,
    )
    expect(user.lastText()).toContain(QUESTIONS.impact)
    await answer(user, 'impact')
    expect(user.lastText()).toContain(QUESTIONS.innovator)
  })

  it('refuses /ajukan while MAX_PENDING_SUBMISSIONS submissions of the person are waiting', async () => {
    const config = loadConfig({ ADMIN_IDS: String(ADMIN.id), MAX_PENDING_SUBMISSIONS: '1' })
    const { user } = person(newPerson(), config)
    await fillDraft(user, { answers: answersWith({ name: uniqueName() }) })
    await user.click(SEND)
    expect(user.lastText()).toContain('Terima kasih')
    await user.send('/ajukan')
    expect(user.lastText()).toBe(
      'Anda sudah punya 1 pengajuan yang menunggu pemeriksaan admin. Tunggu sampai admin memeriksanya, lalu ajukan lagi.',
    )
  })

  it('keeps the draft when a second draft is sent beyond the limit, and says why', async () => {
    const who = newPerson()
    const config = loadConfig({ ADMIN_IDS: String(ADMIN.id), MAX_PENDING_SUBMISSIONS: '1' })
    const { user } = person(who, config)
    await fillDraft(user, { answers: answersWith({ name: uniqueName() }) })
    await insertSubmission(database.db, {
      answers: storedAnswers(),
      submittedBy: who.id,
      maxPending: 1,
    })
    await user.click(SEND)
    const refusal = user
      .calls()
      .map((call) => String(call.payload.text))
      .findLast((text) => text.includes('Anda sudah punya'))
    expect(refusal).toContain(
      'Anda sudah punya 1 pengajuan yang menunggu pemeriksaan admin, jadi yang ini belum bisa dikirim',
    )
    expect(refusal).toContain('Draf ini tetap tersimpan selama 24 jam')
    expect(user.lastText()).toMatch(/^Pratinjau/)
    expect((await stateOf(who)).length).toBe(1)
  })

  it('reminds the person who types /ajukan again mid-way, and repeats the question', async () => {
    const { user } = person()
    await fillDraft(user, { until: 'agency' })
    await user.send('/ajukan')
    expect(user.lastText()).toContain('Anda sedang mengisi pengajuan')
    expect(user.lastText()).toContain(QUESTIONS.agency)
  })

  it('answers /bantuan mid-way and keeps waiting for the answer', async () => {
    const { user } = person()
    await fillDraft(user, { until: 'agency' })
    await user.send('/bantuan')
    expect(user.lastText()).toContain('Yang bisa saya lakukan')
    await answer(user, 'agency')
    expect(user.lastText()).toContain(QUESTIONS.region)
  })

  it('answers a button of an earlier question with a notice and changes nothing', async () => {
    const { user } = person()
    await fillDraft(user, { until: 'theme' })
    await user.click(stepData.pack({ field: 'stage', action: 'pick', value: 'inisiatif' }))
    expect(user.lastText()).toBe('Tombol itu dari pertanyaan lain. Jawab pertanyaan terakhir di bawah.')
    await answer(user, 'theme')
    expect(user.lastText()).toContain(QUESTIONS.description)
  })

  it('pages through the themes on the same question and takes one from a later page', async () => {
    const { user, who } = person()
    await fillDraft(user, { until: 'theme' })
    const keyboard = () =>
      buttonsOf(user.calls().findLast((call) => 'reply_markup' in call.payload)?.payload ?? {})
    const page = (n: number) => stepData.pack({ field: 'theme', action: 'page', value: String(n) })
    expect(keyboard()).toContain(page(1))
    expect(keyboard()).not.toContain(stepData.pack({ field: 'theme', action: 'pick', value: 'pariwisata' }))
    const questions = sentTo(user.calls(), who.id).length
    await user.click(page(2))
    expect(user.calls().at(-1)?.method).toBe('editMessageReplyMarkup')
    expect(sentTo(user.calls(), who.id)).toHaveLength(questions)
    expect(keyboard()).toEqual(
      expect.arrayContaining([
        page(1),
        stepData.pack({ field: 'theme', action: 'pick', value: 'pariwisata' }),
      ]),
    )
    await user.click(stepData.pack({ field: 'theme', action: 'pick', value: 'pariwisata' }))
    expect(user.lastText()).toContain(QUESTIONS.description)
  })

  it('tells a person pressing a button of a draft that no longer exists to start again', async () => {
    const { user, who } = person()
    const old = {
      message_id: 1,
      date: 0,
      chat: { id: who.id, type: 'private' as const, first_name: 'x' },
      text: '?',
    }
    await user.click(stepData.pack({ field: 'name', action: 'back', value: '' }), old)
    expect(user.lastText()).toBe('Draf itu sudah tidak aktif. Ketik /ajukan untuk memulai pengajuan baru.')
  })

  it('works in the terminal chat: choices are numbered buttons, and the admin there can approve', async () => {
    const config = loadConfig({ ADMIN_IDS: '1' })
    const { bot, api } = createTestBot({ database, regions, config, clock: () => now })
    const local = { id: 1, is_bot: false, first_name: 'Anda' }
    await upsertTelegramUser(database.db, { id: 1, firstName: 'Anda' })
    const input = new PassThrough()
    const output = new PassThrough()
    let printed = ''
    output.on('data', (chunk: Buffer) => {
      printed += chunk.toString()
    })
    const done = runLocalChat({ bot, api, input, output, t: translatorFor(createI18n()), user: local })
    const typed = ['/ajukan', uniqueName(), '2', 'Puskesmas Tempe', 'Kab. Wajo', '2021', '2', '1', '1']
    typed.push(GOOD_ANSWERS.description, '2', '2', 'Bidan Sari', '2', '14', '1')
    input.end(`${typed.join('\n')}\n`)
    await done
    expect(printed).toContain('[1] Inisiatif   [2] Uji coba   [3] Penerapan')
    expect(printed).toContain('[14] 📨 Kirim   [15] ✖ Batal')
    expect(printed).toContain('Terima kasih! Pengajuan #')
    expect(printed).toContain('✅ Disetujui oleh Anda')
    expect(printed).toContain('🎉 Inovasi Anda')
  })

  it('asks in English for an English-speaking innovator', async () => {
    const { user } = person({ ...newPerson('John'), language_code: 'en' })
    await user.send('/ajukan')
    expect(user.lastText()).toContain('(1/13) What is your innovation called?')
  })
})
