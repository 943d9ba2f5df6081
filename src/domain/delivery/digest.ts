import type { AwardLevel } from '../innovations/awards.ts'
import { innovationsFor, type PlacedInnovation } from './matching.ts'
import type { SubscriptionFilters } from './policy.ts'

/**
 * What of these announcements a digest tells one subscriber: each announcement with only the innovations
 * its filters match (`innovationsFor`, as a push lists them), and announcements with none left out. Order
 * is kept.
 */
export function selectForDigest<
  I extends PlacedInnovation,
  A extends { level: AwardLevel | null; innovations: readonly I[] },
>(filters: SubscriptionFilters, announcements: readonly A[]): (A & { innovations: I[] })[] {
  return announcements.flatMap((announcement) => {
    const matching = innovationsFor(filters, announcement.innovations, announcement.level)
    return matching.length > 0 ? [{ ...announcement, innovations: matching }] : []
  })
}
