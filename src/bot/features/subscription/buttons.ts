import { Composer } from 'grammy'
import {
  addFilter,
  type FilterChange,
  followedCount,
  removeFilter,
  restorePreviousFilters,
  toggleAwardLevels,
  toggleFilter,
  unsubscribe,
} from '../../../db/repositories/subscriptions.ts'
import { findTheme } from '../../../domain/innovations/themes.ts'
import type { RegionCatalogue } from '../../../domain/regions/catalogue.ts'
import { regionLabel } from '../../../domain/regions/catalogue.ts'
import type { Translate } from '../../../i18n.ts'
import type { Context } from '../../context.ts'
import {
  askStopKeyboard,
  channelRequestKeyboard,
  channelSubscribeData,
  EVERYTHING,
  isLevelGroup,
  LEVEL_GROUPS,
  levelsKeyboard,
  provincesKeyboard,
  subscribeData,
  themesKeyboard,
  themesPageOf,
} from '../../keyboards/subscription.ts'
import { channelSubscription, type Managed, mayChange, ownSubscription } from './access.ts'
import { addedText, mainScreen } from './view.ts'

const composer = new Composer<Context>()

const VIEWS = new Set(['menu', 'provinces', 'themes', 'levels', 'askstop'])

/**
 * Every button, of this chat's subscription or of a channel managed from this private chat: forged data
 * is ignored; views are open to anyone in the chat, changes only to those who may change the
 * subscription. Each change redraws the view it came from.
 */
composer.callbackQuery([subscribeData.filter(), channelSubscribeData.filter()], async (ctx) => {
  const raw = ctx.callbackQuery.data
  const channel = channelSubscribeData.unpack(raw)
  const data = channel ?? subscribeData.unpack(raw)
  if (!data) return ctx.answerCallbackQuery()
  const managed = channel ? await channelSubscription(ctx, channel.chat) : await ownSubscription(ctx)
  if (!managed)
    return ctx.answerCallbackQuery({ text: ctx.t('subscribe-channel-not-yours'), show_alert: true })
  if (managed.target.kind === 'here' && !VIEWS.has(data.action) && !(await mayChange(ctx))) {
    return ctx.answerCallbackQuery({ text: ctx.t('subscribe-admins-only'), show_alert: true })
  }
  await ctx.answerCallbackQuery()
  return act(ctx, managed, data.action, data.value)
})

async function act(ctx: Context, managed: Managed, action: string, value: string) {
  const db = ctx.deps.database.db
  const { regions } = ctx.deps
  const { target, subscriber } = managed
  const redraw = async (sub = managed.sub, prefix?: string) => {
    const { text, reply_markup } = await mainScreen(ctx, target, sub, prefix)
    return ctx.editMessageText(text, { reply_markup })
  }
  switch (action) {
    case 'stop':
      await unsubscribe(db, subscriber.chatId)
      return ctx.editMessageText(ctx.t('subscribe-stopped'))
    case 'askstop':
      return ctx.editMessageText(
        ctx.t('subscribe-ask-stop', { count: managed.sub ? followedCount(managed.sub) : 0 }),
        {
          reply_markup: askStopKeyboard(ctx.t, target),
        },
      )
    case 'restore': {
      const sub = await restorePreviousFilters(db, subscriber)
      return redraw(sub ?? managed.sub, sub ? ctx.t('subscribe-restored') : undefined)
    }
    case 'channel':
      if (ctx.chat?.type !== 'private') return
      return ctx.reply(ctx.t('subscribe-channel-ask'), { reply_markup: channelRequestKeyboard(ctx.t) })
    case 'levels':
    case 'level': {
      const sub =
        action === 'level' && isLevelGroup(value)
          ? await toggleAwardLevels(db, subscriber, LEVEL_GROUPS[value])
          : managed.sub
      return ctx.editMessageText(ctx.t('subscribe-choose-level'), {
        reply_markup: levelsKeyboard(ctx.t, sub, target),
      })
    }
    case 'remove': {
      const change = removedChange(regions, value)
      if (!change) return
      const sub = await removeFilter(db, subscriber.chatId, change)
      return redraw(sub, ctx.t('subscribe-removed', { label: labelOfChange(ctx.t, regions, change) }))
    }
    case 'add': {
      const change = addedChange(regions, value)
      if (!change) return
      const sub = await addFilter(db, subscriber, change)
      return redraw(sub, addedText(ctx.t, [{ change, label: labelOfChange(ctx.t, regions, change) }]))
    }
  }
  const change = toggledChange(regions, action, value)
  const sub = change ? await toggleFilter(db, subscriber, change) : managed.sub
  if (action === 'provinces' || action === 'province') {
    return ctx.editMessageText(ctx.t('subscribe-choose-province'), {
      reply_markup: provincesKeyboard(ctx.t, regions, sub, target),
    })
  }
  if (action === 'themes' || action === 'theme') {
    const page = action === 'theme' ? themesPageOf(value) : Number(value)
    return ctx.editMessageText(ctx.t('subscribe-choose-theme'), {
      reply_markup: themesKeyboard(ctx.t, sub, page, target),
    })
  }
  return redraw(sub)
}

function labelOfChange(t: Translate, regions: RegionCatalogue, change: FilterChange) {
  if (change.kind === 'everything') return t('subscribe-preview-everything')
  if (change.kind === 'theme') return findTheme(change.slug)?.label ?? change.slug
  const regency = change.kind === 'regency' ? regions.regency(change.code) : undefined
  const province = regions.province(regency?.provinceCode ?? change.code)
  if (regency && province) return regionLabel({ kind: 'regency', regency, province })
  return province ? regionLabel({ kind: 'province', province }) : change.code
}

/** The filter a toggle button changes, if its value is one of ours (forged codes change nothing). */
function toggledChange(regions: RegionCatalogue, action: string, value: string): FilterChange | undefined {
  if (action === 'all') return { kind: 'everything' }
  if (action === 'province' && regions.province(value)) return { kind: 'province', code: value }
  if (action === 'theme' && findTheme(value)) return { kind: 'theme', slug: value }
  return undefined
}

/** The region an "add" button names (a choice among regions sharing a name). */
function addedChange(regions: RegionCatalogue, value: string): FilterChange | undefined {
  if (regions.regency(value)) return { kind: 'regency', code: value }
  if (regions.province(value)) return { kind: 'province', code: value }
  return undefined
}

/** What a "✕" button removes: everything, a region (by code) or a theme (by slug). */
function removedChange(regions: RegionCatalogue, value: string): FilterChange | undefined {
  if (value === EVERYTHING) return { kind: 'everything' }
  if (findTheme(value)) return { kind: 'theme', slug: value }
  return addedChange(regions, value)
}

export { composer as buttonsFeature }
