import { Composer } from 'grammy'
import {
  addFilter,
  type FilterChange,
  findSubscription,
  reactivateAfterFailure,
  type SubscriberChat,
  type SubscriptionRecord,
  toggleFilter,
  unsubscribe,
} from '../../db/repositories/subscriptions.ts'
import { findTheme, resolveTheme } from '../../domain/innovations/themes.ts'
import type { RegionCatalogue } from '../../domain/regions/catalogue.ts'
import { regionLabel } from '../../domain/regions/catalogue.ts'
import { resolveRegion } from '../../domain/regions/resolver.ts'
import type { Region } from '../../domain/regions/types.ts'
import { normalizeText } from '../../domain/text/normalize.ts'
import type { Translate } from '../../i18n.ts'
import type { Context } from '../context.ts'
import { truncate } from '../format/text.ts'
import {
  mainKeyboard,
  provincesKeyboard,
  regionChoiceKeyboard,
  subscribeData,
  themesKeyboard,
  themesPageOf,
} from '../keyboards/subscription.ts'

/** Half an emoji (a lone surrogate) is not UTF-8: Telegram and Postgres refuse it, so it is replaced. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\ufffd')
/** What the user typed, as quoted back in a reply. */
const quoted = (text: string) => truncate(text, 60)
/** One region or theme per /langganan: the longest official region name has 42 characters. */
const SUBSCRIPTION_INPUT_LIMIT = 100
const EVERYTHING_WORDS = new Set(['semua', 'all', 'everything', 'semuanya'])
/** The user Telegram shows for an anonymous group admin writing as the group. */
const ANONYMOUS_ADMIN_ID = 1_087_968_824

/** The chat, with the language its announcements are written in: the one chosen with /bahasa, else Telegram's. */
async function subscriberOf(ctx: Context): Promise<SubscriberChat | undefined> {
  if (!ctx.chat) return undefined
  return { chatId: ctx.chat.id, chatType: ctx.chat.type, locale: await ctx.i18n.getLocale() }
}

/** Anyone may change a private chat's subscription; in a group only its admins (Telegram says who). */
async function mayChange(ctx: Context): Promise<boolean> {
  const chat = ctx.chat
  if (!chat || !ctx.from) return false
  if (chat.type === 'private') return true
  if (ctx.from.id === ANONYMOUS_ADMIN_ID && ctx.msg?.sender_chat?.id === chat.id) return true
  const member = await ctx.getChatMember(ctx.from.id)
  return member.status === 'creator' || member.status === 'administrator'
}

/** The subscription as lines of text: what is followed, or that nothing is. */
export function subscriptionSummary(
  t: Translate,
  regions: RegionCatalogue,
  sub: SubscriptionRecord | undefined,
) {
  if (!sub) return t('subscribe-status-none')
  if (!sub.active) return t('subscribe-status-stopped')
  if (sub.everything) return t('subscribe-status-everything')
  const list = (names: (string | undefined)[]) => names.filter(Boolean).join(', ')
  const lines = [
    sub.provinceCodes.length > 0 &&
      t('subscribe-status-provinces', {
        list: list(sub.provinceCodes.map((code) => regions.province(code)?.name)),
      }),
    sub.regencyCodes.length > 0 &&
      t('subscribe-status-regencies', {
        list: list(sub.regencyCodes.map((code) => regions.regency(code)?.officialName)),
      }),
    sub.themes.length > 0 &&
      t('subscribe-status-themes', { list: list(sub.themes.map((slug) => findTheme(slug)?.label)) }),
  ].filter((line): line is string => typeof line === 'string')
  return lines.length === 0
    ? t('subscribe-status-nothing')
    : [t('subscribe-status-filters'), ...lines].join('\n')
}

/** The summary and how to change it; /berhenti is offered only to a chat that is subscribed. */
const mainText = (ctx: Context, sub: SubscriptionRecord | undefined) => {
  const how = sub?.active
    ? `${ctx.t('subscribe-how')}\n${ctx.t('subscribe-how-stop')}`
    : ctx.t('subscribe-how')
  return `${subscriptionSummary(ctx.t, ctx.deps.regions, sub)}\n\n${how}`
}

