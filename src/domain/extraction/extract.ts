import type { Region } from '../regions/types.ts'
import { normalizeText } from '../text/normalize.ts'
import { readArticle } from './article.ts'
import { awardOf } from './award.ts'
import { findAwardPhrases } from './award-phrases.ts'
import { datelineYear, statedYear } from './dates.ts'
import { type NamedMention, nameMention } from './fields.ts'
import { findMentions, type Mention, type NameSource } from './mentions.ts'
import { readAgency } from './phrases.ts'
import { mainRegion, regionOf } from './regions.ts'
import type { ExtractionContext, InnovationDraft } from './types.ts'

const NAME_CONFIDENCE: Readonly<Record<NameSource, number>> = {
  quoted: 0.9,
  trigger: 0.8,
  list: 0.75,
  'before-verb': 0.7,
  lowercase: 0.5,
}

/**
 * Every innovation an article names as awarded, nominated or featured, in the order it first names them,
 * each field filled only where the article supports it. Pure: the regions and this year come in
 * `context`; never throws on any text.
 */
export function extractInnovations(rawText: string, context: ExtractionContext): InnovationDraft[] {
  const article = readArticle(typeof rawText === 'string' ? rawText : '')
  const mentions = findMentions(article)
  const named = new Map<Mention, NamedMention>()
  let previousEnd = 0
  for (const mention of mentions) {
    const lookbackStart =
      previousEnd <= mention.triggerStart ? Math.max(mention.contextStart, previousEnd) : mention.contextStart
    const result = nameMention(article.text, mention, lookbackStart, context)
    if (result) named.set(mention, result)
    if (result) previousEnd = Math.max(previousEnd, mention.end)
  }
  const main = mainRegion(article, context)
  const phrases = findAwardPhrases(article.text)
  const dateYear = datelineYear(article.text, context.thisYear) ?? statedYear(article.text, context.thisYear)
  bracketsOfListsAreAgencies([...named.values()])
  const drafts = [...named.values()].map((item): InnovationDraft => {
    const head = item.mention.head && named.get(item.mention.head)
    const region = regionOf(article, item, head, main, context)
    const award = awardOf(article, item.mention, phrases, main, dateYear, context.thisYear)
    const year = award.award?.year ?? dateYear
    const agency = item.agency ?? (head?.agencyBeforeTrigger ? head.agency : null)
    return {
      name: item.name,
      expansion: item.expansion,
      agency,
      region: region.region,
      year,
      award: award.award,
      confidence: {
        name: NAME_CONFIDENCE[item.mention.source],
        expansion: item.expansion === null ? 0 : item.expansionConfidence,
        agency: agency === null ? 0 : item.agency ? item.agencyConfidence : 0.6,
        region: region.region === null ? 0 : region.confidence,
        year: year === null ? 0 : award.yearInPhrase !== null ? 0.9 : 0.7,
        award: award.confidence,
      },
    }
  })
  giveCollectiveOwner(article.text, [...named.values()], drafts)
  return withoutDuplicates(drafts)
}

const COLLECTIVE_OWNER =
  /\b(?:kedua|ketiga|keempat|kelima|semua|seluruh)[ \t]+inovasi[ \t]+(?:ini[ \t]+|tersebut[ \t]+)?(?:dikembangkan|digagas|diinisiasi|dibuat|dilaksanakan|merupakan[ \t]+(?:inovasi[ \t]+)?milik|milik)[ \t]+(?:oleh[ \t]+)?/giu
const COLLECTIVE_REACH = 600

/** "Kedua Inovasi ini dikembangkan oleh UPT. Puskesmas Waipare": the agency of the innovations just named. */
function giveCollectiveOwner(text: string, items: readonly NamedMention[], drafts: InnovationDraft[]): void {
  for (const match of text.matchAll(COLLECTIVE_OWNER)) {
    const owner = readAgency(text, match.index + match[0].length)
    if (owner === undefined) continue
    items.forEach((item, i) => {
      const draft = drafts[i]
      const before = match.index - item.mention.end
      if (draft && draft.agency === null && before >= 0 && before < COLLECTIVE_REACH) {
        draft.agency = owner.agency.text
        draft.confidence.agency = 0.6
      }
    })
  }
}

/** "Kesraku (Dinas Pendidikan), ..., Melawan Lupa (Sultan)": in a list of agencies, a one-word bracket is one too. */
function bracketsOfListsAreAgencies(items: NamedMention[]): void {
  const lists = new Map<Mention, NamedMention[]>()
  for (const item of items) {
    const head = item.mention.head ?? item.mention
    lists.set(head, [...(lists.get(head) ?? []), item])
  }
  for (const list of lists.values()) {
    if (list.filter((item) => item.bracketKind === 'agency').length < 2) continue
    for (const item of list) {
      const bracket = item.mention.bracket
      if (item.bracketKind !== 'expansion' || !bracket || bracket.text.split(/\s+/).length > 2) continue
      if (item.expansion !== bracket.text) continue
      Object.assign(item, {
        agency: bracket.text,
        agencySpan: bracket,
        agencyConfidence: 0.6,
        expansion: null,
        bracketKind: 'agency',
      })
    }
  }
}

/**
 * One draft per name (the first mention, completed by later ones), without pairs read as one name
 * ("Rompi KPK dan Peta Baper") and without people listed with their innovation ("Suharto (Rompi KPK)").
 */
function withoutDuplicates(drafts: readonly InnovationDraft[]): InnovationDraft[] {
  const byKey = new Map<string, InnovationDraft>()
  for (const draft of drafts) {
    const key = keyOf(draft.name)
    const existing = byKey.get(key)
    if (existing === undefined) byKey.set(key, { ...draft, confidence: { ...draft.confidence } })
    else completeWith(existing, draft)
  }
  const keys = new Set(byKey.keys())
  return [...byKey.values()].filter((draft) => {
    const parts = normalizeText(draft.name).split(' dan ')
    if (parts.length === 2 && parts.every((part) => keys.has(part.replaceAll(' ', '')))) return false
    return !(draft.expansion && keys.has(keyOf(draft.expansion)))
  })
}

function completeWith(existing: InnovationDraft, other: InnovationDraft): void {
  for (const field of ['expansion', 'agency'] as const) {
    if (existing[field] === null && other[field] !== null) {
      existing[field] = other[field]
      existing.confidence[field] = other.confidence[field]
    }
  }
  if (moreSpecific(other.region, existing.region) && other.confidence.region >= existing.confidence.region) {
    existing.region = other.region
    existing.confidence.region = other.confidence.region
  }
  if (existing.award === null && other.award !== null) {
    existing.award = other.award
    existing.year = existing.year ?? other.year
    existing.confidence.award = other.confidence.award
  }
}

function moreSpecific(a: Region | null, b: Region | null): boolean {
  return a !== null && (b === null || (a.kind === 'regency' && b.kind === 'province'))
}

function keyOf(name: string): string {
  return normalizeText(name).replaceAll(' ', '')
}
