import type { DeliveryMode, QuietHoursChoice, TimeZoneCode } from './settings.ts'
import { addDays, instantAt, localTime } from './time-zones.ts'

/** Night, when instant pushes are silent or held: from 21:00 to 06:00 local time. */
export const QUIET_FROM_HOUR = 21
export const QUIET_UNTIL_HOUR = 6
/** Digests go out at 07:00 local time; weekly ones on Mondays. */
export const DIGEST_HOUR = 7
const MONDAY = 1

/** How an instant push goes out now: with sound, silently, or not before `until`. */
export type NightDecision = { kind: 'send'; silent: boolean } | { kind: 'hold'; until: Date }

/**
 * The quiet-hours rule: between 21:00 and 06:00 in the subscriber's zone a push is sent without sound
 * (`silent`) or held until 06:00 (`hold`), as the subscriber chose; at other times it is sent as usual.
 */
export function nightDecision(now: Date, zone: TimeZoneCode, choice: QuietHoursChoice): NightDecision {
  const local = localTime(now, zone)
  const night = local.hour >= QUIET_FROM_HOUR || local.hour < QUIET_UNTIL_HOUR
  if (!night) return { kind: 'send', silent: false }
  if (choice === 'silent') return { kind: 'send', silent: true }
  const morning = local.hour < QUIET_UNTIL_HOUR ? local.date : addDays(local.date, 1)
  return { kind: 'hold', until: instantAt(morning, QUIET_UNTIL_HOUR, zone) }
}

/** One digest period of one subscriber: its name (unique per chat) and when it is due (07:00 local). */
export interface DigestPeriod {
  /** `daily:2026-12-07`, or `weekly:2026-12-07` named after its Monday. */
  key: string
  dueAt: Date
}

/**
 * The latest digest period due at `now` in `zone`: today's 07:00 once it has passed (else yesterday's)
 * for a daily digest; the last Monday 07:00 for a weekly one. Undefined for instant subscriptions.
 */
export function latestDigestPeriod(
  now: Date,
  zone: TimeZoneCode,
  mode: DeliveryMode,
): DigestPeriod | undefined {
  if (mode === 'instant') return undefined
  const local = localTime(now, zone)
  const today = local.hour >= DIGEST_HOUR ? local.date : addDays(local.date, -1)
  const weekday = local.hour >= DIGEST_HOUR ? local.weekday : (local.weekday + 6) % 7
  const day = mode === 'daily' ? today : addDays(today, -((weekday - MONDAY + 7) % 7))
  return { key: `${mode}:${day}`, dueAt: instantAt(day, DIGEST_HOUR, zone) }
}

/** The mode and local day a period key names (`daily:2026-12-07`); undefined for a key not made here. */
export function readDigestPeriod(key: string): { mode: 'daily' | 'weekly'; day: string } | undefined {
  const match = /^(daily|weekly):(\d{4}-\d{2}-\d{2})$/.exec(key)
  if (!match?.[1] || !match[2]) return undefined
  return { mode: match[1] === 'daily' ? 'daily' : 'weekly', day: match[2] }
}
