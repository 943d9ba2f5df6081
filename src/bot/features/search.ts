import { FormattedString, fmt } from '@grammyjs/parse-mode'
import { Composer, InlineKeyboard } from 'grammy'
import { listInnovationDetails } from '../../db/repositories/innovations.ts'
import { findSearchQuery, insertSearchQuery } from '../../db/repositories/search-queries.ts'
import type { Understood } from '../../domain/search/types.ts'
import { parseSearchQuery } from '../../domain/validation/search-query.ts'
import type { Context } from '../context.ts'
import { innovationCard, innovationListItem, toInnovationView, withAwardFirst } from '../format/innovation.ts'
import { noResultsMessage, resultsMessage, withoutGuessedPlaces } from '../format/search.ts'
import {
  cardData,
  cardKeyboard,
  numberedCardsKeyboard,
  pageData,
  type ResultsPage,
  relaxedKeyboard,
  resultCardData,
  resultsKeyboard,
  similarData,
  withoutPlaceButton,
} from '../keyboards/search.ts'

const PAGE_SIZE = 5
const MAX_PAGES = 20
const SIMILAR_COUNT = 5
const quiet = { link_preview_options: { is_disabled: true } }

const composer = new Composer<Context>()

async function views(ctx: Context, ids: readonly number[]) {
  const details = await listInnovationDetails(ctx.deps.database.db, ids)
  return details.map((detail) => toInnovationView(detail, ctx.deps.regions))
}

/** Sends a new message, or replaces the one whose button was pressed. */
async function show(
  ctx: Context,
  message: FormattedString,
  keyboard: InlineKeyboard | undefined,
  edit: boolean,
) {
  const options = { entities: message.entities, reply_markup: keyboard, ...quiet }
  if (edit) await ctx.editMessageText(message.text, options)
  else await ctx.reply(message.text, options)
}

const understoodNothing = (understood: Understood) =>
  [understood.terms, understood.regions, understood.years, understood.awards, understood.themes].every(
    (list) => list.length === 0,
  )

/** Runs a stored query and shows one page of it (or what was understood, when nothing matches). */
async function showResults(ctx: Context, queryId: number, query: string, page: number, edit: boolean) {
  const result = ctx.deps.search.search(query, { limit: PAGE_SIZE, offset: page * PAGE_SIZE })
  if (result.total === 0) {
    if (understoodNothing(result.understood))
      return show(ctx, fmt`${ctx.t('search-no-terms')}`, undefined, edit)
    const chatId = ctx.chatId ?? 0
    const keyboard = result.relaxed
      ? relaxedKeyboard(
          ctx.t,
          await insertSearchQuery(ctx.deps.database.db, chatId, result.relaxed),
          result.relaxed,
        )
      : undefined
    return show(
      ctx,
      noResultsMessage(ctx.t, query, result.understood),
      await offerWithoutPlace(ctx, query, result.understood, keyboard),
      edit,
    )
  }
  const pages = Math.min(Math.ceil(result.total / PAGE_SIZE), MAX_PAGES)
  const matchedAward = new Map(result.hits.map((hit) => [hit.id, hit.award]))
  const items = (
    await views(
      ctx,
      result.hits.map((hit) => hit.id),
    )
  ).map((item) => withAwardFirst(item, matchedAward.get(item.id)))
  const offset = page * PAGE_SIZE
  const message = resultsMessage(ctx.t, {
    query,
    total: result.total,
    page,
    pages,
    offset,
    items,
    understood: result.understood,
    partial: result.closestOnly,
  })
  const ids = items.map((item) => item.id)
  const keyboard = resultsKeyboard(ctx.t, { queryId, page, pages, offset, ids })
  await show(ctx, message, await offerWithoutPlace(ctx, query, result.understood, keyboard), edit)
}

