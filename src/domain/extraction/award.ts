import { type AwardInput, parseAwards } from '../innovations/awards.ts'
import { regionLabel } from '../regions/catalogue.ts'
import type { Article } from './article.ts'
import { sentenceEnd } from './article.ts'
import type { AwardPhrases } from './award-phrases.ts'
import { plausibleYear } from './dates.ts'
import type { Mention } from './mentions.ts'
import type { Span } from './phrases.ts'
import type { RegionGuess } from './regions.ts'

/** An award with the year it gives (null when the phrase names none) and how sure the extractor is. */
export interface AwardGuess {
  award: AwardInput | null
  yearInPhrase: number | null
  confidence: number
}

const YEAR = /\b(19[5-9]\d|20\d\d)\b/g

/**
 * The award an innovation received, as the article names it: the "Top N ..." phrase of its own sentence;
 * else its rank ("Juara II") with the competition the article reports; else the article's main "Top N"
 * list (the most named N, preferring a phrase with its year); else the competition's name. The year is the
 * one written in the phrase, else the article's date; parsed like the import's award field.
 */
export function awardOf(
  article: Article,
  mention: Mention,
  phrases: AwardPhrases,
  main: RegionGuess,
  datelineYear: number | null,
  thisYear: number,
): AwardGuess {
  const from = mention.head?.contextStart ?? mention.contextStart
  const to = sentenceEnd(article, mention.end)
  const within = (span: Span) => span.start >= from && span.start < to
  const firstLocalTop = phrases.tops.filter(within).at(0)
  const localTop =
    firstLocalTop &&
    mainPhrase(
      phrases.tops.filter((span) => numberOf(span) === numberOf(firstLocalTop)),
      thisYear,
    )
  const rank = nearestBefore(phrases.ranks.filter(within), mention.name.start)
  const competition = mainPhrase(phrases.competitions, thisYear)
  const articleTop = mainTop(phrases.tops, thisYear)
  let title: string | undefined
  let confidence = 0
  if (localTop) [title, confidence] = [localTop.text, 0.85]
  else if (rank) {
    const of =
      competition?.text ??
      articleTop?.text ??
      (main.region ? `inovasi ${regionLabel(main.region)}` : undefined)
    ;[title, confidence] = [of ? `${rank.text} ${of}` : rank.text, 0.75]
  } else if (articleTop) [title, confidence] = [articleTop.text, 0.7]
  else if (competition) [title, confidence] = [competition.text, 0.6]
  if (title === undefined) return { award: null, yearInPhrase: null, confidence: 0 }
  const yearInPhrase = yearIn(title, thisYear) ?? yearNear(article.text, localTop ?? articleTop, thisYear)
  const year = yearInPhrase ?? datelineYear
  const plausibleTitle = withoutImpossibleYears(title, thisYear)
  const withYear =
    year !== null && !plausibleTitle.includes(String(year)) ? `${plausibleTitle} ${year}` : plausibleTitle
  const [award] = parseAwards(withYear.replace(/\s+/g, ' '), year)
  return { award: award ?? null, yearInPhrase, confidence }
}

function nearestBefore(spans: readonly Span[], pos: number): Span | undefined {
  return spans.filter((span) => span.start < pos).at(-1) ?? spans[0]
}

function yearIn(text: string, thisYear: number): number | null {
  for (const match of text.matchAll(YEAR))
    if (plausibleYear(Number(match[1]), thisYear)) return Number(match[1])
  return null
}

/** "Nomor 27 Tahun 2019 ... Top 99 Inovasi Pelayanan Publik Tahun 2029": a plausible year in the phrase's sentence. */
function yearNear(text: string, phrase: Span | undefined, thisYear: number): number | null {
  if (phrase === undefined || yearIn(phrase.text, 9999) === null) return null
  const start = Math.max(text.lastIndexOf('.', phrase.start), text.lastIndexOf('\n', phrase.start)) + 1
  const endDot = text.indexOf('.', phrase.end)
  return yearIn(text.slice(start, endDot < 0 ? text.length : endDot), thisYear)
}

const numberOf = (span: Span) => /\d+/.exec(span.text)?.[0] ?? ''

/** "Top 99 Inovasi Pelayanan Publik Tahun 2029" in an article of 2019: the typo is dropped, not stored. */
function withoutImpossibleYears(title: string, thisYear: number): string {
  return title
    .replace(/(?:\b[Tt]ahun[ \t]+)?\b(19\d\d|20\d\d)\b/g, (whole, year: string) =>
      plausibleYear(Number(year), thisYear) ? whole : '',
    )
    .replace(/\s+/g, ' ')
    .trim()
}

function mainTop(tops: readonly Span[], thisYear: number): Span | undefined {
  const counts = new Map<string, number>()
  for (const span of tops) counts.set(numberOf(span), (counts.get(numberOf(span)) ?? 0) + 1)
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  return mainPhrase(
    tops.filter((span) => numberOf(span) === best),
    thisYear,
  )
}

function mainPhrase(spans: readonly Span[], thisYear: number): Span | undefined {
  const score = (span: Span) =>
    (yearIn(span.text, thisYear) !== null ? 100 : 0) + span.text.split(/\s+/).length
  return [...spans].sort((a, b) => score(b) - score(a) || a.start - b.start)[0]
}
