import type { FilterChange, SubscriptionRecord } from '../../../db/repositories/subscriptions.ts'
import { resolveTheme } from '../../../domain/innovations/themes.ts'
import type { RegionCatalogue } from '../../../domain/regions/catalogue.ts'
import { regionLabel } from '../../../domain/regions/catalogue.ts'
import { findRegionMentions, resolveRegion } from '../../../domain/regions/resolver.ts'
import type { Region } from '../../../domain/regions/types.ts'
import { normalizeText, tokenize } from '../../../domain/text/normalize.ts'

const EVERYTHING_WORDS = new Set(['semua', 'all', 'everything', 'semuanya'])
/** Words between the things of one request ("kesehatan dan sulsel"). */
const JOINING_WORDS = new Set(['dan', 'serta', 'atau', 'and', 'or'])
/** `/langganan hapus lotim`, `/langganan -lotim`: remove instead of add. */
const REMOVE_PREFIX = /^(?:-\s*|(?:hapus|remove)(?:\s+|$))/i

/** One thing a chat may follow, with the name shown back. */
export interface Followable {
  change: FilterChange
  label: string
}

/** What `/langganan <text>` asks for: one or several things, a region to choose or confirm, or nothing known. */
export type Request =
  | { kind: 'change'; items: Followable[] }
  | { kind: 'ambiguous'; candidates: Region[] }
  | { kind: 'guessed'; region: Region }
  | { kind: 'unknown' }

/** `/langganan <text>` split into whether it removes, and what it names. */
export function readCommand(text: string): { remove: boolean; text: string } {
  const match = REMOVE_PREFIX.exec(text)
  return match ? { remove: true, text: text.slice(match[0].length).trim() } : { remove: false, text }
}

/** Everything, one theme, one region, or several themes and regions named together. */
export function readRequest(regions: RegionCatalogue, text: string): Request {
  if (EVERYTHING_WORDS.has(normalizeText(text))) {
    return { kind: 'change', items: [{ change: { kind: 'everything' }, label: '' }] }
  }
  const theme = resolveTheme(text)
  if (theme) return { kind: 'change', items: [themeItem(theme.slug, theme.label)] }
  const several = readSeveral(regions, text)
  if (several) return { kind: 'change', items: several }
  const resolution = resolveRegion(regions, text)
  if (resolution.kind === 'found' && resolution.guessed) return { kind: 'guessed', region: resolution.region }
  if (resolution.kind === 'found') return { kind: 'change', items: [regionItem(resolution.region)] }
  return resolution.kind === 'ambiguous'
    ? { kind: 'ambiguous', candidates: resolution.candidates }
    : { kind: 'unknown' }
}

/**
 * "kesehatan sulsel", "sulsel jatim pendidikan": every word part of a theme or of an exact, unambiguous
 * region name, two things at least. A kabupaten/kota named with its province ("magetan jawa timur") is
 * one region, not two things, so it is left to `resolveRegion`.
 */
function readSeveral(regions: RegionCatalogue, text: string): Followable[] | undefined {
  const tokens = tokenize(text).filter((token) => !JOINING_WORDS.has(token))
  const items: Followable[] = []
  const named: Region[] = []
  let start = 0
  while (start < tokens.length) {
    const theme = longestTheme(tokens, start)
    if (theme) {
      items.push(themeItem(theme.slug, theme.label))
      start = theme.end
      continue
    }
    const [mention] = findRegionMentions(regions, tokens.slice(start))
    const region = mention?.start === 0 && mention.regions.length === 1 ? mention.regions[0] : undefined
    if (!mention || !region) return undefined
    items.push(regionItem(region))
    named.push(region)
    start += mention.end
  }
  const qualifiesAnother = named.some(
    (region) =>
      region.kind === 'province' &&
      named.some((other) => other.kind === 'regency' && other.province.code === region.province.code),
  )
  return items.length >= 2 && !qualifiesAnother ? items : undefined
}

function longestTheme(tokens: readonly string[], start: number) {
  for (let end = tokens.length; end > start; end--) {
    const theme = resolveTheme(tokens.slice(start, end).join(' '))
    if (theme) return { ...theme, end }
  }
  return undefined
}

const themeItem = (slug: string, label: string): Followable => ({ change: { kind: 'theme', slug }, label })

export const regionItem = (region: Region): Followable => ({
  change:
    region.kind === 'province'
      ? { kind: 'province', code: region.province.code }
      : { kind: 'regency', code: region.regency.code },
  label: regionLabel(region),
})

/** Whether a subscription follows this thing now. */
export function follows(sub: SubscriptionRecord | undefined, change: FilterChange): boolean {
  if (!sub?.active) return false
  switch (change.kind) {
    case 'everything':
      return sub.everything
    case 'province':
      return sub.provinceCodes.includes(change.code)
    case 'regency':
      return sub.regencyCodes.includes(change.code)
    case 'theme':
      return sub.themes.includes(change.slug)
  }
}

/**
 * What `/langganan hapus <text>` names among what the chat follows: a region whose name is shared
 * ("bandung") or misspelt is the one followed, if exactly one is.
 */
export function readRemoval(
  regions: RegionCatalogue,
  sub: SubscriptionRecord | undefined,
  text: string,
):
  | { kind: 'found'; item: Followable }
  | { kind: 'guessed'; item: Followable; value: string }
  | { kind: 'not-followed'; label: string }
  | { kind: 'unknown' } {
  const request = readRequest(regions, text)
  const candidates =
    request.kind === 'change'
      ? request.items
      : request.kind === 'ambiguous'
        ? request.candidates.map(regionItem)
        : request.kind === 'guessed'
          ? [regionItem(request.region)]
          : []
  const followed = candidates.filter((item) => follows(sub, item.change))
  const [only] = followed
  // A region read from a misspelling is asked about, never removed unasked.
  if (only && followed.length === 1 && request.kind === 'guessed' && 'code' in only.change) {
    return { kind: 'guessed', item: only, value: only.change.code }
  }
  if (only && followed.length === 1) return { kind: 'found', item: only }
  const [named] = candidates
  if (named && candidates.length === 1 && request.kind === 'change') {
    return { kind: 'not-followed', label: named.label }
  }
  return { kind: 'unknown' }
}
