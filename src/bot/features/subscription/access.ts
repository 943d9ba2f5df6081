import { type Api, GrammyError } from 'grammy'
import {
  findSubscription,
  type SubscriberChat,
  type SubscriptionRecord,
} from '../../../db/repositories/subscriptions.ts'
import type { Context } from '../../context.ts'
import { HERE, type Target } from '../../keyboards/subscription.ts'

/** The user Telegram shows for an anonymous group admin writing as the group. */
const ANONYMOUS_ADMIN_ID = 1_087_968_824

/**
 * The chat, with the language its announcements are written in (the one chosen with /bahasa, else
 * Telegram's) and, in a forum group, the topic the message came from: pushes go to that topic.
 */
export async function subscriberOf(ctx: Context): Promise<SubscriberChat | undefined> {
  if (!ctx.chat) return undefined
  const locale = await ctx.i18n.getLocale()
  const inGroup = ctx.chat.type === 'group' || ctx.chat.type === 'supergroup'
  const topic = ctx.msg?.is_topic_message ? ctx.msg.message_thread_id : undefined
  return {
    chatId: ctx.chat.id,
    chatType: ctx.chat.type,
    locale,
    ...(inGroup ? { messageThreadId: topic ?? null } : {}),
  }
}

const isAdmin = (status: string) => status === 'creator' || status === 'administrator'

/** Whether Telegram says this person administers this chat (a channel). */
export async function isChatAdmin(api: Api, chatId: number, userId: number): Promise<boolean> {
  return isAdmin((await api.getChatMember(chatId, userId)).status)
}

/** Anyone may change a private chat's subscription; in a group only its admins (Telegram says who). */
export async function mayChange(ctx: Context): Promise<boolean> {
  const chat = ctx.chat
  if (!chat || !ctx.from) return false
  if (chat.type === 'private') return true
  if (ctx.from.id === ANONYMOUS_ADMIN_ID && ctx.msg?.sender_chat?.id === chat.id) return true
  return isAdmin((await ctx.getChatMember(ctx.from.id)).status)
}

/** A subscription a screen acts on: whose it is, the chat it writes to, and the record as it stands. */
export interface Managed {
  target: Target
  subscriber: SubscriberChat
  sub: SubscriptionRecord | undefined
}

/** This chat's own subscription. */
export async function ownSubscription(ctx: Context): Promise<Managed | undefined> {
  const subscriber = await subscriberOf(ctx)
  if (!subscriber) return undefined
  return { target: HERE, subscriber, sub: await findSubscription(ctx.deps.database.db, subscriber.chatId) }
}

/**
 * A channel's subscription, for the person who linked it, from their private chat. Telegram is asked
 * again whether they still administer the channel: a former admin cannot change it.
 */
export async function channelSubscription(ctx: Context, chatId: number): Promise<Managed | undefined> {
  if (ctx.chat?.type !== 'private' || !ctx.from) return undefined
  const sub = await findSubscription(ctx.deps.database.db, chatId)
  if (sub?.chatType !== 'channel' || sub.managedBy !== ctx.from.id) return undefined
  const title = await adminsTitle(ctx.api, chatId, ctx.from.id)
  if (title === undefined) return undefined
  return {
    target: { kind: 'channel', chatId, title },
    subscriber: { chatId, chatType: 'channel', locale: sub.locale },
    sub,
  }
}

/**
 * The channel's title when Telegram confirms the person administers it; undefined when they do not, or
 * when Telegram no longer lets the bot see the channel (removed: 400 chat not found, 403).
 */
async function adminsTitle(api: Api, chatId: number, userId: number): Promise<string | undefined> {
  try {
    return (await isChatAdmin(api, chatId, userId)) ? await channelTitle(api, chatId) : undefined
  } catch (error) {
    if (error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403))
      return undefined
    throw error
  }
}

/** The channel's title as Telegram knows it now (its id when Telegram gives none). */
export async function channelTitle(api: Api, chatId: number): Promise<string> {
  const chat: unknown = await api.getChat(chatId)
  const title = typeof chat === 'object' && chat !== null && 'title' in chat ? chat.title : undefined
  return typeof title === 'string' && title !== '' ? title : String(chatId)
}
