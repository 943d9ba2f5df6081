import type { Region } from '../regions/types.ts'
import { filterKey, type IndexStore, type RecordAward, type SlotRecord } from './index-store.ts'
import { unionSlots } from './postings.ts'

/** The hard filters of a query: a hit satisfies every constraint (each constraint is an OR of values). */
export interface QueryFilter {
  test(record: SlotRecord): boolean
  /** Upper bound on the slots of the most selective constraint. */
  readonly size: number
  /** The slots of the most selective constraint, ascending (freed slots included; test them). */
  candidates(): Int32Array
  /** The award of a record passing the filter that the query asked for (by phrase and year), if any. */
  matchedAward(record: SlotRecord): RecordAward | undefined
}

/** Filter parts named in a query. */
export interface FilterParts {
  regions: readonly Region[]
  years: readonly number[]
  awards: readonly string[]
  /** Theme slugs that filter: only when the query's words are just a theme ("kesehatan"). */
  themeFilter?: readonly string[]
}

/**
 * Compiles the region, year and award filters of a query, or undefined when it names none. A province
 * matches its innovations, a kabupaten/kota only its own. Award phrases and years combine the way people
 * mean them: with an award phrase, one award must answer to every phrase and, when years are named, be
 * of one of those years ("top 99 2022" is a Top 99 of 2022, not a Top 45 of 2022 beside a Top 99 of
 * 2020); a year alone matches the innovation's year or an award's year.
 */
export function compileFilter(store: IndexStore, parts: FilterParts): QueryFilter | undefined {
  const provinces = new Set<string>()
  const regencies = new Set<string>()
  for (const region of parts.regions) {
    if (region.kind === 'province') provinces.add(region.province.code)
    else regencies.add(region.regency.code)
  }
  const years = new Set(parts.years)
  const constraints: string[][] = []
  if (provinces.size + regencies.size > 0) {
    constraints.push([...[...provinces].map(filterKey.province), ...[...regencies].map(filterKey.regency)])
  }
  if (years.size > 0) constraints.push([...years].map(filterKey.year))
  for (const award of parts.awards) constraints.push([filterKey.award(award)])
  const themes = new Set(parts.themeFilter ?? [])
  if (themes.size > 0) constraints.push([...themes].map(filterKey.theme))
  const awardMatches = (award: RecordAward) =>
    parts.awards.every((phrase) => award.keys.includes(phrase)) && (years.size === 0 || years.has(award.year))
  const matchedAward = (record: SlotRecord) =>
    parts.awards.length > 0 || years.size > 0 ? record.awards.find(awardMatches) : undefined
  const [smallest] = constraints
    .map((keys) => ({ keys, size: keys.reduce((sum, key) => sum + store.filterSlots(key).length, 0) }))
    .sort((a, b) => a.size - b.size)
  if (smallest === undefined) return undefined
  return {
    size: smallest.size,
    candidates: () => unionSlots(smallest.keys.map((key) => Int32Array.from(store.filterSlots(key)))),
    test: (record) =>
      (themes.size === 0 || record.themes.some((theme) => themes.has(theme))) &&
      (provinces.size + regencies.size === 0 ||
        provinces.has(record.provinceCode) ||
        (record.regencyCode !== null && regencies.has(record.regencyCode))) &&
      (parts.awards.length > 0
        ? record.awards.some(awardMatches)
        : years.size === 0 || record.years.some((year) => years.has(year))),
    matchedAward,
  }
}
