// /berita: an admin pastes an award article (or forwards a channel post); the extractor's drafts are
// listed, opened, edited with the /ajukan checks, dropped or matched to catalogue entries, saved through
// the import path and announced through the /umumkan path. The article and its drafts live in the
// database (news_articles), so a restart or another process continues the flow.
import { Composer } from 'grammy'
import { findOpenNews, type NewsRecord, startNews, updateNews } from '../../../db/repositories/news.ts'
import { isAdmin } from '../../admins.ts'
import type { Context } from '../../context.ts'
import { FileDownloadError, type TelegramFiles } from '../../telegram-file.ts'
import { wellFormed } from '../announcement/draft.ts'
import { answerField, askField, confirmRegion } from './edit.ts'
import {
  ARTICLE_MIN,
  readArticleText,
  receiveArticleMessage,
  saveDraft,
  showDraft,
  showList,
} from './flow.ts'
import { newsData } from './keyboards.ts'
import { announceSaved, saveAll } from './save.ts'
import { draftsOf, editingOf, NEWS_FIELDS } from './state.ts'

const composer = new Composer<Context>()

/** A .txt document only: other documents (catalogue files) belong to other features. */
const TEXT_FILE = /\.txt$/i
/** Telegram's own download limit is 20 MB; an article is a few kilobytes. */
const FILE_LIMIT = 1_000_000

export function createNewsFeature(files: TelegramFiles) {
  const feature = new Composer<Context>()
  feature.use(composer)
  feature
    .chatType('private')
    .on('message:document')
    .filter(
      (ctx) => TEXT_FILE.test(ctx.message.document.file_name ?? ''),
      async (ctx, next) => {
        const news = await findOpenNews(ctx.deps.database.db, ctx.from.id)
        if (news?.status !== 'waiting' || !(await isAdmin(ctx))) return next()
        const size = ctx.message.document.file_size ?? 0
        if (size > FILE_LIMIT) return ctx.reply(ctx.t('news-file-too-large', { max: FILE_LIMIT / 1000 }))
        let text: string
        try {
          text = await files.readText(ctx.api, ctx.message.document.file_id, FILE_LIMIT)
        } catch (error) {
          if (!(error instanceof FileDownloadError)) throw error
          ctx.logger.warn({ reason: error.message }, 'article file download failed')
          return ctx.reply(ctx.t('catalogue-file-download-failed'))
        }
        return readArticleText(ctx, news, wellFormed(text).trim())
      },
    )
  return feature
}

composer.command('berita', async (ctx) => {
  if (ctx.chat.type !== 'private') return ctx.reply(ctx.t('news-private-only'))
  if (!(await isAdmin(ctx))) return ctx.reply(ctx.t('news-admins-only'))
  await startNews(ctx.deps.database.db, ctx.from?.id ?? ctx.chat.id)
  const pasted = wellFormed(ctx.match).trim()
  const news = await findOpenNews(ctx.deps.database.db, ctx.from?.id ?? ctx.chat.id)
  if (pasted && news) return receiveArticleMessage(ctx, news, pasted)
  return ctx.reply(ctx.t('news-ask-article'))
})

/**
 * Text (or a forwarded post's caption) from an admin whose article is waiting, or whose draft field is
 * being edited; anything else goes on (a search, /umumkan). Admin rights are checked again: they may
 * have been taken away since /berita.
 */
composer.chatType('private').on(['message:text', 'message:caption'], async (ctx, next) => {
  const typed = ctx.message.text ?? ctx.message.caption ?? ''
  if (typed.startsWith('/')) return next()
  const news = await findOpenNews(ctx.deps.database.db, ctx.from.id)
  const editing = news && editingOf(news)
  if (!news || (news.status !== 'waiting' && !editing)) return next()
  if (!(await isAdmin(ctx))) return next()
  const text = wellFormed(typed).trim()
  // Short text is a search, unless it is the last part of a long article already begun.
  if (news.status === 'waiting' && !news.text && text.length < ARTICLE_MIN) return next()
  if (news.status === 'waiting') return receiveArticleMessage(ctx, news, text)
  if (editing) return answerField(ctx, news, editing, text)
})

composer.callbackQuery(newsData.filter(), async (ctx) => {
  const data = newsData.unpack(ctx.callbackQuery.data)
  if (!data || !(await isAdmin(ctx)))
    return ctx.answerCallbackQuery({ text: ctx.t('news-admins-only'), show_alert: true })
  // The buttons are sent in the admin's private chat only; pressed anywhere else they are forged.
  if (ctx.chat?.type !== 'private')
    return ctx.answerCallbackQuery({ text: ctx.t('news-private-only'), show_alert: true })
  const news = await findOpenNews(ctx.deps.database.db, ctx.from.id)
  if (!news || news.id !== data.id)
    return ctx.answerCallbackQuery({ text: ctx.t('news-no-article'), show_alert: true })
  await ctx.answerCallbackQuery()
  return act(ctx, news, data)
})

type Press = NonNullable<ReturnType<typeof newsData.unpack>>

async function act(ctx: Context, news: NewsRecord, { action, index, value }: Press) {
  const db = ctx.deps.database.db
  const draft = draftsOf(news)[index]
  if (news.status === 'announced') return ctx.reply(ctx.t('news-no-article'))
  if (news.status === 'saved' && action !== 'announce' && action !== 'list' && action !== 'cancel')
    return ctx.reply(ctx.t('news-already-saved'))
  switch (action) {
    case 'list':
      await updateNews(db, news.id, { editing: null })
      return showList(ctx, news)
    case 'open':
      await updateNews(db, news.id, { editing: null })
      return showDraft(ctx, news, index)
    case 'edit': {
      const field = NEWS_FIELDS.find((candidate) => candidate === value)
      return draft && field ? askField(ctx, news, { index, field }) : showList(ctx, news)
    }
    case 'region':
      return confirmRegion(ctx, news, index, value)
    case 'drop':
    case 'keep':
      return draft && saveDraft(ctx, news, index, { ...draft, dropped: action === 'drop' })
    case 'match':
    case 'new':
      if (!draft?.match) return showDraft(ctx, news, index)
      return saveDraft(ctx, news, index, {
        ...draft,
        match: { ...draft.match, answer: action === 'match' ? 'yes' : 'no' },
      })
    case 'save':
      return saveAll(ctx, news)
    case 'announce':
      if (news.status !== 'saved') return ctx.reply(ctx.t('news-save-first'))
      return announceSaved(ctx, news)
    case 'read':
      if (news.status !== 'waiting' || !news.text) return ctx.reply(ctx.t('news-no-article'))
      return readArticleText(ctx, news, news.text)
    case 'cancel':
      await updateNews(db, news.id, { status: 'closed', editing: null })
      return ctx.reply(ctx.t(news.status === 'saved' ? 'news-closed' : 'news-cancelled'))
  }
}
