import { Composer } from 'grammy'
import { setUserLocale } from '../../db/repositories/users.ts'
import { normalizeText } from '../../domain/text/normalize.ts'
import { smallTalkOf } from '../../domain/validation/small-talk.ts'
import type { Locale } from '../../i18n.ts'
import type { Context } from '../context.ts'
import { languageData, languageKeyboard } from '../keyboards/chat.ts'
import type { ChosenLocales } from '../middlewares/track-user.ts'

/** What people type after /bahasa to choose at once ("/bahasa english", "/language id"). */
const LANGUAGE_WORDS: Readonly<Record<string, Locale>> = {
  id: 'id',
  indonesia: 'id',
  'bahasa indonesia': 'id',
  indonesian: 'id',
  en: 'en',
  english: 'en',
  inggris: 'en',
  'bahasa inggris': 'en',
}

/**
 * Chat conventions: /bahasa (/language) chooses the language, remembered in the database and used before
 * the Telegram language; greetings and thanks get a short answer instead of a search.
 */
export function chatFeature(chosen: ChosenLocales): Composer<Context> {
  const composer = new Composer<Context>()

  async function choose(ctx: Context, locale: Locale) {
    const userId = ctx.from?.id
    if (userId === undefined) return
    await setUserLocale(ctx.deps.database.db, userId, locale)
    chosen.set(userId, locale)
    ctx.i18n.useLocale(locale)
    return ctx.reply(ctx.t('language-chosen'))
  }

  composer.command(['bahasa', 'language'], (ctx) => {
    const locale = LANGUAGE_WORDS[normalizeText(ctx.match)]
    if (locale) return choose(ctx, locale)
    return ctx.reply(ctx.t('language-choose'), { reply_markup: languageKeyboard(ctx.t) })
  })

  composer.callbackQuery(languageData.filter(), async (ctx) => {
    const data = languageData.unpack(ctx.callbackQuery.data)
    await ctx.answerCallbackQuery()
    // A button under a message shared inline has no chat to answer in.
    if (data && ctx.chat) await choose(ctx, data.locale)
  })

  composer
    .chatType('private')
    .on('message:text')
    .filter((ctx) => !ctx.message.text.startsWith('/') && smallTalkOf(ctx.message.text) !== undefined)
    .use((ctx) =>
      smallTalkOf(ctx.message.text) === 'thanks'
        ? ctx.reply(ctx.t('chat-thanks'))
        : ctx.reply(ctx.t('chat-greeting', { name: ctx.from.first_name })),
    )

  return composer
}
