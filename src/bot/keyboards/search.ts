import { InlineKeyboard } from 'grammy'
import { z } from 'zod'
import type { Translate } from '../../i18n.ts'
import { codec } from '../callback-data.ts'
import { truncate } from '../format/text.ts'

/** A row id: Postgres `integer`, so a forged bigger number is refused here, not by the database. */
const id = z.coerce.number().int().positive().max(2_147_483_647)

/** Open the card of one innovation. */
export const cardData = codec('cd', { id })
/** Page `page` (0-based) of the stored query `query`. */
export const pageData = codec('pg', { query: id, page: z.coerce.number().int().min(0).max(1000) })
/** Open the card of one innovation listed on page `page` of the stored query `query` (it can go back). */
export const resultCardData = codec('rc', { id, query: id, page: z.coerce.number().int().min(0).max(1000) })
/** A page of stored results a card was opened from. */
export interface ResultsPage {
  query: number
  page: number
}
/** Innovations similar to one. */
export const similarData = codec('sm', { id })

/** "Usulkan koreksi" under a card: ask for the correction of one innovation. */
export const correctionData = codec('cx', { id })

/** The inline query that shares one innovation's card ("#12"). */
export const shareQuery = (innovationId: number) => `#${innovationId}`

/** One numbered button per listed innovation, opening its card; numbers continue from `offset`. */
export function numberedCardsKeyboard(ids: readonly number[], offset = 0) {
  const keyboard = new InlineKeyboard()
  ids.forEach((innovationId, index) => {
    keyboard.text(String(offset + index + 1), cardData.pack({ id: innovationId }))
  })
  return keyboard
}

/** Numbered buttons that open the cards on this page, then previous/next. */
export function resultsKeyboard(
  t: Translate,
  page: { queryId: number; page: number; pages: number; offset: number; ids: readonly number[] },
) {
  const keyboard = new InlineKeyboard()
  page.ids.forEach((innovationId, index) => {
    const data = resultCardData.pack({ id: innovationId, query: page.queryId, page: page.page })
    keyboard.text(String(page.offset + index + 1), data)
  })
  const previous = page.page > 0
  const next = page.page + 1 < page.pages
  if (previous || next) keyboard.row()
  if (previous)
    keyboard.text(t('search-button-previous'), pageData.pack({ query: page.queryId, page: page.page - 1 }))
  if (next)
    keyboard.text(t('search-button-next'), pageData.pack({ query: page.queryId, page: page.page + 1 }))
  return keyboard
}

/**
 * Under a card: similar innovations, sharing through inline mode, proposing a correction, and back to
 * the results it was opened from.
 */
export function cardKeyboard(t: Translate, innovationId: number, from?: ResultsPage) {
  const keyboard = new InlineKeyboard()
    .text(t('card-button-similar'), similarData.pack({ id: innovationId }))
    .switchInline(t('card-button-share'), shareQuery(innovationId))
    .row()
    .text(t('card-button-correct'), correctionData.pack({ id: innovationId }))
  return from ? keyboard.row().text(t('card-button-back'), pageData.pack(from)) : keyboard
}

/** The one button of an empty result: search again with the looser query. */
export function relaxedKeyboard(t: Translate, queryId: number, relaxed: string) {
  return new InlineKeyboard().text(
    t('search-try-relaxed', { query: truncate(relaxed, 40) }),
    pageData.pack({ query: queryId, page: 0 }),
  )
}

/** Adds one button that searches again without the guessed place (a stored query). */
export function withoutPlaceButton(keyboard: InlineKeyboard, t: Translate, queryId: number) {
  return keyboard.row().text(t('search-button-without-place'), pageData.pack({ query: queryId, page: 0 }))
}

/** Under a card posted in another chat: open it in a private chat with the bot (deep link). */
export function openInBotKeyboard(t: Translate, botUsername: string, innovationId: number) {
  return new InlineKeyboard().url(t('card-button-open'), `https://t.me/${botUsername}?start=${innovationId}`)
}
