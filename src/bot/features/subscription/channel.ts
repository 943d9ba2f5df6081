import { Composer, GrammyError } from 'grammy'
import { linkChannel } from '../../../db/repositories/subscriptions.ts'
import type { Context } from '../../context.ts'
import { CHANNEL_REQUEST_ID } from '../../keyboards/subscription.ts'
import { isChatAdmin } from './access.ts'
import { mainScreen } from './view.ts'

/** A channel named by its public username ("@dinkes_sulsel"), the alternative to the "Pilih kanal" button. */
const CHANNEL_USERNAME = /^@[A-Za-z][\w]{3,31}$/

/** Why a channel cannot be linked, as Telegram tells it; undefined when it can. */
async function refusal(ctx: Context, channelId: number, userId: number): Promise<string | undefined> {
  try {
    const bot = await ctx.api.getChatMember(channelId, ctx.me.id)
    if (!(bot.status === 'administrator' && bot.can_post_messages)) return 'subscribe-channel-bot-not-admin'
    return (await isChatAdmin(ctx.api, channelId, userId)) ? undefined : 'subscribe-channel-not-admin'
  } catch (error) {
    // 400 chat not found / 403 not a member: the bot is not in the channel, which is the same advice.
    if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403)) {
      return 'subscribe-channel-bot-not-admin'
    }
    throw error
  }
}

/**
 * Links a channel to the person in this private chat, once Telegram confirms that the bot may post
 * there and that the person administers it; then shows the channel's subscription to manage.
 */
async function link(ctx: Context, channelId: number, title: string) {
  if (!ctx.from) return
  const remove_keyboard = true
  const refused = await refusal(ctx, channelId, ctx.from.id)
  if (refused) return ctx.reply(ctx.t(refused, { title }), { reply_markup: { remove_keyboard } })
  const channel = { chatId: channelId, chatType: 'channel', locale: await ctx.i18n.getLocale() }
  const sub = await linkChannel(ctx.deps.database.db, channel, ctx.from.id)
  await ctx.reply(ctx.t('subscribe-channel-linked', { title }), { reply_markup: { remove_keyboard } })
  const screen = await mainScreen(ctx, { kind: 'channel', chatId: channelId, title }, sub)
  return ctx.reply(screen.text, { reply_markup: screen.reply_markup })
}

const composer = new Composer<Context>()
const feature = composer.chatType('private')

feature.on(':chat_shared', async (ctx, next) => {
  const shared = ctx.msg.chat_shared
  if (shared.request_id !== CHANNEL_REQUEST_ID) return next()
  return link(ctx, shared.chat_id, shared.title ?? String(shared.chat_id))
})

feature.hears(CHANNEL_USERNAME, async (ctx) => {
  const username = ctx.match[0]
  const chat = await ctx.api.getChat(username).catch((error: unknown) => {
    if (error instanceof GrammyError && error.error_code === 400) return undefined
    throw error
  })
  if (chat?.type !== 'channel') return ctx.reply(ctx.t('subscribe-channel-unknown', { username }))
  return link(ctx, chat.id, chat.title)
})

/** The reply keyboard's "Batal": the keyboard goes away, nothing changes. */
feature.filter(
  (ctx) => ctx.msg?.text === ctx.t('subscribe-channel-cancel'),
  (ctx) => ctx.reply(ctx.t('subscribe-channel-cancelled'), { reply_markup: { remove_keyboard: true } }),
)

export { composer as channelFeature }
