import { normalizeText } from '../text/normalize.ts'
import { PROVINCE_ALIASES, REGENCY_ALIASES } from './aliases.ts'
import { formerNamesOf } from './history-data.ts'
import { REGENCY_ABBREVIATIONS } from './regency-abbreviations.ts'
import type { Province, RawProvince, RawRegency, Regency, RegencyKind, Region } from './types.ts'

/**
 * The provinces and kabupaten/kota of Indonesia with lookup maps built once at creation. Lists keep the
 * dataset's order; regions are looked up by BPS code or by a normalised key (name, variant or alias).
 */
export interface RegionCatalogue {
  readonly provinces: readonly Province[]
  readonly regencies: readonly Regency[]
  province(code: string): Province | undefined
  regency(code: string): Regency | undefined
  regenciesOf(provinceCode: string): readonly Regency[]
  /**
   * Every region a normalised key names, provinces first: the bare name ("wajo", "jakarta selatan"), a
   * variant ("kep seribu", "di yogyakarta") or an alias ("sulsel"). Spaces are optional ("tanjungpinang",
   * "gunung kidul"). The level words ("kab", "kota") are not part of any key; the resolver handles them.
   */
  lookup(key: string): readonly Region[]
  /** Every key `lookup` knows with spaces, for fuzzy matching. */
  readonly keys: readonly string[]
  /** The most words in any key: the longest n-gram worth looking up. */
  readonly maxKeyWords: number
}

const REGENCY_PREFIXES: ReadonlyMap<string, RegencyKind> = new Map([
  ['kabupaten', 'kabupaten'],
  ['kota', 'kota'],
])
const ADMINISTRATIVE = 'administrasi'
const LOWERCASE_WORDS = new Set(['dan'])
const UPPERCASE_WORDS = new Set(['dki'])
const SPECIAL_REGION = /^(Daerah Istimewa|Di) /

/**
 * Builds the catalogue from dataset rows, whatever their case. Throws on rows that break the dataset's
 * contract (a regency name without "Kabupaten"/"Kota", an unknown province code, a duplicate code), since
 * that means the dataset changed shape and the region data must be checked before the bot runs on it.
 */
export function createRegionCatalogue(
  rawProvinces: readonly RawProvince[],
  rawRegencies: readonly RawRegency[],
): RegionCatalogue {
  const provinces = rawProvinces.map(toProvince)
  const provincesByCode = uniqueByCode(provinces, 'province')
  const regencies = rawRegencies.map(toRegency)
  const regenciesByCode = uniqueByCode(regencies, 'regency')
  const regions = [
    ...provinces.map((province): Region => ({ kind: 'province', province })),
    ...regencies.map(
      (regency): Region => ({ kind: 'regency', regency, province: parentOf(regency, provincesByCode) }),
    ),
  ]
  const index = buildIndex(regions)
  const regenciesByProvince = groupBy(regencies, (regency) => regency.provinceCode)
  return {
    provinces,
    regencies,
    province: (code) => provincesByCode.get(code),
    regency: (code) => regenciesByCode.get(code),
    regenciesOf: (provinceCode) => regenciesByProvince.get(provinceCode) ?? [],
    lookup: (key) => index.exact.get(key) ?? index.compact.get(compact(key)) ?? [],
    keys: [...index.exact.keys()],
    maxKeyWords: index.maxKeyWords,
  }
}

/** "Kabupaten Wajo, Sulawesi Selatan" for a kabupaten/kota, "Sulawesi Selatan" for a province. */
export function regionLabel(region: Region): string {
  return region.kind === 'province'
    ? region.province.name
    : `${region.regency.officialName}, ${region.province.name}`
}

/** The BPS code of a region ("73" or "73.13"), unique across provinces and kabupaten/kota. */
export function regionCode(region: Region): string {
  return region.kind === 'province' ? region.province.code : region.regency.code
}

function toProvince(raw: RawProvince): Province {
  return {
    code: raw.code,
    name: titleCase(raw.name).replace(SPECIAL_REGION, 'DI '),
    aliases: (PROVINCE_ALIASES[raw.code] ?? []).map(normalizeText),
  }
}

