import type { TimeZoneCode } from './settings.ts'

/**
 * Indonesia's three time zones and the provinces in each, by BPS province code. Source: Keputusan
 * Presiden No. 41 Tahun 1987 tentang Pembagian Wilayah Republik Indonesia Menjadi 3 (Tiga) Wilayah Waktu,
 * with the provinces formed since placed where their territory was: WIT (UTC+9) is Maluku, Maluku Utara
 * and the Papua provinces; WITA (UTC+8) is Bali, NTB, NTT, Kalimantan Selatan, Timur and Utara and the
 * Sulawesi provinces; every other province (Kalimantan Barat and Tengah included) is WIB (UTC+7).
 */
export const UTC_OFFSET_HOURS: Record<TimeZoneCode, number> = { WIB: 7, WITA: 8, WIT: 9 }

const PROVINCES_EAST_OF_WIB: Record<Exclude<TimeZoneCode, 'WIB'>, readonly string[]> = {
  WITA: ['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76'],
  WIT: ['81', '82', '91', '92', '93', '94', '95', '96'],
}

/** The zone of a province (BPS code "73") or of a kabupaten/kota (its code starts with its province's). */
export function timeZoneOfRegion(code: string): TimeZoneCode {
  const province = code.slice(0, 2)
  if (PROVINCES_EAST_OF_WIB.WIT.includes(province)) return 'WIT'
  if (PROVINCES_EAST_OF_WIB.WITA.includes(province)) return 'WITA'
  return 'WIB'
}

/** The regions a subscription follows, from which its zone is inferred. */
export interface FollowedRegions {
  provinceCodes: readonly string[]
  regencyCodes: readonly string[]
}

/**
 * The zone most of the followed provinces and kabupaten/kota lie in (a tie goes to the western one);
 * WIB when no region is followed (everything, or themes only).
 */
export function inferTimeZone(followed: FollowedRegions): TimeZoneCode {
  const votes: Record<TimeZoneCode, number> = { WIB: 0, WITA: 0, WIT: 0 }
  for (const code of [...followed.provinceCodes, ...followed.regencyCodes]) votes[timeZoneOfRegion(code)]++
  const zones = Object.keys(votes) as TimeZoneCode[]
  return zones.reduce((best, zone) => (votes[zone] > votes[best] ? zone : best), 'WIB')
}

/** The zone a subscription's times follow: the one chosen, else the inferred one. */
export function effectiveTimeZone(sub: FollowedRegions & { timeZone: TimeZoneCode | null }): TimeZoneCode {
  return sub.timeZone ?? inferTimeZone(sub)
}

/** A wall-clock time in a zone. `weekday`: 0 Sunday … 6 Saturday. `date`: the local day, YYYY-MM-DD. */
export interface LocalTime {
  date: string
  weekday: number
  hour: number
  minute: number
}

const HOUR_MS = 3_600_000

/** What the clocks of `zone` show at the instant `now` (Indonesia keeps no daylight saving time). */
export function localTime(now: Date, zone: TimeZoneCode): LocalTime {
  const shifted = new Date(now.getTime() + UTC_OFFSET_HOURS[zone] * HOUR_MS)
  return {
    date: shifted.toISOString().slice(0, 10),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  }
}

/** The instant at which the clocks of `zone` show `hour`:00 on the local day `date` (YYYY-MM-DD). */
export function instantAt(date: string, hour: number, zone: TimeZoneCode): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + (hour - UTC_OFFSET_HOURS[zone]) * HOUR_MS)
}

/** The local day `days` after `date` (YYYY-MM-DD; negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 24 * HOUR_MS).toISOString().slice(0, 10)
}
