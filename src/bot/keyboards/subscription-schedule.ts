import { InlineKeyboard } from 'grammy'
import type { InlineKeyboardButton } from 'grammy/types'
import { z } from 'zod'
import type { SubscriptionRecord } from '../../db/repositories/subscriptions.ts'
import { DELIVERY_MODES, QUIET_HOURS_CHOICES, TIME_ZONES } from '../../domain/delivery/settings.ts'
import { inferTimeZone } from '../../domain/delivery/time-zones.ts'
import type { Translate } from '../../i18n.ts'
import { codec } from '../callback-data.ts'

const AUTO = 'auto'
const NONE = '-'

/** Schedule buttons: open the view, choose the delivery mode, the time zone (or automatic), the night rule. */
export const scheduleData = codec('sch', {
  action: z.enum(['open', 'mode', 'zone', 'quiet']),
  value: z.enum([...DELIVERY_MODES, ...TIME_ZONES, ...QUIET_HOURS_CHOICES, AUTO, NONE]),
})

type Data = Parameters<typeof scheduleData.pack>[0]

const button = (label: string, data: Data) => InlineKeyboard.text(label, scheduleData.pack(data))
const checked = (label: string, on: boolean) => (on ? `✅ ${label}` : label)

/** The "Jadwal" button of the /langganan screen. */
export const openScheduleButton = (t: Translate) =>
  button(t('schedule-button-open'), { action: 'open', value: NONE })

/** Langsung / Harian / Mingguan, WIB / WITA / WIT / Otomatis, Senyap / Tahan, then `back` (to /langganan). */
export function scheduleKeyboard(t: Translate, sub: SubscriptionRecord, back: InlineKeyboardButton) {
  const modes = DELIVERY_MODES.map((mode) =>
    button(checked(t(`schedule-button-${mode}`), sub.deliveryMode === mode), { action: 'mode', value: mode }),
  )
  const zones = TIME_ZONES.map((zone) =>
    button(checked(zone, sub.timeZone === zone), { action: 'zone', value: zone }),
  )
  const auto = button(
    checked(t('schedule-button-zone-auto', { zone: inferTimeZone(sub) }), sub.timeZone === null),
    { action: 'zone', value: AUTO },
  )
  const nights = QUIET_HOURS_CHOICES.map((choice) =>
    button(checked(t(`schedule-button-${choice}`), sub.quietHours === choice), {
      action: 'quiet',
      value: choice,
    }),
  )
  return new InlineKeyboard()
    .add(...modes)
    .row()
    .add(...zones)
    .row()
    .add(auto)
    .row()
    .add(...nights)
    .row()
    .add(back)
}