/** The /langganan screen of this chat (also opened from a paused /ajukan). */
export async function showSubscription(ctx: Context) {
  const sub = ctx.chat && (await findSubscription(ctx.deps.database.db, ctx.chat.id))
  return ctx.reply(mainText(ctx, sub), { reply_markup: mainKeyboard(ctx.t, sub) })
}

/** What `/langganan <text>` asks for: everything, a theme, or a region (perhaps ambiguous). */
type Request =
  | { kind: 'change'; change: FilterChange; label: string }
  | { kind: 'ambiguous'; candidates: Region[] }
  | { kind: 'guessed'; region: Region }
  | { kind: 'unknown' }

function readRequest(regions: RegionCatalogue, text: string): Request {
  if (EVERYTHING_WORDS.has(normalizeText(text)))
    return { kind: 'change', change: { kind: 'everything' }, label: '' }
  const theme = resolveTheme(text)
  if (theme) return { kind: 'change', change: { kind: 'theme', slug: theme.slug }, label: theme.label }
  const resolution = resolveRegion(regions, text)
  if (resolution.kind === 'found' && resolution.guessed) return { kind: 'guessed', region: resolution.region }
  if (resolution.kind === 'found') {
    return { kind: 'change', change: regionChange(resolution.region), label: regionLabel(resolution.region) }
  }
  return resolution.kind === 'ambiguous'
    ? { kind: 'ambiguous', candidates: resolution.candidates }
    : { kind: 'unknown' }
}

const regionChange = (region: Region): FilterChange =>
  region.kind === 'province'
    ? { kind: 'province', code: region.province.code }
    : { kind: 'regency', code: region.regency.code }

function addedText(t: Translate, change: FilterChange, label: string) {
  if (change.kind === 'everything') return t('subscribe-added-everything')
  return change.kind === 'theme'
    ? t('subscribe-added-theme', { theme: label })
    : t('subscribe-added-region', { region: label })
}

const composer = new Composer<Context>()

/** A user back after blocking the bot (or a group re-adding it) is subscribed again by /start. */
composer.command('start', async (ctx, next) => {
  if (ctx.chat.type === 'private' && (await reactivateAfterFailure(ctx.deps.database.db, ctx.chat.id))) {
    await ctx.reply(ctx.t('subscribe-reactivated'))
  }
  return next()
})

composer.command(['langganan', 'subscribe'], async (ctx) => {
  const db = ctx.deps.database.db
  const subscriber = await subscriberOf(ctx)
  if (!subscriber) return
  const text = wellFormed(ctx.match).trim()
  if (text === '') {
    if ((await findSubscription(db, subscriber.chatId))?.deactivatedReason && (await mayChange(ctx))) {
      await reactivateAfterFailure(db, subscriber.chatId)
    }
    return showSubscription(ctx)
  }
  if (!(await mayChange(ctx))) return ctx.reply(ctx.t('subscribe-admins-only'))
  if (text.length > SUBSCRIPTION_INPUT_LIMIT) {
    return ctx.reply(ctx.t('subscribe-too-long', { limit: SUBSCRIPTION_INPUT_LIMIT }))
  }
  const request = readRequest(ctx.deps.regions, text)
  if (request.kind === 'unknown') return ctx.reply(ctx.t('subscribe-unknown', { text: quoted(text) }))
  if (request.kind === 'ambiguous') {
    return ctx.reply(ctx.t('subscribe-ambiguous', { text: quoted(text) }), {
      reply_markup: regionChoiceKeyboard(request.candidates),
    })
  }
  if (request.kind === 'guessed') {
    return ctx.reply(
      ctx.t('subscribe-guessed', { text: quoted(text), region: regionLabel(request.region) }),
      {
        reply_markup: regionChoiceKeyboard([request.region]),
      },
    )
  }
  const sub = await addFilter(db, subscriber, request.change)
  await ctx.reply(`${addedText(ctx.t, request.change, request.label)}\n\n${mainText(ctx, sub)}`, {
    reply_markup: mainKeyboard(ctx.t, sub),
  })
})

