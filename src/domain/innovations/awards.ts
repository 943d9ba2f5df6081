import type { RegionCatalogue } from '../regions/catalogue.ts'
import { findRegionMentions } from '../regions/resolver.ts'
import type { Region } from '../regions/types.ts'
import { tokenize } from '../text/normalize.ts'

export const AWARD_LEVELS = ['nasional', 'provinsi', 'kabupaten', 'kota'] as const
export type AwardLevel = (typeof AWARD_LEVELS)[number]

export const AWARD_RANKS = ['top', 'juara', 'harapan', 'finalis', 'nominasi', 'terpuji'] as const
export type AwardRankKind = (typeof AWARD_RANKS)[number]

/** A place in a competition: "Top 45" is { kind: 'top', position: 45 }, "Finalis" has no position. */
export interface AwardRank {
  kind: AwardRankKind
  position: number | null
}

/**
 * An award as recorded on innovations, parsed from the words of a list or a news article:
 * "Top 45 Inovasi Pelayanan Publik KemenPAN-RB 2021" is national, organised by KemenPAN-RB, rank Top 45,
 * year 2021. `title` is always the original text; the parts are null when the text does not say.
 */
export interface AwardInput {
  title: string
  level: AwardLevel
  year: number | null
  organizer: string | null
  rank: AwardRank | null
}

/** National organisers, by the words their award titles use. */
const NATIONAL_ORGANIZERS: readonly { organizer: string; pattern: RegExp }[] = [
  {
    organizer: 'KemenPAN-RB',
    pattern: /\b(kemen ?pan( ?rb)?|menpan( ?rb)?|kementerian pendayagunaan aparatur negara|sinovik)\b/,
  },
  {
    organizer: 'Kemendagri',
    pattern:
      /\b(kemendagri|kementerian dalam negeri|iga|innovative government award|indeks inovasi daerah)\b/,
  },
  { organizer: 'Kemenkes', pattern: /\b(kemenkes|kementerian kesehatan)\b/ },
  { organizer: 'Bappenas', pattern: /\bbappenas\b/ },
  { organizer: 'Ombudsman RI', pattern: /\bombudsman\b/ },
]

/** The national public-service competition, which provinces also hold as their own round ("KIPP Sulsel"). */
const KIPP = /\b(kipp|kompetisi inovasi pelayanan publik|inovasi pelayanan publik)\b/

const RANK_PATTERNS: readonly { kind: AwardRankKind; pattern: RegExp }[] = [
  { kind: 'top', pattern: /\btop ?(\d{1,3})\b/ },
  { kind: 'harapan', pattern: /\b(?:juara )?harapan(?: (?:ke ?)?(\d{1,2}|i{1,3}))?\b/ },
  {
    kind: 'juara',
    pattern: /\b(?:juara|peringkat|rangking|ranking|terbaik)(?: (?:ke ?)?(\d{1,2}|i{1,3}))\b/,
  },
  { kind: 'finalis', pattern: /\bfinalis\b/ },
  { kind: 'nominasi', pattern: /\b(?:nominasi|nominator|nominee|nomine)\b/ },
  { kind: 'terpuji', pattern: /\bterpuji\b/ },
]

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3 }

function positionOf(text: string | undefined): number | null {
  if (text === undefined) return null
  return ROMAN[text] ?? Number(text)
}

/** The rank an award title gives ("top 45", "juara 1", "juara harapan 2", "finalis"), if any. */
export function awardRankOf(title: string): AwardRank | null {
  // Not tokenize(): it folds repeated letters, which would read "Juara III" as "juara i".
  const text = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  for (const { kind, pattern } of RANK_PATTERNS) {
    const match = pattern.exec(text)
    if (match) return { kind, position: positionOf(match[1]) }
  }
  return null
}

/** The first year in an award title, if any ("2019/2020" gives 2019). */
export function awardYearOf(title: string): number | null {
  const match = /(?<!\d)(19[4-9]\d|20\d\d)(?!\d)/.exec(title)
  return match ? Number(match[1]) : null
}

/**
 * Where an announced award stands: `provisional` (finalists awaiting the public test, "menunggu uji
 * publik"), `final` (fixed by decree), `withdrawn` (taken back: no longer recorded on the innovations).
 */
export const AWARD_STAGES = ['provisional', 'final', 'withdrawn'] as const
export type AwardStage = (typeof AWARD_STAGES)[number]

