import { Composer, InlineKeyboard } from 'grammy'
import {
  findSubscription,
  type ScheduleChange,
  type SubscriptionRecord,
  updateSchedule,
} from '../../../db/repositories/subscriptions.ts'
import { DELIVERY_MODES, QUIET_HOURS_CHOICES, TIME_ZONES } from '../../../domain/delivery/settings.ts'
import { inferTimeZone } from '../../../domain/delivery/time-zones.ts'
import type { Translate } from '../../../i18n.ts'
import type { Context } from '../../context.ts'
import { subscribeData } from '../../keyboards/subscription.ts'
import { scheduleData, scheduleKeyboard } from '../../keyboards/subscription-schedule.ts'
import { mayChange } from './access.ts'

/** The schedule as lines: how news comes, in which zone (chosen or inferred), and what happens at night. */
function scheduleText(t: Translate, sub: SubscriptionRecord) {
  const inferred = inferTimeZone(sub)
  return [
    t('schedule-title'),
    '',
    t('schedule-mode-line', { mode: t(`schedule-mode-${sub.deliveryMode}`) }),
    sub.timeZone === null
      ? t('schedule-zone-inferred', { zone: inferred })
      : t('schedule-zone-chosen', { zone: sub.timeZone, inferred }),
    t('schedule-quiet-line', { quiet: t(`schedule-quiet-${sub.quietHours}`) }),
  ].join('\n')
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value)

/** The change a button asks for; undefined for the view itself or a value of another action. */
function changeOf(action: string, value: string): ScheduleChange | undefined {
  if (action === 'mode' && isOneOf(DELIVERY_MODES, value)) return { deliveryMode: value }
  if (action === 'zone' && value === 'auto') return { timeZone: null }
  if (action === 'zone' && isOneOf(TIME_ZONES, value)) return { timeZone: value }
  if (action === 'quiet' && isOneOf(QUIET_HOURS_CHOICES, value)) return { quietHours: value }
  return undefined
}

const composer = new Composer<Context>()

/**
 * The Jadwal view of /langganan: open to anyone in the chat; changes only by those who may change the
 * subscription. A chat that is not subscribed is told to subscribe first, and nothing changes.
 */
composer.callbackQuery(scheduleData.filter(), async (ctx) => {
  const data = scheduleData.unpack(ctx.callbackQuery.data)
  const chatId = ctx.chat?.id
  if (!data || chatId === undefined) return ctx.answerCallbackQuery()
  const change = changeOf(data.action, data.value)
  if (data.action !== 'open' && !change) return ctx.answerCallbackQuery()
  if (change && !(await mayChange(ctx))) {
    return ctx.answerCallbackQuery({ text: ctx.t('subscribe-admins-only'), show_alert: true })
  }
  const db = ctx.deps.database.db
  const current = await findSubscription(db, chatId)
  if (!current?.active) return ctx.answerCallbackQuery({ text: ctx.t('schedule-none'), show_alert: true })
  await ctx.answerCallbackQuery()
  const sub = (change && (await updateSchedule(db, chatId, change))) || current
  const text = scheduleText(ctx.t, sub)
  if (change && text === scheduleText(ctx.t, current)) return
  const back = InlineKeyboard.text(
    ctx.t('subscribe-button-back'),
    subscribeData.pack({ action: 'menu', value: '-' }),
  )
  return ctx.editMessageText(text, { reply_markup: scheduleKeyboard(ctx.t, sub, back) })
})

export { composer as subscriptionScheduleFeature }
