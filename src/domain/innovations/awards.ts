export const AWARD_LEVELS = ['nasional', 'provinsi', 'kabupaten'] as const
export type AwardLevel = (typeof AWARD_LEVELS)[number]

/** An award as recorded on innovations: "Top 45 Inovasi Pelayanan Publik KemenPAN-RB 2021". */
export interface AwardInput {
  title: string
  level: AwardLevel
  year: number | null
}

/**
 * The level of an award, read from its title: a provincial or regency competition names its province or
 * regency ("Provinsi Sulawesi Selatan", "Kabupaten Muara Enim"); everything else (KIPP, KemenPAN-RB,
 * Kemendagri) is national.
 */
export function awardLevelOf(title: string): AwardLevel {
  const lower = title.toLowerCase()
  if (/\b(kabupaten|kota|kab\.?|opd|perangkat daerah)\b/.test(lower)) return 'kabupaten'
  if (/\b(provinsi|prov\.?|jambore|jipp)\b/.test(lower)) return 'provinsi'
  return 'nasional'
}

/** The four-digit year in an award title, if any. */
export function awardYearOf(title: string): number | null {
  const match = /\b(19[4-9]\d|20\d\d)\b/.exec(title)
  return match ? Number(match[1]) : null
}

/** Award titles separated by ";" in one import cell. */
export function parseAwards(cell: string, fallbackYear: number | null): AwardInput[] {
  return cell
    .split(';')
    .map((title) => title.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .map((title) => ({ title, level: awardLevelOf(title), year: awardYearOf(title) ?? fallbackYear }))
}
