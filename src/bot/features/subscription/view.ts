import { countMatchingInnovations } from '../../../db/repositories/deliveries.ts'
import {
  findSubscription,
  followedCount,
  listManagedChannels,
  type SubscriptionRecord,
} from '../../../db/repositories/subscriptions.ts'
import { findTheme } from '../../../domain/innovations/themes.ts'
import type { RegionCatalogue } from '../../../domain/regions/catalogue.ts'
import type { Translate } from '../../../i18n.ts'
import type { Context } from '../../context.ts'
import {
  HERE,
  LEVEL_GROUPS,
  type LevelGroup,
  type ManagedChannel,
  mainKeyboard,
  type Target,
} from '../../keyboards/subscription.ts'
import { channelTitle } from './access.ts'
import type { Followable } from './request.ts'

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

/** The award levels followed, as words ("tingkat nasional, kabupaten/kota"), or every level. */
function levelsText(t: Translate, sub: SubscriptionRecord) {
  const groups = (Object.keys(LEVEL_GROUPS) as LevelGroup[]).filter((group) =>
    LEVEL_GROUPS[group].every((level) => sub.awardLevels.includes(level)),
  )
  if (groups.length === 0) return t('subscribe-preview-every-level')
  const list = groups.map((group) => t(`subscribe-level-${group}`).toLowerCase()).join(', ')
  return t('subscribe-preview-levels', { list })
}

/**
 * "Anda akan menerima kabar tentang Sulawesi Selatan · Kesehatan (…); sejauh ini 12 inovasi di katalog
 * cocok": counted in the database by the rule the fan-out uses. Nothing when nothing is followed.
 */
async function preview(ctx: Context, sub: SubscriptionRecord | undefined) {
  if (!sub?.active || followedCount(sub) === 0) return undefined
  const { regions } = ctx.deps
  const names = sub.everything
    ? [ctx.t('subscribe-preview-everything')]
    : [
        ...sub.provinceCodes.map((code) => regions.province(code)?.name),
        ...sub.regencyCodes.map((code) => regions.regency(code)?.officialName),
        ...sub.themes.map((slug) => findTheme(slug)?.label),
      ].filter((name): name is string => typeof name === 'string')
  const count = await countMatchingInnovations(ctx.deps.database.db, sub)
  return ctx.t('subscribe-preview', { list: names.join(' · '), levels: levelsText(ctx.t, sub), count })
}

/** The summary, the preview and how to change it; /berhenti is offered only to a chat that is subscribed. */
export async function mainText(ctx: Context, target: Target, sub: SubscriptionRecord | undefined) {
  const how = sub?.active
    ? [ctx.t('subscribe-how'), ctx.t('subscribe-how-remove'), ctx.t('subscribe-how-stop')].join('\n')
    : ctx.t('subscribe-how')
  const header =
    target.kind === 'channel' ? ctx.t('subscribe-channel-header', { title: target.title }) : undefined
  const summary = subscriptionSummary(ctx.t, ctx.deps.regions, sub)
  const lines = [header, summary, await preview(ctx, sub)].filter((line) => line !== undefined)
  return `${lines.join('\n')}\n\n${target.kind === 'channel' ? ctx.t('subscribe-channel-how') : how}`
}

/** The channels this private chat manages, for the switcher (none outside a private chat). */
async function managedChannels(ctx: Context): Promise<ManagedChannel[] | undefined> {
  if (ctx.chat?.type !== 'private' || !ctx.from) return undefined
  const ids = await listManagedChannels(ctx.deps.database.db, ctx.from.id)
  return Promise.all(ids.map(async (chatId) => ({ chatId, title: await titleOrId(ctx, chatId) })))
}

/** A channel the bot can no longer see still gets its button (by id), so it can be managed or removed. */
async function titleOrId(ctx: Context, chatId: number) {
  try {
    return await channelTitle(ctx.api, chatId)
  } catch (error) {
    ctx.logger.warn({ err: error, chatId }, 'channel title unavailable')
    return String(chatId)
  }
}

/** The main screen of a subscription: its text and buttons. `prefix`: what was just done ("✅ …"). */
export async function mainScreen(
  ctx: Context,
  target: Target,
  sub: SubscriptionRecord | undefined,
  prefix?: string,
) {
  const text = await mainText(ctx, target, sub)
  const channels = target.kind === 'here' ? await managedChannels(ctx) : undefined
  return {
    text: prefix ? `${prefix}\n\n${text}` : text,
    reply_markup: mainKeyboard(ctx.t, {
      sub,
      regions: ctx.deps.regions,
      target,
      ...(channels ? { channels } : {}),
    }),
  }
}

/** The /langganan screen of this chat (also opened from a paused /ajukan). */
export async function showSubscription(ctx: Context) {
  const sub = ctx.chat && (await findSubscription(ctx.deps.database.db, ctx.chat.id))
  const { text, reply_markup } = await mainScreen(ctx, HERE, sub)
  return ctx.reply(text, { reply_markup })
}

/** The name of a thing followed, as shown back ("semua inovasi" for everything). */
export const labelOf = (t: Translate, item: Followable) =>
  item.change.kind === 'everything' ? t('subscribe-preview-everything') : item.label

/** "✅ Berlangganan …": what was just followed, one thing or several. */
export function addedText(t: Translate, items: readonly Followable[]) {
  const [only] = items
  if (!only || items.length > 1) {
    return t('subscribe-added-several', { list: items.map((item) => labelOf(t, item)).join(' · ') })
  }
  if (only.change.kind === 'everything') return t('subscribe-added-everything')
  return only.change.kind === 'theme'
    ? t('subscribe-added-theme', { theme: only.label })
    : t('subscribe-added-region', { region: only.label })
}
