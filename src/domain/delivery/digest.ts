import type { AwardLevel } from '../innovations/awards.ts'
import { matchesFilters, type SubscriptionFilters } from './policy.ts'

/** What a digest needs to know of an innovation to match it to filters. */
export interface PlacedInnovation {
  provinceCode: string
  regencyCode: string | null
  themes: readonly string[]
}

/**
 * What of these announcements a digest tells one subscriber: each announcement with only the innovations
 * its filters match (`matchesFilters`, applied to each innovation alone), and announcements with none left
 * out. Order is kept.
 */
export function selectForDigest<
  I extends PlacedInnovation,
  A extends { level: AwardLevel | null; innovations: readonly I[] },
>(filters: SubscriptionFilters, announcements: readonly A[]): (A & { innovations: I[] })[] {
  return announcements.flatMap((announcement) => {
    const matching = announcement.innovations.filter((innovation) =>
      matchesFilters(filters, {
        provinceCodes: [innovation.provinceCode],
        regencyCodes: innovation.regencyCode ? [innovation.regencyCode] : [],
        themes: innovation.themes,
        levels: announcement.level ? [announcement.level] : [],
      }),
    )
    return matching.length > 0 ? [{ ...announcement, innovations: matching }] : []
  })
}
