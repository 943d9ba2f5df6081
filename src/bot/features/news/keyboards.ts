import { InlineKeyboard } from 'grammy'
import { z } from 'zod'
import type { Translate } from '../../../i18n.ts'
import { codec } from '../../callback-data.ts'
import { truncate } from '../../format/text.ts'
import type { NewsDraft, NewsField } from './state.ts'
import { NEWS_FIELDS } from './state.ts'

/** Buttons of the /berita flow, tied to one article (a stale button of another article does nothing). */
export const newsData = codec('news', {
  id: z.coerce.number().int().positive().max(2_147_483_647),
  action: z.enum([
    'open',
    'edit',
    'drop',
    'keep',
    'match',
    'new',
    'region',
    'list',
    'save',
    'announce',
    'cancel',
    'read',
  ]),
  index: z.coerce.number().int().min(0).max(99),
  value: z.string().regex(/^[\w.-]{1,16}$/),
})

type Action = Parameters<typeof newsData.pack>[0]['action']
const button = (label: string, id: number, action: Action, index = 0, value = '-') =>
  InlineKeyboard.text(label, newsData.pack({ id, action, index, value }))

const PER_ROW = 2

/** Under a long article's first parts: read what came so far (the last part will not come). */
export const partsKeyboard = (t: Translate, id: number) =>
  new InlineKeyboard().add(button(t('news-button-read-parts'), id, 'read'))

/** Under the numbered list: open each draft, then Simpan semua and Batal. */
export function listKeyboard(t: Translate, id: number, drafts: readonly NewsDraft[]) {
  const keyboard = new InlineKeyboard()
  drafts.forEach((draft, index) => {
    const label = `${index + 1}. ${truncate(draft.name, 24)}${draft.dropped ? ' ✖' : ''}`
    keyboard.add(button(label, id, 'open', index))
    if (index % PER_ROW === PER_ROW - 1) keyboard.row()
  })
  return keyboard
    .row()
    .add(button(t('news-button-save'), id, 'save'), button(t('news-button-cancel'), id, 'cancel'))
}

/** Under one draft: a button per field, the match question, drop or keep, and back to the list. */
export function draftKeyboard(t: Translate, id: number, index: number, draft: NewsDraft) {
  const keyboard = new InlineKeyboard()
  NEWS_FIELDS.forEach((field: NewsField, position) => {
    keyboard.add(button(t('news-field', { field }), id, 'edit', index, field))
    if (position % 3 === 2) keyboard.row()
  })
  if (draft.match?.answer === 'ask')
    keyboard
      .row()
      .add(button(t('news-button-yes'), id, 'match', index), button(t('news-button-no'), id, 'new', index))
  else if (draft.match)
    keyboard
      .row()
      .add(button(t('news-button-undo-match'), id, draft.match.answer === 'yes' ? 'new' : 'match', index))
  return keyboard
    .row()
    .add(
      draft.dropped
        ? button(t('news-button-keep'), id, 'keep', index)
        : button(t('news-button-drop'), id, 'drop', index),
      button(t('news-button-list'), id, 'list'),
    )
}

/** The places a typed region may mean (guessed or ambiguous), each confirmed with one tap, and back. */
export function regionKeyboard(
  id: number,
  index: number,
  choices: readonly { code: string; label: string }[],
  t: Translate,
) {
  const keyboard = new InlineKeyboard()
  for (const choice of choices)
    keyboard.add(button(truncate(choice.label, 40), id, 'region', index, choice.code)).row()
  return keyboard.add(button(t('news-button-back'), id, 'open', index))
}

/** Under a question about one field: back to the draft, the field unchanged. */
export const backKeyboard = (t: Translate, id: number, index: number) =>
  new InlineKeyboard().add(button(t('news-button-back'), id, 'open', index))

/** Under the save report: Umumkan (when something awarded was saved) and back to the list. */
export function savedKeyboard(t: Translate, id: number, canAnnounce: boolean) {
  const keyboard = new InlineKeyboard()
  if (canAnnounce) keyboard.add(button(t('news-button-announce'), id, 'announce'))
  return keyboard.add(button(t('news-button-list'), id, 'list'))
}
