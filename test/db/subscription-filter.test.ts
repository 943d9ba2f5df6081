import { and, eq, isNotNull, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatabaseHandle } from '../../src/db/database.ts'
import { createAnnouncement } from '../../src/db/repositories/announcements.ts'
import { countMatchingInnovations, countRecipients, fanOut } from '../../src/db/repositories/deliveries.ts'
import {
  awards,
  deliveries,
  innovationAwards,
  innovations,
  subscriptions,
} from '../../src/db/schema/index.ts'
import { type AwardReach, matchesFilters, type Subscription } from '../../src/domain/delivery/policy.ts'
import type { AwardLevel } from '../../src/domain/innovations/awards.ts'
import { createSeededDatabase } from '../support/database.ts'

/** Filters relative to the announced innovation: the same province, another one, its theme… */
type Case = [what: string, subscription: (reach: Required<Reach>) => Subscription, wanted: boolean]
interface Reach {
  province: string
  regency: string
  theme: string
}

const none: Subscription = {
  everything: false,
  provinceCodes: [],
  regencyCodes: [],
  themes: [],
  awardLevels: [],
  active: true,
}
const CASES: Case[] = [
  ['everything', () => ({ ...none, everything: true }), true],
  ['everything, but stopped', () => ({ ...none, everything: true, active: false }), false],
  ['its province', (r) => ({ ...none, provinceCodes: [r.province] }), true],
  ['another province', () => ({ ...none, provinceCodes: ['11'] }), false],
  ['its regency', (r) => ({ ...none, regencyCodes: [r.regency] }), true],
  ['another regency in its province', () => ({ ...none, regencyCodes: ['73.01'] }), false],
  ['its theme', (r) => ({ ...none, themes: [r.theme] }), true],
  ['another theme', () => ({ ...none, themes: ['pertanian-xyz'] }), false],
  [
    'another province or its theme (filters widen)',
    (r) => ({ ...none, provinceCodes: ['11'], themes: [r.theme] }),
    true,
  ],
  ['its province, but stopped', (r) => ({ ...none, provinceCodes: [r.province], active: false }), false],
  ['no filter at all', () => ({ ...none }), false],
  [
    'its regency listed among others',
    (r) => ({ ...none, regencyCodes: ['73.01', r.regency, '31.71'] }),
    true,
  ],
  [
    'its province, national awards (its level)',
    (r) => ({ ...none, provinceCodes: [r.province], awardLevels: ['nasional'] }),
    true,
  ],
  [
    'its province, provincial awards only (not its level)',
    (r) => ({ ...none, provinceCodes: [r.province], awardLevels: ['provinsi'] }),
    false,
  ],
  [
    'everything, kabupaten/kota awards only',
    () => ({ ...none, everything: true, awardLevels: ['kabupaten', 'kota'] }),
    false,
  ],
  [
    'everything, provincial or national',
    () => ({ ...none, everything: true, awardLevels: ['provinsi', 'nasional'] }),
    true,
  ],
]