/** The year a title names when it is not `year` ("Top 45 KIPP 2021" announced for 2024); else null. */
export function titleYearConflict(title: string, year: number): number | null {
  const named = awardYearOf(title)
  return named !== null && named !== year ? named : null
}

/**
 * The level of an award read from its words alone (no region list): a regency's or a city's competition
 * names it ("Kab. Pacitan", "Kota Makassar", "OPD"), a province's names it ("Provinsi", "Jambore");
 * KIPP, KemenPAN-RB and Kemendagri are national.
 */
export function awardLevelOf(title: string): AwardLevel {
  const lower = title.toLowerCase()
  if (/\bkota\b/.test(lower)) return 'kota'
  if (/\b(kabupaten|kab\.?|opd|perangkat daerah)(?![\p{L}])/u.test(lower)) return 'kabupaten'
  if (/\b(provinsi|prov\.?|jambore|jipp)(?![\p{L}])/u.test(lower)) return 'provinsi'
  return 'nasional'
}

/**
 * The one region a title names exactly ("Sulsel", "Kab. Pacitan"): a kabupaten/kota before its province
 * when it names both; none when it names none, or places in different provinces or kabupaten/kota.
 */
function regionNamed(title: string, regions: RegionCatalogue): Region | undefined {
  const named = findRegionMentions(regions, tokenize(title)).flatMap((mention) =>
    mention.regions.length === 1 && mention.regions[0] ? [mention.regions[0]] : [],
  )
  if (new Set(named.map((region) => region.province.code)).size !== 1) return undefined
  const regencies = new Set(
    named.flatMap((region) => (region.kind === 'regency' ? [region.regency.code] : [])),
  )
  if (regencies.size > 1) return undefined
  return named.find((region) => region.kind === 'regency') ?? named[0]
}

function regionalOrganizer(region: Region): { organizer: string; level: AwardLevel } {
  if (region.kind === 'province') return { organizer: `Provinsi ${region.province.name}`, level: 'provinsi' }
  return { organizer: region.regency.officialName, level: region.regency.kind }
}

/**
 * One award title to its parts. A national organiser named in the title decides the level; otherwise a
 * region it names exactly (with `regions`) is the organiser ("Top 30 KIPP Sulsel 2020" is Provinsi
 * Sulawesi Selatan's round of KIPP); otherwise KIPP is KemenPAN-RB's, and the level comes from the words.
 */
export function parseAward(
  title: string,
  fallbackYear: number | null,
  regions?: RegionCatalogue,
): AwardInput {
  const clean = title.trim().replace(/\s+/g, ' ')
  const words = tokenize(clean).join(' ')
  const base = { title: clean, year: awardYearOf(clean) ?? fallbackYear, rank: awardRankOf(clean) }
  const national = NATIONAL_ORGANIZERS.find(({ pattern }) => pattern.test(words))
  if (national) return { ...base, level: 'nasional', organizer: national.organizer }
  const region = regions ? regionNamed(clean, regions) : undefined
  if (region) return { ...base, ...regionalOrganizer(region) }
  const level = awardLevelOf(clean)
  const organizer = level === 'nasional' && KIPP.test(words) ? 'KemenPAN-RB' : null
  return { ...base, level, organizer }
}

/** Where one cell's awards part: ";", "|", a new line, or a comma / "dan" before the next rank. */
const AWARD_SEPARATORS =
  /[;|\n]+|,\s*(?=(?:top|juara|finalis|nominasi|terpuji)\b)|\s+dan\s+(?=(?:top|juara)\s*\d)/i

/**
 * The awards of one cell or phrase, as lists and news write them: "Top 99 KIPP 2019; Top 45 KIPP 2019",
 * "Finalis KIPP 2021", "Juara 1 Lomba Inovasi Daerah Kab. Pacitan 2023", "IGA 2022". Pure: the region
 * list, when given, only lets a named province or regency be the organiser.
 */
export function parseAwards(
  cell: string,
  fallbackYear: number | null,
  regions?: RegionCatalogue,
): AwardInput[] {
  return cell
    .split(AWARD_SEPARATORS)
    .map((title) => title.trim())
    .filter((title) => tokenize(title).length > 0)
    .map((title) => parseAward(title, fallbackYear, regions))
}