/** A place guessed from a misspelling can be undone in one tap: the same words, no place filter. */
async function offerWithoutPlace(
  ctx: Context,
  query: string,
  understood: Understood,
  keyboard: InlineKeyboard | undefined,
) {
  const unfiltered = withoutGuessedPlaces(query, understood)
  if (unfiltered === undefined) return keyboard
  const queryId = await insertSearchQuery(ctx.deps.database.db, ctx.chatId ?? 0, unfiltered)
  return withoutPlaceButton(keyboard ?? new InlineKeyboard(), ctx.t, queryId)
}

/** A new search from typed text: the query is kept so its buttons can page through it later. */
export async function search(ctx: Context, text: string) {
  const parsed = parseSearchQuery(text)
  if (!parsed.ok) {
    if (parsed.problem === 'empty') return ctx.reply(ctx.t('search-empty-query'))
    return ctx.reply(ctx.t('search-query-too-long', { limit: parsed.limit, length: text.trim().length }))
  }
  const { query } = parsed
  const queryId = await insertSearchQuery(ctx.deps.database.db, ctx.chatId ?? 0, query)
  return showResults(ctx, queryId, query, 0, false)
}

/** Sends one innovation's card; `from` (a page of results) adds "‹ Kembali ke hasil". False when it is gone. */
async function showCard(ctx: Context, innovationId: number, from?: ResultsPage): Promise<boolean> {
  const [view] = await views(ctx, [innovationId])
  if (!view) return false
  const card = innovationCard(ctx.t, view)
  await ctx.reply(card.text, {
    entities: card.entities,
    reply_markup: cardKeyboard(ctx.t, view.id, from),
    ...quiet,
  })
  return true
}

async function showSimilar(ctx: Context, innovationId: number) {
  const [origin] = await views(ctx, [innovationId])
  if (!origin) return ctx.reply(ctx.t('card-not-found'))
  const items = await views(
    ctx,
    ctx.deps.search.similar(innovationId, SIMILAR_COUNT).map((hit) => hit.id),
  )
  if (items.length === 0) return ctx.reply(ctx.t('search-similar-none', { name: origin.name }))
  const list = FormattedString.join(
    items.map((item, index) => innovationListItem(ctx.t, item, index + 1)),
    '\n\n',
  )
  const message = fmt`${ctx.t('search-similar-title', { name: origin.name })}\n\n${list}`
  return show(ctx, message, numberedCardsKeyboard(items.map((item) => item.id)), false)
}

/** Deep link t.me/<bot>?start=<id> opens a card; any other /start goes on to the welcome. */
composer.command('start', async (ctx, next) => {
  if (!/^\d{1,9}$/.test(ctx.match) || !(await showCard(ctx, Number(ctx.match)))) return next()
})

composer.command(['cari', 'search'], (ctx) => search(ctx, ctx.match))

composer
  .chatType('private')
  .on('message:text')
  .filter((ctx) => !ctx.message.text.startsWith('/'))
  .use((ctx) => search(ctx, ctx.message.text))

composer.callbackQuery(pageData.filter(), async (ctx) => {
  const data = pageData.unpack(ctx.callbackQuery.data)
  const query = data && (await findSearchQuery(ctx.deps.database.db, data.query, ctx.chatId ?? 0))
  if (!data || query === undefined) return ctx.answerCallbackQuery({ text: ctx.t('search-expired') })
  await ctx.answerCallbackQuery()
  await showResults(ctx, data.query, query, data.page, true)
})

/** Card and similar buttons answer with a new message, so they need a chat (a card posted inline has none). */
composer.callbackQuery(cardData.filter(), async (ctx) => {
  const data = cardData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  if (data && ctx.chat && !(await showCard(ctx, data.id))) await ctx.reply(ctx.t('card-not-found'))
})

composer.callbackQuery(resultCardData.filter(), async (ctx) => {
  const data = resultCardData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  if (!data || !ctx.chat) return
  if (!(await showCard(ctx, data.id, { query: data.query, page: data.page })))
    await ctx.reply(ctx.t('card-not-found'))
})

composer.callbackQuery(similarData.filter(), async (ctx) => {
  const data = similarData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  if (data && ctx.chat) await showSimilar(ctx, data.id)
})

export { composer as searchFeature }
