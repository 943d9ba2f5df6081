import { describe, expect, it } from 'vitest'
import {
  type AwardReach,
  backoffMs,
  DEFAULT_RETRY_POLICY,
  decide,
  matchesFilters,
  type SendFailure,
  type Subscription,
} from '../../../src/domain/delivery/policy.ts'

const TOP_45: AwardReach = {
  provinceCodes: ['73', '35'],
  regencyCodes: ['35.20'],
  themes: ['kesehatan'],
  levels: ['nasional'],
}

const subscription = (filters: Partial<Subscription> = {}): Subscription => ({
  active: true,
  everything: false,
  provinceCodes: [],
  regencyCodes: [],
  themes: [],
  awardLevels: [],
  ...filters,
})

describe('who hears about an award', () => {
  it.each([
    ['everything', { everything: true }, true],
    ['Sulawesi Selatan, where one winner is', { provinceCodes: ['73'] }, true],
    ['Kabupaten Magetan, where one winner is', { regencyCodes: ['35.20'] }, true],
    ['the health theme of one winner', { themes: ['kesehatan'] }, true],
    ['Bali and education, which no winner matches', { provinceCodes: ['51'], themes: ['pendidikan'] }, false],
    ['nothing chosen yet', {}, false],
    ['Sulawesi Selatan, national awards only', { provinceCodes: ['73'], awardLevels: ['nasional'] }, true],
    [
      'Sulawesi Selatan, provincial awards only (a national award is not one)',
      { provinceCodes: ['73'], awardLevels: ['provinsi'] },
      false,
    ],
    [
      'everything at kabupaten/kota level (a national award is not one)',
      { everything: true, awardLevels: ['kabupaten', 'kota'] },
      false,
    ],
    ['national awards, but no region or theme', { awardLevels: ['nasional'] }, false],
  ] satisfies [string, Partial<Subscription>, boolean][])(
    'a subscriber to %s: %s',
    (_, filters, expected) => {
      expect(matchesFilters(subscription(filters), TOP_45)).toBe(expected)
    },
  )
})

describe('the delivery policy', () => {
  const sub = subscription({ everything: true })
  const first = { attempts: 1, ambiguousSends: 0 }

  it('sends to a matching, active subscription', () => {
    expect(decide(sub, TOP_45)).toEqual({ kind: 'send' })
  })

  it.each([
    ['ended', subscription({ everything: true, active: false }), 'not-subscribed'],
    ['gone', undefined, 'not-subscribed'],
    ['no longer matching', subscription({ provinceCodes: ['51'] }), 'filters-changed'],
  ])('skips a subscription that is %s', (_, current, reason) => {
    expect(decide(current, TOP_45)).toEqual({ kind: 'drop', status: 'skipped', reason })
  })

  it.each<[string, SendFailure, ReturnType<typeof decide>]>([
    [
      '429 pauses everything for retry_after',
      { kind: 'rate-limited', retryAfterS: 7 },
      { kind: 'retry', afterMs: 7000, pauseAll: true },
    ],
    [
      'a blocked bot ends the subscription',
      { kind: 'chat-gone', reason: 'blocked' },
      { kind: 'drop', status: 'failed', reason: 'blocked', deactivate: true },
    ],
    [
      'a deleted account ends it',
      { kind: 'chat-gone', reason: 'deactivated' },
      { kind: 'drop', status: 'failed', reason: 'deactivated', deactivate: true },
    ],
    [
      'a group that migrated moves',
      { kind: 'migrated', toChatId: -100123 },
      { kind: 'move', toChatId: -100123 },
    ],
    ['5xx is retried after the backoff', { kind: 'server-error' }, { kind: 'retry', afterMs: 1000 }],
    ['a refused connection is retried too', { kind: 'not-sent' }, { kind: 'retry', afterMs: 1000 }],
    [
      'an unknown outcome is resent, counted as ambiguous',
      { kind: 'unknown-outcome' },
      { kind: 'retry', afterMs: 1000, ambiguous: true },
    ],
    [
      'a bad request fails for good',
      { kind: 'rejected', description: 'message is too long' },
      { kind: 'drop', status: 'failed', reason: 'message is too long' },
    ],
  ])('%s', (_, failure, expected) => {
    expect(decide(sub, TOP_45, failure, first)).toEqual(expected)
  })

  it('gives up a send that keeps failing after the last attempt', () => {
    const exhausted = { attempts: DEFAULT_RETRY_POLICY.maxAttempts, ambiguousSends: 0 }
    expect(decide(sub, TOP_45, { kind: 'server-error' }, exhausted)).toMatchObject({
      kind: 'drop',
      status: 'failed',
    })
  })

  it('stops resending after the third unknown outcome: the delivery stays ambiguous', () => {
    expect(
      decide(sub, TOP_45, { kind: 'unknown-outcome' }, { attempts: 3, ambiguousSends: 2 }),
    ).toMatchObject({
      kind: 'drop',
      status: 'ambiguous',
    })
  })

  it.each([
    [1, 1000],
    [2, 2000],
    [4, 8000],
    [20, 300_000],
  ])('waits %i attempt(s) out with %i ms of backoff, capped at five minutes', (attempts, ms) => {
    expect(backoffMs(attempts)).toBe(ms)
  })
})
