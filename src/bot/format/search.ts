import { FormattedString, fmt } from '@grammyjs/parse-mode'
import { findTheme } from '../../domain/innovations/themes.ts'
import { regionLabel } from '../../domain/regions/catalogue.ts'
import type { Understood } from '../../domain/search/types.ts'
import { normalizeText } from '../../domain/text/normalize.ts'
import type { Translate } from '../../i18n.ts'
import { type InnovationView, innovationListItem } from './innovation.ts'
import { truncate } from './text.ts'

/** The query as echoed in a message: trimmed to one short line. */
const echo = (query: string) => truncate(query.replace(/\s+/g, ' ').trim(), 60)

/** "Dipahami: wilayah: Sulawesi Selatan · tahun: 2021", or nothing when only plain words were searched. */
export function understoodLine(t: Translate, understood: Understood): string | undefined {
  const parts = [
    ...understood.regions.map((region) => t('search-understood-region', { value: regionLabel(region) })),
    ...understood.years.map((year) => t('search-understood-year', { value: String(year) })),
    ...understood.awards.map((award) => t('search-understood-award', { value: award })),
    ...understood.themes.map((slug) =>
      t('search-understood-theme', { value: findTheme(slug)?.label ?? slug }),
    ),
  ]
  if (parts.length === 0) return undefined
  if (understood.terms.length > 0)
    parts.push(t('search-understood-terms', { value: understood.terms.join(' ') }))
  return t('search-understood', { parts: parts.join(' · ') })
}

/** "📍 "makasar" dibaca sebagai Kota Makassar, Sulawesi Selatan": a place guessed from a misspelling. */
function guessedLine(t: Translate, understood: Understood): string | undefined {
  const guesses = understood.guessed ?? []
  if (guesses.length === 0) return undefined
  return guesses
    .map((guess) =>
      t('search-guessed-place', { typed: guess.typed, place: guess.regions.map(regionLabel).join(' / ') }),
    )
    .join('\n')
}

function correctionLine(t: Translate, understood: Understood): string | undefined {
  if (understood.corrections.length === 0) return undefined
  const value = understood.corrections.map(({ from, to }) => `${from} → ${to}`).join(', ')
  return t('search-corrected', { value })
}

export interface ResultsPage {
  query: string
  total: number
  page: number
  pages: number
  /** Position of the first item (0-based), for the numbering. */
  offset: number
  items: InnovationView[]
  understood: Understood
  /** True when the hits lack some query word: say so. */
  partial: boolean
}

/** A page of results: count, what was understood, then the numbered innovations. */
export function resultsMessage(t: Translate, page: ResultsPage): FormattedString {
  const header = t('search-found', {
    total: page.total,
    query: echo(page.query),
    page: page.page + 1,
    pages: page.pages,
  })
  const notes = [
    correctionLine(t, page.understood),
    guessedLine(t, page.understood),
    understoodLine(t, page.understood),
    page.partial ? t('search-partial') : undefined,
  ].filter((line): line is string => Boolean(line))
  const items = page.items.map((item, index) => innovationListItem(t, item, page.offset + index + 1))
  return FormattedString.join([header, ...notes, '', FormattedString.join(items, '\n\n')], '\n')
}

/** Nothing found: what was understood, and what to try instead. */
export function noResultsMessage(t: Translate, query: string, understood: Understood): FormattedString {
  const lines = [
    t('search-none', { query: echo(query) }),
    correctionLine(t, understood),
    guessedLine(t, understood),
    understoodLine(t, understood),
    t('search-none-hint'),
  ].filter((line): line is string => Boolean(line))
  return fmt`${lines.join('\n')}`
}

/**
 * The query without the words a place was guessed from ("stunting makasar" → "stunting"), to search again
 * with no place filter; undefined when no place was guessed or nothing would be left.
 */
export function withoutGuessedPlaces(query: string, understood: Understood): string | undefined {
  const typed = new Set((understood.guessed ?? []).map((guess) => guess.typed))
  if (typed.size === 0) return undefined
  const kept = query.split(/\s+/).filter((word) => !typed.has(normalizeText(word)))
  return kept.length > 0 ? kept.join(' ') : undefined
}
