import { InlineKeyboard } from 'grammy'
import { z } from 'zod'
import { SUBMISSION_FIELDS, type SubmissionField } from '../../domain/validation/submission.ts'
import type { Translate } from '../../i18n.ts'
import { codec } from '../callback-data.ts'
import { truncate } from '../format/text.ts'

/**
 * A button of one step: go back, skip, keep the current answer, pick a value (region code, theme slug…),
 * or turn to another page of the choices (value: the page number).
 */
export const stepData = codec('ajs', {
  field: z.enum(SUBMISSION_FIELDS),
  action: z.enum(['back', 'skip', 'keep', 'pick', 'page']),
  value: z.string().max(16),
})

/** A button of the preview: edit one field, or send. */
export const previewData = codec('ajp', {
  action: z.enum(['edit', 'send']),
  field: z.enum([...SUBMISSION_FIELDS, 'all']),
})

/** "Batal": ends the draft (or an admin's reason/edit dialogue) wherever it is. */
export const cancelData = codec('ajx', { scope: z.enum(['draft', 'moderation']) })

/** An admin's decision on a submission, or opening it from the queue. */
export const moderationData = codec('mod', {
  action: z.enum(['approve', 'reject', 'edit', 'open']),
  id: z.coerce.number().int().positive().max(2_147_483_647),
})

export interface Choice {
  label: string
  value: string
}

/** The pages to turn to from the choices shown, when they are one page of a longer list. */
export interface PageTurns {
  previous?: number
  next?: number
}

/** Labels of buttons are plain text for Telegram; long answers are shortened (never inside an emoji). */
const shorten = (text: string, max = 32) => truncate(text, max)

/** The buttons under one question: its choices, "keep the current answer", then Kembali / Lewati / Batal. */
export function stepKeyboard(
  t: Translate,
  input: {
    field: SubmissionField
    choices: readonly Choice[]
    columns: number
    back: boolean
    skip: boolean
    keep: string | undefined
    scope: 'draft' | 'moderation'
    turns?: PageTurns
  },
): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  input.choices.forEach((choice, index) => {
    if (index > 0 && index % input.columns === 0) keyboard.row()
    keyboard.text(choice.label, stepData.pack({ field: input.field, action: 'pick', value: choice.value }))
  })
  if (input.choices.length > 0) keyboard.row()
  const turn = (label: string, page: number | undefined) => {
    if (page !== undefined)
      keyboard.text(label, stepData.pack({ field: input.field, action: 'page', value: String(page) }))
  }
  turn(t('page-previous'), input.turns?.previous)
  turn(t('page-next'), input.turns?.next)
  if (input.turns?.previous !== undefined || input.turns?.next !== undefined) keyboard.row()
  if (input.keep !== undefined) {
    const label = t('submit-button-keep', { value: shorten(input.keep) })
    keyboard.text(label, stepData.pack({ field: input.field, action: 'keep', value: '' })).row()
  }
  if (input.back)
    keyboard.text(t('submit-button-back'), stepData.pack({ field: input.field, action: 'back', value: '' }))
  if (input.skip)
    keyboard.text(t('submit-button-skip'), stepData.pack({ field: input.field, action: 'skip', value: '' }))
  return keyboard.text(t('submit-button-cancel'), cancelData.pack({ scope: input.scope }))
}

/** One edit button per field, three to a row; then Kirim (when sending is allowed) and Batal. */
export function fieldKeyboard(
  t: Translate,
  input: { send: boolean; scope: 'draft' | 'moderation' },
): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  SUBMISSION_FIELDS.forEach((field, index) => {
    if (index > 0 && index % 3 === 0) keyboard.row()
    const label = t('submit-button-edit', { field: t(`submit-field-${field}`) })
    keyboard.text(label, previewData.pack({ action: 'edit', field }))
  })
  keyboard.row()
  if (input.send) keyboard.text(t('submit-button-send'), previewData.pack({ action: 'send', field: 'all' }))
  return keyboard.text(t('submit-button-cancel'), cancelData.pack({ scope: input.scope }))
}

/** Setujui / Tolak / Ubah under a pending submission. */
export function moderationKeyboard(t: Translate, id: number): InlineKeyboard {
  return new InlineKeyboard()
    .text(t('moderation-button-approve'), moderationData.pack({ action: 'approve', id }))
    .text(t('moderation-button-reject'), moderationData.pack({ action: 'reject', id }))
    .text(t('moderation-button-edit'), moderationData.pack({ action: 'edit', id }))
}

/** One button per queued submission, to open its card. */
export function queueKeyboard(t: Translate, items: readonly { id: number; name: string }[]): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  for (const item of items) {
    const label = t('moderation-button-open', { id: String(item.id), name: shorten(item.name, 40) })
    keyboard.text(label, moderationData.pack({ action: 'open', id: item.id })).row()
  }
  return keyboard
}

/** Only a cancel button (the admin's reason dialogue). */
export const cancelKeyboard = (t: Translate, scope: 'draft' | 'moderation') =>
  new InlineKeyboard().text(t('submit-button-cancel'), cancelData.pack({ scope }))
