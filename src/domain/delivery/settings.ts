/**
 * How a subscription wants its news, beside what it follows: these values are stored as they are in
 * `subscriptions` (its check constraints list the same words).
 */

/** `instant`: one push per announcement; `daily` / `weekly`: one digest at 07:00 local time. */
export const DELIVERY_MODES = ['instant', 'daily', 'weekly'] as const
export type DeliveryMode = (typeof DELIVERY_MODES)[number]

/** Indonesia's three time zones, as people name them. */
export const TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const
export type TimeZoneCode = (typeof TIME_ZONES)[number]

/** Instant pushes at night (21:00–06:00 local time) are sent without sound, or held until 06:00. */
export const QUIET_HOURS_CHOICES = ['silent', 'hold'] as const
export type QuietHoursChoice = (typeof QUIET_HOURS_CHOICES)[number]
