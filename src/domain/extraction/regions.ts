import type { Region } from '../regions/types.ts'
import type { Article } from './article.ts'
import type { NamedMention } from './fields.ts'
import { type PlaceMention, placesIn, singleRegion } from './places.ts'
import type { ExtractionContext } from './types.ts'

/** A region with how sure the extractor is of it. */
export interface RegionGuess {
  region: Region | null
  confidence: number
}

const LEAD_LENGTH = 250
const BEFORE_WORDS = 12

/**
 * Where an innovation runs, from the most local evidence to the article as a whole: a region in or after
 * its agency ("Dinas Kesehatan Kabupaten Flores Timur", "Dinas ... Provinsi Jawa Timur": a provincial unit
 * has no regency), a place after the name ("dari Banyuwangi", "(Gowa)"), a region just before the clause
 * ("Kabupaten Bandung, dengan inovasi ..."), then the article's own region.
 */
export function regionOf(
  article: Article,
  named: NamedMention,
  head: NamedMention | undefined,
  main: RegionGuess,
  context: ExtractionContext,
): RegionGuess {
  const local =
    localRegion(article, named, context) ?? (head ? localRegion(article, head, context) : undefined)
  if (local) return local
  const agencyPlace =
    named.agencySpan && placesIn(context.regions, article.text, named.agencySpan.start, named.agencySpan.end)
  const inAgency = agencyPlace?.map(singleRegion).find((region) => region !== undefined)
  const namedElsewhere = (region: Region) =>
    placesIn(context.regions, article.text, 0, article.text.length).filter((place) => {
      const other = singleRegion(place)
      return other !== undefined && sameRegion(other, region)
    }).length >= 2
  if (inAgency && ((main.region && sameRegion(inAgency, main.region)) || namedElsewhere(inAgency)))
    return { region: inAgency, confidence: 0.85 }
  return main
}

function localRegion(
  article: Article,
  named: NamedMention,
  context: ExtractionContext,
): RegionGuess | undefined {
  const { text } = article
  const spans = [named.agencySpan, named.regionSpan].filter((span) => span !== undefined)
  for (const span of spans) {
    const places = placesIn(context.regions, text, span.start, span.end).filter(
      (place) => place.prefixed || span === named.regionSpan,
    )
    const region = mostSpecific(places)
    if (region) return { region, confidence: 0.9 }
  }
  const { triggerStart } = named.mention
  const before = placesIn(context.regions, text, named.lookbackStart, triggerStart).filter(
    (place) =>
      wordsBetween(text, place.end, triggerStart) <= BEFORE_WORDS &&
      !(named.agencySpan && place.start >= named.agencySpan.start && place.end <= named.agencySpan.end) &&
      (place.regions.some((region) => region.kind === 'regency') ||
        /pemprov|pemerintah provinsi/i.test(text.slice(place.start - 20, place.start + 8))),
  )
  const last = before.at(-1)
  const region = last && singleRegion(last)
  return region ? { region, confidence: 0.8 } : undefined
}

function mostSpecific(places: readonly PlaceMention[]): Region | undefined {
  const regions = places.map(singleRegion).filter((region) => region !== undefined)
  return regions.find((region) => region.kind === 'regency') ?? regions[0]
}

function wordsBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).split(/\s+/).filter(Boolean).length
}

function sameRegion(a: Region, b: Region): boolean {
  return (
    a.kind === b.kind &&
    (a.kind === 'regency'
      ? a.regency.code === (b.kind === 'regency' ? b.regency.code : '')
      : a.province.code === b.province.code)
  )
}

/**
 * The article's own region: the one kabupaten/kota its title and lead name ("Pemkab Magetan",
 * "BANJARNEGARA –") when they name exactly one; otherwise the kabupaten/kota named most often when it
 * clearly leads; otherwise the one province named; otherwise none.
 */
export function mainRegion(article: Article, context: ExtractionContext): RegionGuess {
  const { text, title } = article
  const titleStart = Math.max(0, text.indexOf(title))
  const leadEnd = Math.min(text.length, titleStart + title.length + LEAD_LENGTH)
  const all = placesIn(context.regions, text, 0, text.length)
  const inTitle = distinctRegencyOptions(
    all.filter((place) => place.start >= titleStart && place.end <= titleStart + title.length),
  )
  if (inTitle.length === 1 && inTitle[0]) return { region: inTitle[0], confidence: 0.6 }
  const lead = all.filter((place) => place.end <= leadEnd)
  const leadRegencies = distinctRegencyOptions(lead)
  if (leadRegencies.length === 1 && leadRegencies[0]) return { region: leadRegencies[0], confidence: 0.6 }
  const counts = new Map<string, { region: Region; count: number }>()
  for (const place of all) {
    const region = singleRegion(place)
    if (region?.kind !== 'regency') continue
    const entry = counts.get(region.regency.code) ?? { region, count: 0 }
    entry.count += place.prefixed ? 2 : 1
    counts.set(region.regency.code, entry)
  }
  const [best, second] = [...counts.values()].sort((a, b) => b.count - a.count)
  if (best && best.count >= 3 && best.count >= 2 * (second?.count ?? 0))
    return { region: best.region, confidence: 0.5 }
  const provinces = new Map<string, Region>()
  for (const place of all)
    for (const region of place.regions)
      provinces.set(region.province.code, { kind: 'province', province: region.province })
  const [onlyProvince, ...others] = provinces.values()
  return onlyProvince && others.length === 0
    ? { region: onlyProvince, confidence: 0.5 }
    : { region: null, confidence: 0 }
}

function distinctRegencyOptions(places: readonly PlaceMention[]): Region[] {
  const byCode = new Map<string, Region>()
  let ambiguous = false
  for (const place of places) {
    const regencies = place.regions.filter((region) => region.kind === 'regency')
    if (regencies.length > 1) ambiguous = true
    for (const region of regencies) if (region.kind === 'regency') byCode.set(region.regency.code, region)
  }
  return ambiguous && byCode.size > 1 ? [...byCode.values(), ...byCode.values()] : [...byCode.values()]
}