/** The policy (before each send), the fan-out (who gets a delivery) and the count (the preview) agree. */
describe('the subscription filter rule, in the domain and in SQL', () => {
  let database: DatabaseHandle
  beforeAll(async () => {
    ;({ database } = await createSeededDatabase())
  })
  afterAll(() => database.close())

  it('gives the same answer in matchesFilters, fanOut and countRecipients for every case', async () => {
    const db = database.db
    const [innovation] = await db
      .select({
        id: innovations.id,
        province: innovations.provinceCode,
        regency: innovations.regencyCode,
        themes: innovations.themes,
      })
      .from(innovations)
      .where(
        and(
          isNotNull(innovations.regencyCode),
          sql`cardinality(${innovations.themes}) > 0`,
          eq(innovations.status, 'published'),
        ),
      )
      .limit(1)
    const theme = innovation?.themes[0]
    if (!innovation?.regency || !theme)
      throw new Error('the seeds have no innovation with a regency and a theme')
    const reach = { province: innovation.province ?? '', regency: innovation.regency, theme }
    expect(reach.regency).not.toBe('73.01')
    const award: AwardReach = {
      provinceCodes: [reach.province],
      regencyCodes: [reach.regency],
      themes: [reach.theme],
      levels: ['nasional'],
    }

    await db.update(subscriptions).set({ active: false })
    const chatOf = (index: number) => 880_000 + index
    await db.insert(subscriptions).values(
      CASES.map(([, subscription], index) => {
        const sub = subscription(reach)
        return {
          chatId: chatOf(index),
          chatType: 'private',
          locale: 'id',
          active: sub.active,
          everything: sub.everything,
          provinceCodes: [...sub.provinceCodes],
          regencyCodes: [...sub.regencyCodes],
          themes: [...sub.themes],
          awardLevels: [...sub.awardLevels],
        }
      }),
    )
    const announcementId = await createAnnouncement(db, {
      title: 'Uji aturan filter',
      level: 'nasional',
      year: 2021,
      innovationIds: [innovation.id],
    })

    const byPolicy = CASES.map(([, subscription]) => {
      const sub = subscription(reach)
      return sub.active && matchesFilters(sub, award)
    })
    expect(byPolicy).toEqual(CASES.map(([, , wanted]) => wanted))
    expect(await countRecipients(db, announcementId)).toEqual({
      instant: byPolicy.filter(Boolean).length,
      digest: 0,
    })
    await fanOut(db, announcementId)
    const delivered = new Set(
      (
        await db
          .select({ chatId: deliveries.chatId })
          .from(deliveries)
          .where(eq(deliveries.announcementId, announcementId))
      ).map((row) => row.chatId),
    )
    expect(CASES.map(([what], index) => [what, delivered.has(chatOf(index))])).toEqual(
      CASES.map(([what], index) => [what, byPolicy[index]]),
    )
  })
})

/** The /langganan preview counts catalogue innovations by the same rule, each taken as its own award. */
describe('how many catalogue innovations a subscription would have matched so far', () => {
  let database: DatabaseHandle
  beforeAll(async () => {
    ;({ database } = await createSeededDatabase())
  })
  afterAll(() => database.close())

  it.each<[string, Partial<Subscription>]>([
    ['everything', { everything: true }],
    ['Sulawesi Selatan', { provinceCodes: ['73'] }],
    ['Jawa Timur or health', { provinceCodes: ['35'], themes: ['kesehatan'] }],
    ['health, national awards', { themes: ['kesehatan'], awardLevels: ['nasional'] }],
    ['everything at kabupaten/kota level', { everything: true, awardLevels: ['kabupaten', 'kota'] }],
    ['nothing chosen', {}],
  ])('%s: the count agrees with matchesFilters', async (_, chosen) => {
    const db = database.db
    const filters = { ...none, ...chosen }
    const rows = await db
      .select({
        id: innovations.id,
        province: innovations.provinceCode,
        regency: innovations.regencyCode,
        themes: innovations.themes,
        level: awards.level,
      })
      .from(innovations)
      .leftJoin(innovationAwards, eq(innovationAwards.innovationId, innovations.id))
      .leftJoin(awards, eq(awards.id, innovationAwards.awardId))
      .where(eq(innovations.status, 'published'))
    const reaches = new Map<number, AwardReach & { levels: AwardLevel[] }>()
    for (const row of rows) {
      const reach = reaches.get(row.id) ?? {
        provinceCodes: row.province ? [row.province] : [],
        regencyCodes: row.regency ? [row.regency] : [],
        themes: row.themes,
        levels: [],
      }
      if (row.level) reach.levels.push(row.level)
      reaches.set(row.id, reach)
    }
    const expected = [...reaches.values()].filter((reach) => matchesFilters(filters, reach)).length
    if (chosen.everything) expect(expected).toBeGreaterThan(0)
    expect(await countMatchingInnovations(db, filters)).toBe(expected)
  })
})
