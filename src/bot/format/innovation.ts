import { FormattedString, fmt } from '@grammyjs/parse-mode'
import type { InnovationDetail } from '../../db/repositories/innovations.ts'
import { findTheme } from '../../domain/innovations/themes.ts'
import type { RegionCatalogue } from '../../domain/regions/catalogue.ts'
import type { Translate } from '../../i18n.ts'
import { MESSAGE_LIMIT, truncate } from './text.ts'

/** An innovation as the bot shows it: codes turned into names. */
export interface InnovationView extends InnovationDetail {
  regionName: string
  /** Theme labels, joined ("Kesehatan, Pendidikan"); null without themes. */
  themeLabel: string | null
}

/** The labels of theme slugs, joined; null when there are none. */
export function themeLabels(slugs: readonly string[]): string | null {
  const labels = slugs.flatMap((slug) => findTheme(slug)?.label ?? [])
  return labels.length > 0 ? labels.join(', ') : null
}

/** Names for codes, from the region catalogue and the theme list. */
export function toInnovationView(detail: InnovationDetail, regions: RegionCatalogue): InnovationView {
  const province = regions.province(detail.provinceCode)?.name ?? detail.provinceCode
  const regency = detail.regencyCode ? regions.regency(detail.regencyCode)?.officialName : undefined
  return {
    ...detail,
    regionName: regency ? `${regency}, ${province}` : province,
    themeLabel: themeLabels(detail.themes),
  }
}

/** The view with this award first (the one a result line shows): the award a search asked for. */
export function withAwardFirst(view: InnovationView, title: string | undefined): InnovationView {
  const matched = view.awards.find((award) => award.title === title)
  return matched === undefined
    ? view
    : { ...view, awards: [matched, ...view.awards.filter((award) => award !== matched)] }
}

/** "JEK-MIL (Ojek Ibu Hamil)": the name in bold, with what the acronym stands for. */
export function innovationTitle(
  view: Pick<InnovationView, 'name' | 'expansion'>,
  max = 200,
): FormattedString {
  const name = FormattedString.bold(truncate(view.name, max))
  return view.expansion ? fmt`${name} (${truncate(view.expansion, max)})` : fmt`${name}`
}

/** An award as cards and results name it: a provisional one says so ("finalis, menunggu uji publik"). */
const awardLine = (t: Translate, award: InnovationView['awards'][number], max = 200) =>
  t(award.provisional ? 'card-award-provisional' : 'card-award', { award: truncate(award.title, max) })

/** One entry of a result list: title, then agency · region · year, then the first award. */
export function innovationListItem(t: Translate, view: InnovationView, position: number): FormattedString {
  const place = [truncate(view.agency ?? '', 60), view.regionName, view.year].filter(Boolean).join(' · ')
  const award = view.awards[0] ? `\n   ${awardLine(t, view.awards[0], 80)}` : ''
  return fmt`${position}. ${innovationTitle(view, 80)}\n   ${place}${award}`
}

function cardLines(t: Translate, view: InnovationView, description: string): string[] {
  const optional = (value: unknown, line: () => string) =>
    value === null || value === undefined || value === '' ? [] : [line()]
  return [
    ...optional(view.agency, () => t('card-agency', { agency: view.agency ?? '' })),
    t('card-region', { region: view.regionName }),
    ...optional(view.year, () => t('card-year', { year: String(view.year) })),
    ...optional(view.themeLabel, () => t('card-theme', { theme: view.themeLabel ?? '' })),
    ...view.awards.slice(0, 5).map((award) => awardLine(t, award)),
    ...optional(view.isDigital, () => t('card-digital', { digital: view.isDigital ? 'yes' : 'no' })),
    ...optional(view.stage, () => t('card-stage', { stage: view.stage ?? '' })),
    ...optional(description, () => `\n${description}`),
    ...optional(view.problem, () => `\n${t('card-problem', { problem: truncate(view.problem ?? '', 500) })}`),
    ...optional(view.impact, () => t('card-impact', { impact: truncate(view.impact ?? '', 500) })),
    ...optional(view.innovator, () => `\n${t('card-innovator', { innovator: view.innovator ?? '' })}`),
    ...optional(view.source, () => t('card-source', { source: view.source ?? '' })),
  ]
}

/** Everything we know about one innovation, within Telegram's message limit (the description gives way). */
export function innovationCard(t: Translate, view: InnovationView): FormattedString {
  const build = (description: string) =>
    FormattedString.join([innovationTitle(view), ...cardLines(t, view, description)], '\n')
  const full = build(view.description)
  if (full.text.length <= MESSAGE_LIMIT) return full
  const room = view.description.length - (full.text.length - MESSAGE_LIMIT) - 1
  return build(truncate(view.description, Math.max(room, 0)))
}
