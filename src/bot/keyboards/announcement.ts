import { InlineKeyboard } from 'grammy'
import { z } from 'zod'
import type { InnovationCandidate } from '../../db/repositories/announcements.ts'
import { AWARD_LEVELS, type AwardStage } from '../../domain/innovations/awards.ts'
import type { Translate } from '../../i18n.ts'
import { codec } from '../callback-data.ts'
import { truncate } from '../format/text.ts'

/** Buttons of the /umumkan flow, tied to one draft (a stale button of another draft does nothing). */
export const announceData = codec('ann', {
  id: z.coerce.number().int().positive().max(2_147_483_647),
  action: z.enum([
    'level',
    'pick',
    'create',
    'save',
    'back',
    'done',
    'publish',
    'cancel',
    // on a published announcement: open the update screen, mark innovations to remove, apply, make final
    'edit',
    'remove',
    'apply',
    'final',
  ]),
  /** An id, a level, or on the update screen the innovations marked for removal ("12.40", "-" for none). */
  value: z.string().regex(/^[\w.-]{1,40}$/),
})

/** The innovations marked for removal on the update screen, as a button carries them. */
export const packRemoval = (ids: readonly number[]) => (ids.length > 0 ? ids.join('.') : '-')
export const unpackRemoval = (value: string) =>
  value === '-' ? [] : value.split('.').map(Number).filter(Number.isSafeInteger)
const REMOVAL_LIMIT = 40

const NONE = '-'

const regionOf = (item: { provinceName: string; regencyName: string | null }) =>
  item.regencyName ?? item.provinceName

type Action = Parameters<typeof announceData.pack>[0]['action']
const button = (label: string, id: number, action: Action, value = NONE) =>
  InlineKeyboard.text(label, announceData.pack({ id, action, value }))
/** "Batal": discards the draft. */
export const cancelButton = (t: Translate, id: number) => button(t('announce-button-cancel'), id, 'cancel')

/** Nasional / Provinsi / Kabupaten-kota, then Batal. */
export function levelKeyboard(t: Translate, id: number) {
  const keyboard = new InlineKeyboard()
  for (const level of AWARD_LEVELS) keyboard.add(button(t('announce-level', { level }), id, 'level', level))
  return keyboard.row().add(cancelButton(t, id))
}

/** Under each innovation added: Selesai (go to the preview) or Batal. */
export const doneKeyboard = (t: Translate, id: number) =>
  new InlineKeyboard().add(button(t('announce-button-done'), id, 'done'), cancelButton(t, id))

/** "‹ Kembali ke daftar": leaves a sub-step (choosing, creating) for the list, the innovations kept. */
const backButton = (t: Translate, id: number) => button(t('announce-button-back'), id, 'back')

/** Under every question of a sub-step: back to the list (the draft and its innovations stay). */
export const backKeyboard = (t: Translate, id: number) => new InlineKeyboard().add(backButton(t, id))

/** The innovations a name may mean, "create a new one" (confirmed before it is stored), and back. */
export function choiceKeyboard(
  t: Translate,
  id: number,
  candidates: readonly InnovationCandidate[],
  newName: string,
) {
  const keyboard = new InlineKeyboard()
  for (const candidate of candidates) {
    keyboard
      .add(
        button(truncate(`${candidate.name} — ${regionOf(candidate)}`, 40), id, 'pick', String(candidate.id)),
      )
      .row()
  }
  return keyboard
    .add(button(t('announce-button-create', { name: truncate(newName, 30) }), id, 'create'))
    .row()
    .add(backButton(t, id))
}

/** Under the full record of a new innovation: store it in the catalogue, or back to the list. */
export const saveNewKeyboard = (t: Translate, id: number) =>
  new InlineKeyboard()
    .add(button(t('announce-button-save'), id, 'save'))
    .row()
    .add(backButton(t, id))

/** Under the preview: Umumkan (final), Umumkan sebagai sementara (finalists awaiting the public test), Batal. */
export const previewKeyboard = (t: Translate, id: number) =>
  new InlineKeyboard()
    .add(button(t('announce-button-confirm'), id, 'publish', 'final'))
    .row()
    .add(button(t('announce-button-confirm-provisional'), id, 'publish', 'provisional'))
    .row()
    .add(cancelButton(t, id))

/** Batal alone, under a question answered by typing. */
export const cancelKeyboard = (t: Translate, id: number) => new InlineKeyboard().add(cancelButton(t, id))

/** Under the admin's progress message: "Ubah", and "Tetapkan final" while provisional; none once withdrawn. */
export function progressKeyboard(t: Translate, id: number, stage: AwardStage) {
  const keyboard = new InlineKeyboard()
  if (stage === 'withdrawn') return keyboard
  keyboard.add(button(t('announce-button-edit'), id, 'edit'))
  if (stage === 'provisional') keyboard.add(button(t('announce-button-final'), id, 'final'))
  return keyboard
}

/**
 * The update screen: each innovation can be marked for removal (and unmarked; at least one stays), then
 * "Simpan perubahan" applies the marks, or "Tetapkan final" applies them and makes the award final: one
 * correction, so every chat sees its message edited once.
 */
export function updateKeyboard(
  t: Translate,
  id: number,
  stage: AwardStage,
  innovations: readonly { id: number; name: string }[],
  removing: readonly number[],
) {
  const keyboard = new InlineKeyboard()
  for (const innovation of innovations) {
    const marked = removing.includes(innovation.id)
    const toggled = marked
      ? removing.filter((other) => other !== innovation.id)
      : [...removing, innovation.id]
    const fits = packRemoval(toggled).length <= REMOVAL_LIMIT && toggled.length < innovations.length
    if (!marked && !fits) continue
    const name = truncate(innovation.name, 36)
    const label = t(marked ? 'announce-button-keep' : 'announce-button-remove', { name })
    keyboard.add(button(label, id, 'remove', packRemoval(toggled))).row()
  }
  const marks = packRemoval(removing)
  if (removing.length > 0) keyboard.add(button(t('announce-button-apply'), id, 'apply', marks))
  if (stage === 'provisional') keyboard.add(button(t('announce-button-final'), id, 'final', marks))
  return keyboard
}
