import { describe, expect, it } from 'vitest'
import { DIGEST_BUTTONS_PER_PART, digestMessages } from '../../src/bot/broadcast/digest-message.ts'
import { digestKeyboard } from '../../src/bot/keyboards/digest.ts'
import { cardData } from '../../src/bot/keyboards/search.ts'
import { selectForDigest } from '../../src/domain/delivery/digest.ts'
import { createI18n, translatorFor } from '../../src/i18n.ts'
import { telegramRefusal } from '../support/telegram-validation.ts'

const t = translatorFor(createI18n())

const item = (id: number, name = `Inovasi ${id}`) => ({
  id,
  name,
  provinceCode: id % 2 === 0 ? '73' : '35',
  regencyCode: null,
  themes: [],
  provinceName: id % 2 === 0 ? 'Sulawesi Selatan' : 'Jawa Timur',
  regencyName: null,
})

describe('a digest message', () => {
  it('lists only the innovations that match the subscriber, and leaves out announcements with none', () => {
    const announcements = [
      { title: 'Top 99 KIPP 2024', level: 'nasional' as const, innovations: [item(1), item(2), item(4)] },
      { title: 'Top 45 Jawa Timur', level: 'provinsi' as const, innovations: [item(3), item(5)] },
    ]
    const sulsel = { everything: false, provinceCodes: ['73'], regencyCodes: [], themes: [], awardLevels: [] }
    const chosen = selectForDigest(sulsel, announcements)
    expect(chosen.map((a) => [a.title, a.innovations.map((i) => i.id)])).toEqual([
      ['Top 99 KIPP 2024', [2, 4]],
    ])
    const [part] = digestMessages(t, {
      mode: 'daily',
      day: '2026-12-08',
      locale: 'id',
      announcements: chosen,
    })
    expect(part?.text.text).toBe(
      [
        '🗞 Ringkasan harian kabar penghargaan · 8 Desember 2026',
        '',
        '🏆 Top 99 KIPP 2024',
        '1. Inovasi 2 — Sulawesi Selatan',
        '2. Inovasi 4 — Sulawesi Selatan',
        '',
        'Ketuk nomor untuk membuka kartu inovasinya. Atur jadwal kiriman di /langganan → Jadwal.',
      ].join('\n'),
    )
    expect(part?.innovationIds).toEqual([2, 4])
  })

  it('marks an award still waiting for its public test', () => {
    const [part] = digestMessages(t, {
      mode: 'daily',
      day: '2026-12-08',
      locale: 'id',
      announcements: [{ title: 'Top 99 KIPP 2024', stage: 'provisional', innovations: [item(2)] }],
    })
    expect(part?.text.text).toContain('🏆 Top 99 KIPP 2024 (⏳ Finalis, menunggu uji publik)\n1. Inovasi 2')
  })

  it('is split before 4,096 characters and 40 buttons, numbers and buttons running on across parts', () => {
    const long = 'Inovasi Pelayanan Publik Terpadu Berbasis Digital untuk Masyarakat Desa '.repeat(2)
    const announcements = Array.from({ length: 6 }, (_, a) => ({
      title: `Top 45 KIPP ${2020 + a}`,
      innovations: Array.from({ length: 30 }, (_, i) => item(a * 30 + i + 1, `${long}${a * 30 + i + 1}`)),
    }))
    const parts = digestMessages(t, { mode: 'weekly', day: '2026-12-07', locale: 'id', announcements })
    expect(parts.length).toBeGreaterThan(4)
    let offset = 0
    for (const [index, part] of parts.entries()) {
      expect(part.text.text.length).toBeLessThanOrEqual(4096)
      expect(part.innovationIds.length).toBeLessThanOrEqual(DIGEST_BUTTONS_PER_PART)
      expect(part.text.text).toContain(`(bagian ${index + 1} dari ${parts.length})`)
      const keyboard = digestKeyboard(part.innovationIds, offset)
      const buttons = keyboard.inline_keyboard.flat()
      expect(buttons[0]?.text).toBe(String(offset + 1))
      expect(part.text.text).toContain(`\n${offset + 1}. `)
      expect(buttons.map((b) => ('callback_data' in b ? b.callback_data : ''))).toEqual(
        part.innovationIds.map((id) => cardData.pack({ id })),
      )
      expect(keyboard.inline_keyboard.every((row) => row.length <= 8)).toBe(true)
      const refusal = telegramRefusal('sendMessage', {
        chat_id: 1,
        text: part.text.text,
        entities: part.text.entities,
        reply_markup: keyboard,
      })
      expect(refusal).toBeUndefined()
      offset += part.innovationIds.length
    }
    expect(offset).toBe(180)
    expect(parts.flatMap((part) => part.innovationIds)).toEqual(Array.from({ length: 180 }, (_, i) => i + 1))
    expect(parts[1]?.text.text).toContain('(lanjutan)')
  })
})
