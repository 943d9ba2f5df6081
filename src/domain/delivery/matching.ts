import type { AwardLevel } from '../innovations/awards.ts'
import { type AwardReach, FILTER_DIMENSIONS, matchesFilters, type SubscriptionFilters } from './policy.ts'

/** An innovation as filters see it: where it lies and what it is about. */
export interface PlacedInnovation {
  provinceCode: string
  regencyCode: string | null
  themes: readonly string[]
}

/**
 * What an award of these innovations at this level has, per filter dimension: what an announcement (or a
 * digest's entry) is matched against.
 */
export function reachOf(items: readonly PlacedInnovation[], level: AwardLevel | null): AwardReach {
  return {
    provinceCodes: [...new Set(items.map((item) => item.provinceCode))],
    regencyCodes: [...new Set(items.flatMap((item) => (item.regencyCode ? [item.regencyCode] : [])))],
    themes: [...new Set(items.flatMap((item) => item.themes))],
    levels: level ? [level] : [],
  }
}

/**
 * The innovations of an announcement a subscriber wants: each matched alone with `matchesFilters`, so an
 * innovation that matches none of the chat's filters is not listed to it. Order is kept.
 */
export function innovationsFor<Item extends PlacedInnovation>(
  filters: SubscriptionFilters,
  items: readonly Item[],
  level: AwardLevel | null,
): Item[] {
  return items.filter((item) => matchesFilters(filters, reachOf([item], level)))
}

/** What the chat follows that these innovations have, per dimension: the "why it came" of a push. */
export function followedIn(
  filters: SubscriptionFilters,
  items: readonly PlacedInnovation[],
): Record<(typeof FILTER_DIMENSIONS)[number], string[]> {
  const reach = reachOf(items, null)
  const entries = FILTER_DIMENSIONS.map((dimension) => [
    dimension,
    filters[dimension].filter((value) => reach[dimension].includes(value)),
  ])
  return Object.fromEntries(entries) as Record<(typeof FILTER_DIMENSIONS)[number], string[]>
}
