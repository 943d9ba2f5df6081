import type { User } from 'grammy/types'
import { expect } from 'vitest'
import { stepData } from '../../src/bot/keyboards/submission.ts'
import {
  SUBMISSION_FIELDS,
  type SubmissionAnswers,
  type SubmissionField,
} from '../../src/domain/validation/submission.ts'
import type { testUser } from '../support/bot.ts'

export type TestUser = ReturnType<typeof testUser>

/** Fields answered by pressing a button (the value is what the button carries). */
export const BUTTON_FIELDS: ReadonlySet<SubmissionField> = new Set(['stage', 'digital', 'theme'])

/** A complete, valid submission as a bidan would type it (stage, digital and theme are pressed). */
export const GOOD_ANSWERS: Readonly<Record<SubmissionField, string>> = {
  name: 'SI-BUMIL CERIA',
  expansion: 'Sistem Informasi Ibu Hamil Cerdas dan Ceria',
  agency: 'Puskesmas Tempe',
  region: 'Kab. Wajo',
  year: '2021',
  stage: 'uji_coba',
  digital: 'ya',
  theme: 'kesehatan',
  description:
    'Bidan desa mencatat setiap ibu hamil di aplikasi dan menjadwalkan kunjungan rumah bersama kader posyandu.',
  problem: 'Banyak ibu hamil terlambat memeriksakan kehamilan.',
  impact: 'Kunjungan K4 naik dari 70% menjadi 92% dalam satu tahun.',
  innovator: 'Bidan Sari Ramadhani',
  link: 'https://wajokab.go.id/berita/si-bumil-ceria',
}

/** How each answer reads back on the card. */
export const SHOWN_ANSWERS: Readonly<Record<SubmissionField, string>> = {
  ...GOOD_ANSWERS,
  region: 'Kabupaten Wajo, Sulawesi Selatan',
  stage: 'Uji coba',
  digital: 'Ya',
  theme: 'Kesehatan',
}

let nextUserId = 10_000

/** A fresh Indonesian-speaking person, so tests sharing one database never share a chat. */
export function newPerson(firstName = 'Bidan'): User {
  return { id: ++nextUserId, is_bot: false, first_name: firstName, language_code: 'id' }
}

/** Answers the current question: presses the button for choice fields, types the text otherwise. */
export async function answer(user: TestUser, field: SubmissionField, value = GOOD_ANSWERS[field]) {
  if (BUTTON_FIELDS.has(field)) await user.click(stepData.pack({ field, action: 'pick', value }))
  else await user.send(value)
}

export const press = (user: TestUser, field: SubmissionField, action: 'back' | 'skip' | 'keep') =>
  user.click(stepData.pack({ field, action, value: '' }))

let names = 0

/** A name no other test uses, so a sent submission never collides with an earlier one. */
export const uniqueName = () => `SI-BUMIL CERIA ${++names}`

/** A finished submission as the repository stores it (for tests that start at moderation). */
export const storedAnswers = (name = uniqueName()): SubmissionAnswers => ({
  name,
  expansion: GOOD_ANSWERS.expansion,
  agency: GOOD_ANSWERS.agency,
  region: { provinceCode: '73', regencyCode: '73.13' },
  year: 2021,
  stage: 'uji_coba',
  digital: true,
  theme: 'kesehatan',
  description: GOOD_ANSWERS.description,
  problem: GOOD_ANSWERS.problem,
  impact: GOOD_ANSWERS.impact,
  innovator: GOOD_ANSWERS.innovator,
  link: GOOD_ANSWERS.link,
})

/** Good answers with some replaced (e.g. a unique name). */
export const answersWith = (changes: Partial<Record<SubmissionField, string>>) => ({
  ...GOOD_ANSWERS,
  ...changes,
})

/** Starts /ajukan and answers the questions before `until` (all of them without `until`). */
export async function fillDraft(
  user: TestUser,
  options: { until?: SubmissionField; answers?: Readonly<Record<SubmissionField, string>> } = {},
) {
  await user.send('/ajukan')
  for (const field of SUBMISSION_FIELDS) {
    if (field === options.until) return
    await answer(user, field, (options.answers ?? GOOD_ANSWERS)[field])
  }
}

/** The recorded sendMessage/editMessageText payloads for one chat. */
export function sentTo(
  calls: readonly { method: string; payload: Record<string, unknown> }[],
  chatId: number,
) {
  return calls.filter(
    (call) => ['sendMessage', 'editMessageText'].includes(call.method) && call.payload.chat_id === chatId,
  )
}

/** The callback_data of the buttons of a recorded message. */
export function buttonsOf(payload: Record<string, unknown>): string[] {
  const markup = payload.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined
  return (markup?.inline_keyboard ?? []).flat().flatMap((button) => button.callback_data ?? [])
}

export function expectQuestion(user: TestUser, fragment: string | RegExp) {
  expect(user.lastText()).toMatch(fragment)
}
