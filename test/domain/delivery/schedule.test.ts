import { describe, expect, it } from 'vitest'
import { latestDigestPeriod, nightDecision } from '../../../src/domain/delivery/schedule.ts'
import {
  effectiveTimeZone,
  inferTimeZone,
  localTime,
  timeZoneOfRegion,
} from '../../../src/domain/delivery/time-zones.ts'

const at = (iso: string) => new Date(iso)

describe('which time zone a subscriber lives in', () => {
  it.each([
    ['Jawa Timur', '35', 'WIB'],
    ['Kalimantan Barat', '61', 'WIB'],
    ['Kalimantan Tengah', '62', 'WIB'],
    ['Bali', '51', 'WITA'],
    ['Nusa Tenggara Barat', '52', 'WITA'],
    ['Kalimantan Timur', '64', 'WITA'],
    ['Kalimantan Utara', '65', 'WITA'],
    ['Sulawesi Selatan', '73', 'WITA'],
    ['Gorontalo', '75', 'WITA'],
    ['Maluku Utara', '82', 'WIT'],
    ['Papua Pegunungan', '95', 'WIT'],
    ['Kabupaten Lombok Timur', '52.03', 'WITA'],
    ['Kota Jayapura', '91.71', 'WIT'],
  ])('%s is in %s', (_name, code, zone) => {
    expect(timeZoneOfRegion(code)).toBe(zone)
  })

  it.each([
    ['nothing regional (everything or themes only)', [], [], 'WIB'],
    ['Sulawesi Selatan', ['73'], [], 'WITA'],
    ['Lombok Timur only', [], ['52.03'], 'WITA'],
    ['mostly Papua', ['91', '94', '35'], [], 'WIT'],
    ['one WIB and one WIT province: a tie goes west', ['35', '91'], [], 'WIB'],
  ])('following %s infers %s', (_name, provinceCodes, regencyCodes, zone) => {
    expect(inferTimeZone({ provinceCodes, regencyCodes })).toBe(zone)
  })

  it('a zone the subscriber chose wins over the inferred one', () => {
    expect(effectiveTimeZone({ provinceCodes: ['73'], regencyCodes: [], timeZone: 'WIT' })).toBe('WIT')
    expect(effectiveTimeZone({ provinceCodes: ['73'], regencyCodes: [], timeZone: null })).toBe('WITA')
  })

  it('14:00 UTC is 21:00 WIB, 22:00 WITA and 23:00 WIT', () => {
    const now = at('2026-12-07T14:00:00Z')
    expect(localTime(now, 'WIB').hour).toBe(21)
    expect(localTime(now, 'WITA').hour).toBe(22)
    expect(localTime(now, 'WIT')).toEqual({ date: '2026-12-07', weekday: 1, hour: 23, minute: 0 })
  })
})

describe('quiet hours', () => {
  it.each([
    ['20:59 WIB, silent chosen', '2026-12-07T13:59:00Z', 'WIB', 'silent', { kind: 'send', silent: false }],
    ['21:00 WIB, silent chosen', '2026-12-07T14:00:00Z', 'WIB', 'silent', { kind: 'send', silent: true }],
    ['05:59 WIT, silent chosen', '2026-12-07T20:59:00Z', 'WIT', 'silent', { kind: 'send', silent: true }],
    ['06:00 WIT', '2026-12-07T21:00:00Z', 'WIT', 'hold', { kind: 'send', silent: false }],
    [
      '23:00 WIT (21:00 WIB), hold chosen: until 06:00 WIT next morning',
      '2026-12-07T14:00:00Z',
      'WIT',
      'hold',
      { kind: 'hold', until: at('2026-12-07T21:00:00Z') },
    ],
    [
      '02:00 WITA, hold chosen: until 06:00 WITA the same morning',
      '2026-12-07T18:00:00Z',
      'WITA',
      'hold',
      { kind: 'hold', until: at('2026-12-07T22:00:00Z') },
    ],
    [
      '22:00 WITA (21:00 WIB), silent chosen',
      '2026-12-07T14:00:00Z',
      'WITA',
      'silent',
      { kind: 'send', silent: true },
    ],
  ] as const)('%s', (_name, now, zone, choice, expected) => {
    expect(nightDecision(at(now), zone, choice)).toEqual(expected)
  })
})

describe('when a digest is due', () => {
  it.each([
    ['instant subscribers get none', '2026-12-07T03:00:00Z', 'WIB', 'instant', undefined],
    [
      'daily at 07:30 WITA: today 07:00 WITA',
      '2026-12-07T23:30:00Z',
      'WITA',
      'daily',
      { key: 'daily:2026-12-08', dueAt: at('2026-12-07T23:00:00Z') },
    ],
    [
      'daily at 06:59 WIB: still yesterday’s',
      '2026-12-07T23:59:00Z',
      'WIB',
      'daily',
      { key: 'daily:2026-12-07', dueAt: at('2026-12-07T00:00:00Z') },
    ],
    [
      'weekly on Monday 07:00 WIT: this Monday',
      '2026-12-06T22:00:00Z',
      'WIT',
      'weekly',
      { key: 'weekly:2026-12-07', dueAt: at('2026-12-06T22:00:00Z') },
    ],
    [
      'weekly on Monday 06:59 WIB: last Monday',
      '2026-12-06T23:59:00Z',
      'WIB',
      'weekly',
      { key: 'weekly:2026-11-30', dueAt: at('2026-11-30T00:00:00Z') },
    ],
    [
      'weekly on Sunday evening WIB: last Monday',
      '2026-12-13T13:00:00Z',
      'WIB',
      'weekly',
      { key: 'weekly:2026-12-07', dueAt: at('2026-12-07T00:00:00Z') },
    ],
  ] as const)('%s', (_name, now, zone, mode, expected) => {
    expect(latestDigestPeriod(at(now), zone, mode)).toEqual(expected)
  })
})
