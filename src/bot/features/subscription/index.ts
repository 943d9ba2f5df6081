import { Composer } from 'grammy'
import {
  addFilter,
  type FilterChange,
  followedCount,
  reactivateAfterFailure,
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
import { truncate } from '../../format/text.ts'
import {
  askStopKeyboard,
  channelRequestKeyboard,
  channelSubscribeData,
  EVERYTHING,
  isLevelGroup,
  LEVEL_GROUPS,
  levelsKeyboard,
  provincesKeyboard,
  regionChoiceKeyboard,
  subscribeData,
  themesKeyboard,
  themesPageOf,
} from '../../keyboards/subscription.ts'
import { channelSubscription, type Managed, mayChange, ownSubscription } from './access.ts'
import { channelFeature } from './channel.ts'
import { chatMemberFeature } from './chat-member.ts'
import { type Followable, readCommand, readRemoval, readRequest } from './request.ts'
import { mainScreen, showSubscription } from './view.ts'

export { showSubscription, subscriptionSummary } from './view.ts'

/** Half an emoji (a lone surrogate) is not UTF-8: Telegram and Postgres refuse it, so it is replaced. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\ufffd')
/** What the user typed, as quoted back in a reply. */
const quoted = (text: string) => truncate(text, 60)
/** Several regions and themes per /langganan: the longest official region name has 42 characters. */
const SUBSCRIPTION_INPUT_LIMIT = 100

const labelOf = (t: Translate, item: Followable) =>
  item.change.kind === 'everything' ? t('subscribe-preview-everything') : item.label

function addedText(t: Translate, items: readonly Followable[]) {
  const [only] = items
  if (!only || items.length > 1) {
    return t('subscribe-added-several', { list: items.map((item) => labelOf(t, item)).join(' · ') })
  }
  if (only.change.kind === 'everything') return t('subscribe-added-everything')
  return only.change.kind === 'theme'
    ? t('subscribe-added-theme', { theme: only.label })
    : t('subscribe-added-region', { region: only.label })
}

/** `/langganan <text>`: follow what the text names (one thing or several), or ask which region is meant. */
async function follow(ctx: Context, managed: Managed, text: string) {
  const request = readRequest(ctx.deps.regions, text)
  if (request.kind === 'unknown') return ctx.reply(ctx.t('subscribe-unknown', { text: quoted(text) }))
  if (request.kind === 'ambiguous') {
    return ctx.reply(ctx.t('subscribe-ambiguous', { text: quoted(text) }), {
      reply_markup: regionChoiceKeyboard(request.candidates),
    })
  }
  if (request.kind === 'guessed') {
    const region = regionLabel(request.region)
    return ctx.reply(ctx.t('subscribe-guessed', { text: quoted(text), region }), {
      reply_markup: regionChoiceKeyboard([request.region]),
    })
  }
  let sub = managed.sub
  for (const item of request.items)
    sub = await addFilter(ctx.deps.database.db, managed.subscriber, item.change)
  const { text: screen, reply_markup } = await mainScreen(
    ctx,
    managed.target,
    sub,
    addedText(ctx.t, request.items),
  )
  return ctx.reply(screen, { reply_markup })
}

/** `/langganan hapus <text>`, `/langganan -<text>`, `/berhenti <text>`: stop following one thing. */
async function unfollow(ctx: Context, managed: Managed, text: string) {
  if (text === '') return ctx.reply(ctx.t('subscribe-remove-how'))
  const removal = readRemoval(ctx.deps.regions, managed.sub, text)
  if (removal.kind === 'unknown') return ctx.reply(ctx.t('subscribe-remove-unknown', { text: quoted(text) }))
  if (removal.kind === 'not-followed') {
    return ctx.reply(
      ctx.t('subscribe-remove-not-followed', {
        label: removal.label || ctx.t('subscribe-preview-everything'),
      }),
    )
  }
  const sub = await removeFilter(ctx.deps.database.db, managed.subscriber.chatId, removal.item.change)
  const done = ctx.t('subscribe-removed', { label: labelOf(ctx.t, removal.item) })
  const { text: screen, reply_markup } = await mainScreen(ctx, managed.target, sub, done)
  return ctx.reply(screen, { reply_markup })
}

const composer = new Composer<Context>()
composer.use(chatMemberFeature, channelFeature)

/** A user back after blocking the bot (or a group re-adding it) is subscribed again by /start. */
composer.command('start', async (ctx, next) => {
  if (ctx.chat.type === 'private' && (await reactivateAfterFailure(ctx.deps.database.db, ctx.chat.id))) {
    await ctx.reply(ctx.t('subscribe-reactivated'))
  }
  return next()
})

composer.command(['langganan', 'subscribe'], async (ctx) => {
  const db = ctx.deps.database.db
  const managed = await ownSubscription(ctx)
  if (!managed) return
  const text = wellFormed(ctx.match).trim()
  if (text === '') {
    if (managed.sub?.deactivatedReason && (await mayChange(ctx))) {
      await reactivateAfterFailure(db, managed.subscriber.chatId)
    }
    return showSubscription(ctx)
  }
  if (!(await mayChange(ctx))) return ctx.reply(ctx.t('subscribe-admins-only'))
  if (text.length > SUBSCRIPTION_INPUT_LIMIT) {
    return ctx.reply(ctx.t('subscribe-too-long', { limit: SUBSCRIPTION_INPUT_LIMIT }))
  }
  const command = readCommand(text)
  return command.remove ? unfollow(ctx, managed, command.text) : follow(ctx, managed, command.text)
})

/** `/berhenti`: stops at once a chat that follows one thing, asks first when it follows several. */
composer.command(['berhenti', 'unsubscribe'], async (ctx) => {
  if (!(await mayChange(ctx))) return ctx.reply(ctx.t('subscribe-admins-only'))
  const managed = await ownSubscription(ctx)
  if (!managed) return
  const text = wellFormed(ctx.match).trim()
  if (text !== '') return unfollow(ctx, managed, text.slice(0, SUBSCRIPTION_INPUT_LIMIT))
  const { sub } = managed
  if (sub?.active && followedCount(sub) > 1) {
    return ctx.reply(ctx.t('subscribe-ask-stop', { count: followedCount(sub) }), {
      reply_markup: askStopKeyboard(ctx.t, managed.target),
    })
  }
  const stopped = await unsubscribe(ctx.deps.database.db, ctx.chat.id)
  await ctx.reply(ctx.t(stopped ? 'subscribe-stopped' : 'subscribe-not-subscribed'))
})

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
      const label = labelOfChange(ctx.t, regions, change)
      return redraw(
        sub,
        change.kind === 'theme'
          ? ctx.t('subscribe-added-theme', { theme: label })
          : ctx.t('subscribe-added-region', { region: label }),
      )
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

export { composer as subscriptionFeature }