/** /berhenti in this chat (also the "Berhenti" button under every push). */
export async function stopSubscription(ctx: Context) {
  if (!ctx.chat) return
  if (!(await mayChange(ctx))) return ctx.reply(ctx.t('subscribe-admins-only'))
  const stopped = await unsubscribe(ctx.deps.database.db, ctx.chat.id)
  await ctx.reply(ctx.t(stopped ? 'subscribe-stopped' : 'subscribe-not-subscribed'))
}

composer.command(['berhenti', 'unsubscribe'], stopSubscription)

/**
 * Every button: forged data is ignored; views are open to anyone in the chat, changes only to those who
 * may change the subscription. Each change redraws the view it came from.
 */
composer.callbackQuery(subscribeData.filter(), async (ctx) => {
  const data = subscribeData.unpack(ctx.callbackQuery.data)
  const subscriber = await subscriberOf(ctx)
  if (!data || !subscriber) return ctx.answerCallbackQuery()
  const db = ctx.deps.database.db
  const { regions } = ctx.deps
  const viewing = data.action === 'menu' || data.action === 'provinces' || data.action === 'themes'
  if (!viewing && !(await mayChange(ctx))) {
    return ctx.answerCallbackQuery({ text: ctx.t('subscribe-admins-only'), show_alert: true })
  }
  await ctx.answerCallbackQuery()
  const change = changeOf(regions, data.action, data.value)
  if (data.action === 'stop') {
    await unsubscribe(db, subscriber.chatId)
    return ctx.editMessageText(ctx.t('subscribe-stopped'))
  }
  if (data.action === 'add') {
    if (!change) return
    const sub = await addFilter(db, subscriber, change)
    const added = addedText(ctx.t, change, labelOfCode(regions, data.value))
    return ctx.editMessageText(`${added}\n\n${mainText(ctx, sub)}`, {
      reply_markup: mainKeyboard(ctx.t, sub),
    })
  }
  const sub = change
    ? await toggleFilter(db, subscriber, change)
    : await findSubscription(db, subscriber.chatId)
  if (data.action === 'provinces' || data.action === 'province') {
    return ctx.editMessageText(ctx.t('subscribe-choose-province'), {
      reply_markup: provincesKeyboard(ctx.t, regions, sub),
    })
  }
  if (data.action === 'themes' || data.action === 'theme') {
    const page = data.action === 'theme' ? themesPageOf(data.value) : Number(data.value)
    return ctx.editMessageText(ctx.t('subscribe-choose-theme'), {
      reply_markup: themesKeyboard(ctx.t, sub, page),
    })
  }
  return ctx.editMessageText(mainText(ctx, sub), { reply_markup: mainKeyboard(ctx.t, sub) })
})

const labelOfCode = (regions: RegionCatalogue, code: string) => {
  const regency = regions.regency(code)
  const province = regions.province(regency?.provinceCode ?? code)
  if (regency && province) return regionLabel({ kind: 'regency', regency, province })
  return province ? regionLabel({ kind: 'province', province }) : code
}

/** The filter a button changes, if its value is one of ours (forged codes change nothing). */
function changeOf(regions: RegionCatalogue, action: string, value: string): FilterChange | undefined {
  if (action === 'all') return { kind: 'everything' }
  if (action === 'province' && regions.province(value)) return { kind: 'province', code: value }
  if (action === 'theme' && findTheme(value)) return { kind: 'theme', slug: value }
  if (action === 'add' && regions.regency(value)) return { kind: 'regency', code: value }
  if (action === 'add' && regions.province(value)) return { kind: 'province', code: value }
  return undefined
}

export { composer as subscriptionFeature }