function toRegency(raw: RawRegency): Regency {
  const [prefix = '', ...rest] = titleCase(raw.name).split(' ')
  const kind = REGENCY_PREFIXES.get(prefix.toLowerCase())
  if (kind === undefined || rest.length === 0) {
    throw new Error(
      `Regency ${raw.code} "${raw.name}" does not start with "Kabupaten" or "Kota": check the region dataset.`,
    )
  }
  const bare = rest[0]?.toLowerCase() === ADMINISTRATIVE && rest.length > 1 ? rest.slice(1) : rest
  return {
    code: raw.code,
    provinceCode: raw.provinceCode,
    kind,
    name: bare.join(' '),
    officialName: [prefix, ...rest].join(' '),
    aliases: [
      ...(REGENCY_ALIASES[raw.code] ?? []),
      ...REGENCY_ABBREVIATIONS.filter((entry) => entry.code === raw.code).map((entry) => entry.abbreviation),
    ].map(normalizeText),
  }
}

function parentOf(regency: Regency, provincesByCode: ReadonlyMap<string, Province>): Province {
  const province = provincesByCode.get(regency.provinceCode)
  if (province === undefined) {
    throw new Error(
      `Regency ${regency.code} "${regency.officialName}" has unknown province ${regency.provinceCode}: check the region dataset.`,
    )
  }
  return province
}

function uniqueByCode<T extends { code: string }>(items: readonly T[], what: string): Map<string, T> {
  const byCode = new Map<string, T>()
  for (const item of items) {
    if (byCode.has(item.code))
      throw new Error(`Duplicate ${what} code ${item.code}: check the region dataset.`)
    byCode.set(item.code, item)
  }
  return byCode
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [item])
    else group.push(item)
  }
  return groups
}

function titleCase(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word, i) => {
      if (UPPERCASE_WORDS.has(word)) return word.toUpperCase()
      if (i > 0 && LOWERCASE_WORDS.has(word)) return word
      return word.replace(
        /(^|[-'(])(\p{L})/gu,
        (_, before: string, letter: string) => before + letter.toUpperCase(),
      )
    })
    .join(' ')
}

function regionKeys(region: Region): string[] {
  const names =
    region.kind === 'province'
      ? [region.province.name, region.province.name.replace(/^DI /, 'Daerah Istimewa ')]
      : [region.regency.name, ...formerNamesOf(region.regency.code)]
  const aliases = region.kind === 'province' ? region.province.aliases : region.regency.aliases
  const normalised = names.map(normalizeText)
  return [
    ...normalised,
    ...normalised.map(abbreviateIslands),
    ...normalised.flatMap(abbreviateDirection),
    ...aliases,
  ].filter((key) => key !== '')
}

function abbreviateIslands(key: string): string {
  return key.replace(/\bkepulauan\b/g, 'kep')
}

/** Shortened compass words that lists and chats write after a name ("Luwu Utr", "Lombok Tmr"). */
const DIRECTION_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  utara: ['utr'],
  selatan: ['sel', 'sltn', 'slt'],
  barat: ['brt', 'bar'],
  timur: ['tmr', 'tim'],
  tengah: ['tgh', 'teng'],
  tenggara: ['tgr'],
}

function abbreviateDirection(key: string): string[] {
  const words = key.split(' ')
  const last = words.at(-1) ?? ''
  if (words.length < 2) return []
  return (DIRECTION_ABBREVIATIONS[last] ?? []).map((short) => [...words.slice(0, -1), short].join(' '))
}

function compact(key: string): string {
  return key.replaceAll(' ', '')
}

interface RegionIndex {
  exact: Map<string, Region[]>
  compact: Map<string, Region[]>
  maxKeyWords: number
}

function buildIndex(regions: readonly Region[]): RegionIndex {
  const index: RegionIndex = { exact: new Map(), compact: new Map(), maxKeyWords: 1 }
  for (const region of regions) {
    for (const key of new Set(regionKeys(region))) {
      addTo(index.exact, key, region)
      addTo(index.compact, compact(key), region)
      index.maxKeyWords = Math.max(index.maxKeyWords, key.split(' ').length)
    }
  }
  return index
}

function addTo(map: Map<string, Region[]>, key: string, region: Region): void {
  const regions = map.get(key)
  if (regions === undefined) map.set(key, [region])
  else if (!regions.includes(region)) regions.push(region)
}
