import { Composer } from 'grammy'
import {
  addFilter,
  followedCount,
  reactivateAfterFailure,
  removeFilter,
  setTopic,
  unsubscribe,
} from '../../../db/repositories/subscriptions.ts'
import { regionLabel } from '../../../domain/regions/catalogue.ts'
import type { Context } from '../../context.ts'
import { truncate } from '../../format/text.ts'
import {
  askStopKeyboard,
  confirmRemovalKeyboard,
  regionChoiceKeyboard,
} from '../../keyboards/subscription.ts'
import { type Managed, mayChange, ownSubscription } from './access.ts'
import { readCommand, readRemoval, readRequest } from './request.ts'
import { addedText, labelOf, mainScreen, showSubscription } from './view.ts'

/** Half an emoji (a lone surrogate) is not UTF-8: Telegram and Postgres refuse it, so it is replaced. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\ufffd')
/** What the user typed, as quoted back in a reply. */
const quoted = (text: string) => truncate(text, 60)
/** Several regions and themes per /langganan: the longest official region name has 42 characters. */
const SUBSCRIPTION_INPUT_LIMIT = 100

/** A group admin's bare /langganan in another forum topic (or the main chat) moves the pushes there. */
const movesTopic = ({ sub, subscriber }: Managed) =>
  sub?.active === true &&
  subscriber.messageThreadId !== undefined &&
  subscriber.messageThreadId !== sub.messageThreadId

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
  if (removal.kind === 'guessed') {
    const label = labelOf(ctx.t, removal.item)
    return ctx.reply(ctx.t('subscribe-remove-guess', { text: quoted(text), label }), {
      reply_markup: confirmRemovalKeyboard(ctx.t, managed.target, label, removal.value),
    })
  }
  const sub = await removeFilter(ctx.deps.database.db, managed.subscriber.chatId, removal.item.change)
  const done = ctx.t('subscribe-removed', { label: labelOf(ctx.t, removal.item) })
  const { text: screen, reply_markup } = await mainScreen(ctx, managed.target, sub, done)
  return ctx.reply(screen, { reply_markup })
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
  const managed = await ownSubscription(ctx)
  if (!managed) return
  const text = wellFormed(ctx.match).trim()
  if (text === '') {
    if ((managed.sub?.deactivatedReason || movesTopic(managed)) && (await mayChange(ctx))) {
      await reactivateAfterFailure(db, managed.subscriber.chatId)
      await setTopic(db, managed.subscriber)
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

/**
 * `/berhenti` (also "Berhenti" under every push): stops at once a chat that follows one thing, asks first
 * when it follows several.
 */
export async function stopSubscription(ctx: Context) {
  if (!ctx.chat) return
  if (!(await mayChange(ctx))) return ctx.reply(ctx.t('subscribe-admins-only'))
  const managed = await ownSubscription(ctx)
  if (!managed) return
  const { sub } = managed
  if (sub?.active && followedCount(sub) > 1) {
    return ctx.reply(ctx.t('subscribe-ask-stop', { count: followedCount(sub) }), {
      reply_markup: askStopKeyboard(ctx.t, managed.target),
    })
  }
  const stopped = await unsubscribe(ctx.deps.database.db, ctx.chat.id)
  await ctx.reply(ctx.t(stopped ? 'subscribe-stopped' : 'subscribe-not-subscribed'))
}

/** `/berhenti [wilayah|tema]`: everything, or one thing. */
composer.command(['berhenti', 'unsubscribe'], async (ctx) => {
  const text = wellFormed(ctx.match).trim()
  if (text === '') return stopSubscription(ctx)
  if (!(await mayChange(ctx))) return ctx.reply(ctx.t('subscribe-admins-only'))
  const managed = await ownSubscription(ctx)
  if (!managed) return
  return unfollow(ctx, managed, text.slice(0, SUBSCRIPTION_INPUT_LIMIT))
})

export { composer as commandsFeature }
