import { type AwardReach, FILTER_DIMENSIONS, matchesFilters, type SubscriptionFilters } from './policy.ts'

/** An innovation as filters see it: where it lies and what it is about. */
export interface PlacedInnovation {
  provinceCode: string
  regencyCode: string | null
  themes: readonly string[]
}

/** What a set of innovations has, per filter dimension: what an announcement of them is matched against. */
export function reachOf(items: readonly PlacedInnovation[]): AwardReach {
  return {
    provinceCodes: [...new Set(items.map((item) => item.provinceCode))],
    regencyCodes: [...new Set(items.flatMap((item) => (item.regencyCode ? [item.regencyCode] : [])))],
    themes: [...new Set(items.flatMap((item) => item.themes))],
  }
}

/**
 * The innovations of an announcement a subscriber wants: each matched alone with `matchesFilters`, so an
 * innovation that matches none of the chat's filters is not listed to it. Order is kept.
 */
export function innovationsFor<Item extends PlacedInnovation>(
  filters: SubscriptionFilters,
  items: readonly Item[],
): Item[] {
  return items.filter((item) => matchesFilters(filters, reachOf([item])))
}

/** What the chat follows that these innovations have, per dimension: the "why it came" of a push. */
export function followedIn(
  filters: SubscriptionFilters,
  items: readonly PlacedInnovation[],
): Record<(typeof FILTER_DIMENSIONS)[number], string[]> {
  const reach = reachOf(items)
  const entries = FILTER_DIMENSIONS.map((dimension) => [
    dimension,
    filters[dimension].filter((value) => reach[dimension].includes(value)),
  ])
  return Object.fromEntries(entries) as Record<(typeof FILTER_DIMENSIONS)[number], string[]>
}
