import { FormattedString, fmt } from '@grammyjs/parse-mode'
import type { NewsRecord } from '../../../db/repositories/news.ts'
import { sourceLabel } from '../../../domain/extraction/news-source.ts'
import type { RegionCatalogue } from '../../../domain/regions/catalogue.ts'
import type { Translate } from '../../../i18n.ts'
import { regionLabelOf } from '../../format/submission.ts'
import { truncate } from '../../format/text.ts'
import type { NewsDraft } from './state.ts'

const EMPTY = '–'

/** Where a draft is: "Kabupaten Magetan, Jawa Timur", a province alone, or nothing. */
export const draftRegion = (regions: RegionCatalogue, { provinceCode, regencyCode }: NewsDraft) =>
  (provinceCode && regionLabelOf(regions, { provinceCode, regencyCode })) || null

/** The article's source as records keep it and messages show it. */
export const newsSourceOf = (news: NewsRecord) => sourceLabel(news)

/** One line per draft: number, name, agency, region, year, award; a field the article lacks is "–". */
export function listMessage(t: Translate, regions: RegionCatalogue, drafts: readonly NewsDraft[]): string {
  if (drafts.length === 0) return t('news-none-found')
  const lines = drafts.map((draft, index) => {
    const fields = [
      draft.agency ?? EMPTY,
      draftRegion(regions, draft) ?? EMPTY,
      draft.year === null ? EMPTY : String(draft.year),
      draft.award ? truncate(draft.award, 60) : EMPTY,
    ].join(' · ')
    const match =
      draft.match?.answer === 'yes'
        ? ` ${t('news-list-known', { id: draft.match.id })}`
        : draft.match?.answer === 'ask'
          ? ` ${t('news-list-maybe-known', { id: draft.match.id })}`
          : ''
    const dropped = draft.dropped ? ` ${t('news-list-dropped')}` : ''
    return `${index + 1}. ${truncate(draft.name, 60)}${match}${dropped}\n   ${truncate(fields, 160)}`
  })
  return [t('news-list-header', { count: drafts.length }), ...lines, t('news-list-footer')].join('\n\n')
}

/** One draft in full: its fields, the quotation with its source (or our description), the match question. */
export function draftCard(
  t: Translate,
  regions: RegionCatalogue,
  news: NewsRecord,
  index: number,
  draft: NewsDraft,
): FormattedString {
  const title = draft.expansion ? `${draft.name} (${truncate(draft.expansion, 120)})` : draft.name
  const field = (name: string, value: string | null) =>
    `${t('news-field', { field: name })}: ${value ?? EMPTY}`
  const parts: FormattedString[] = [
    fmt`${index + 1}. ${truncate(title, 300)}`,
    fmt`${[
      field('agency', draft.agency),
      field('region', draftRegion(regions, draft)),
      field('year', draft.year === null ? null : String(draft.year)),
      field('award', draft.award),
    ].join('\n')}`,
  ]
  if (draft.description) parts.push(fmt`${field('description', truncate(draft.description, 1500))}`)
  else if (draft.quote)
    parts.push(
      FormattedString.join([
        fmt`${t('news-quote-header')}\n`,
        FormattedString.blockquote(draft.quote),
        fmt`\n${t('news-quote-source', { source: newsSourceOf(news) ?? t('news-source-unknown') })}`,
      ]),
    )
  if (draft.match?.answer === 'ask')
    parts.push(fmt`${t('news-match-question', { name: draft.match.name, id: draft.match.id })}`)
  if (draft.match?.answer === 'yes')
    parts.push(fmt`${t('news-match-yes', { name: draft.match.name, id: draft.match.id })}`)
  if (draft.dropped) parts.push(fmt`${t('news-draft-dropped')}`)
  return FormattedString.join(parts, '\n\n')
}
