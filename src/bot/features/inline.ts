import { Composer, InlineQueryResultBuilder } from 'grammy'
import { listInnovationDetails } from '../../db/repositories/innovations.ts'
import type { Context } from '../context.ts'
import { type InnovationView, innovationCard, toInnovationView } from '../format/innovation.ts'
import { truncate } from '../format/text.ts'
import { openInBotKeyboard } from '../keyboards/search.ts'

const INLINE_RESULTS = 20
/** "#12": the query a "Bagikan" button puts in the field, naming one innovation. */
const SHARED_ID = /^#(\d{1,9})$/

const composer = new Composer<Context>()

function idsFor(ctx: Context, query: string): number[] {
  const shared = SHARED_ID.exec(query)
  if (shared) return [Number(shared[1])]
  if (query === '') return ctx.deps.search.recent(INLINE_RESULTS)
  return ctx.deps.search.search(query, { limit: INLINE_RESULTS }).hits.map((hit) => hit.id)
}

function article(ctx: Context, view: InnovationView) {
  const card = innovationCard(ctx.t, view)
  const title = view.expansion ? `${view.name} (${view.expansion})` : view.name
  return InlineQueryResultBuilder.article(String(view.id), truncate(title, 100), {
    description: truncate(
      view.agency
        ? ctx.t('inline-description', { agency: view.agency, region: view.regionName })
        : view.regionName,
      200,
    ),
    reply_markup: openInBotKeyboard(ctx.t, ctx.me.username, view.id),
  }).text(card.text, { entities: card.entities, link_preview_options: { is_disabled: true } })
}

/** `@bot kueri` in any chat: up to 20 cards to post; an empty query offers the latest award winners. */
composer.on('inline_query', async (ctx) => {
  const query = ctx.inlineQuery.query.trim()
  const details = await listInnovationDetails(ctx.deps.database.db, idsFor(ctx, query))
  const results = details.map((detail) => article(ctx, toInnovationView(detail, ctx.deps.regions)))
  await ctx.answerInlineQuery(results, { cache_time: 30 })
})

export { composer as inlineFeature }
