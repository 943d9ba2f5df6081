import { findCatalogueMatch, type NewsRecord, updateNews } from '../../../db/repositories/news.ts'
import { extractInnovations } from '../../../domain/extraction/extract.ts'
import { quotationFor, readNewsSource } from '../../../domain/extraction/news-source.ts'
import type { InnovationDraft } from '../../../domain/extraction/types.ts'
import { type Context, nowOf } from '../../context.ts'
import { draftKeyboard, listKeyboard, partsKeyboard } from './keyboards.ts'
import { draftCard, listMessage } from './messages.ts'
import { draftsOf, type NewsDraft } from './state.ts'

/** The list and its buttons must fit one message and one keyboard. */
export const MAX_DRAFTS = 30
/** What a pasted article may hold (the table's CHECK); a longer paste is cut, and the admin told. */
export const ARTICLE_LIMIT = 100_000
/** Shorter text is a question or a search, not an article: it goes on to the other features. */
export const ARTICLE_MIN = 80
/**
 * Telegram cuts a pasted text longer than 4,096 characters into several messages, each close to that
 * length. A message this long while the article is awaited is taken as a part: the next ones are joined
 * to it until a shorter one (the last part) arrives, or the admin presses "Baca sekarang".
 */
export const SPLIT_PART_MIN = 3_800

/**
 * One message of the pasted article: a long one is kept as a part and the admin told, a shorter one
 * (alone, or the last part) is read with the parts before it.
 */
export async function receiveArticleMessage(ctx: Context, news: NewsRecord, text: string) {
  const joined = news.text ? `${news.text}\n${text}` : text
  if (text.length < SPLIT_PART_MIN || joined.length > ARTICLE_LIMIT) return readArticleText(ctx, news, joined)
  await updateNews(ctx.deps.database.db, news.id, { text: joined })
  return ctx.reply(ctx.t('news-part-received', { length: joined.length }), {
    reply_markup: partsKeyboard(ctx.t, news.id),
  })
}

/** The catalogue entry a draft may be, asked about (never applied) until the admin answers. */
export async function withMatch(ctx: Context, draft: NewsDraft): Promise<NewsDraft> {
  if (!draft.provinceCode) return { ...draft, match: null }
  const found = await findCatalogueMatch(ctx.deps.database.db, {
    name: draft.name,
    provinceCode: draft.provinceCode,
    regencyCode: draft.regencyCode,
  })
  return { ...draft, match: found ? { id: found.id, name: found.name, answer: 'ask' } : null }
}

function draftOf(found: InnovationDraft, text: string): NewsDraft {
  const region = found.region
  return {
    name: found.name,
    expansion: found.expansion,
    agency: found.agency,
    provinceCode: region?.province.code ?? null,
    regencyCode: region?.kind === 'regency' ? region.regency.code : null,
    year: found.year,
    award: found.award?.title ?? null,
    quote: quotationFor(text, found.name),
    description: null,
    dropped: false,
    match: null,
    savedId: null,
  }
}

/** The pasted article becomes drafts (the extractor's), each looked up in the catalogue; then the list. */
export async function readArticleText(ctx: Context, news: NewsRecord, raw: string) {
  const source = readNewsSource(raw.slice(0, ARTICLE_LIMIT))
  const thisYear = nowOf(ctx.deps).getUTCFullYear()
  const found = extractInnovations(source.text, { regions: ctx.deps.regions, thisYear })
  const drafts: NewsDraft[] = []
  for (const item of found.slice(0, MAX_DRAFTS)) drafts.push(await withMatch(ctx, draftOf(item, source.text)))
  const read = {
    // Nothing found closes the article: a later message is then a search again, not a second article.
    status: drafts.length > 0 ? ('reviewing' as const) : ('closed' as const),
    text: source.text,
    title: source.title,
    dated: source.dated,
    url: source.url,
    drafts,
    editing: null,
  }
  await updateNews(ctx.deps.database.db, news.id, read)
  if (raw.length > ARTICLE_LIMIT) await ctx.reply(ctx.t('news-article-cut', { limit: ARTICLE_LIMIT }))
  if (found.length > MAX_DRAFTS)
    await ctx.reply(ctx.t('news-list-capped', { count: found.length, max: MAX_DRAFTS }))
  return showList(ctx, { ...news, ...read })
}

export async function showList(ctx: Context, news: NewsRecord) {
  const drafts = draftsOf(news)
  const text = listMessage(ctx.t, ctx.deps.regions, drafts)
  if (drafts.length === 0) return ctx.reply(text)
  return ctx.reply(text, { reply_markup: listKeyboard(ctx.t, news.id, drafts) })
}

export async function showDraft(ctx: Context, news: NewsRecord, index: number) {
  const draft = draftsOf(news)[index]
  if (!draft) return showList(ctx, news)
  const card = draftCard(ctx.t, ctx.deps.regions, news, index, draft)
  return ctx.reply(card.text, {
    entities: card.entities,
    reply_markup: draftKeyboard(ctx.t, news.id, index, draft),
  })
}

/** Writes one draft back and shows it again. */
export async function saveDraft(ctx: Context, news: NewsRecord, index: number, draft: NewsDraft) {
  const drafts = draftsOf(news).map((item, position) => (position === index ? draft : item))
  await updateNews(ctx.deps.database.db, news.id, { drafts, editing: null })
  return showDraft(ctx, { ...news, drafts, editing: null }, index)
}
