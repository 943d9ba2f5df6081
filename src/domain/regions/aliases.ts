import type { RegionLevel } from './types.ts'

/**
 * Abbreviations and name variants people type for each province, keyed by BPS province code, in normalised
 * form. The first entry of each list is the usual abbreviation. Official names come from the dataset, not
 * from here; a few lists repeat the name because it is itself what people type ("riau", "bali").
 */
export const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '11': ['nad', 'aceh', 'nanggroe aceh darussalam'],
  '12': ['sumut', 'sumatra utara'],
  '13': ['sumbar', 'sumatra barat'],
  '14': ['riau'],
  '15': ['jambi'],
  '16': ['sumsel', 'sumatra selatan'],
  '17': ['bengkulu'],
  '18': ['lampung'],
  '19': ['babel', 'bangka belitung'],
  '21': ['kepri'],
  '31': ['dki', 'jakarta', 'daerah khusus ibukota jakarta'],
  '32': ['jabar'],
  '33': ['jateng'],
  '34': ['diy', 'jogja', 'yogya', 'jogjakarta', 'yogyakarta'],
  '35': ['jatim'],
  '36': ['banten'],
  '51': ['bali'],
  '52': ['ntb'],
  '53': ['ntt'],
  '61': ['kalbar'],
  '62': ['kalteng'],
  '63': ['kalsel'],
  '64': ['kaltim'],
  '65': ['kaltara'],
  '71': ['sulut'],
  '72': ['sulteng'],
  '73': ['sulsel'],
  '74': ['sultra'],
  '75': ['gorontalo'],
  '76': ['sulbar'],
  '81': ['maluku'],
  '82': ['malut'],
  '91': ['papua'],
  '92': ['pabar', 'papbar'],
  '93': ['papsel'],
  '94': ['papteng'],
  '95': ['papeg'],
  '96': ['pbd'],
}

/**
 * Names of kabupaten/kota people type that are not in `REGENCY_ABBREVIATIONS` (the reviewed, sourced table),
 * keyed by BPS code, in normalised form. Only names in wide use that are not ordinary words, since the search
 * parser matches them inside free queries. An alias shared by two regions ("tasik") makes a bare mention
 * ambiguous; an alias shared with a province ("jogja") names the province unless "kota" precedes it.
 */
export const REGENCY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  // Colloquial short names: the official name without "Kepulauan"/"Pulau"/"Teluk"/"Pematang", an older
  // name, or the town's everyday name (Solo for Surakarta). Not abbreviations, so they need no source in
  // the table.
  '12.72': ['siantar'],
  '12.77': ['padangsidimpuan'],
  '13.09': ['mentawai'],
  '14.10': ['meranti'],
  '21.05': ['anambas'],
  '31.01': ['pulau seribu'],
  '32.06': ['tasik'],
  '32.78': ['tasik'],
  '33.72': ['solo'],
  '34.71': ['jogja', 'yogya', 'jogjakarta'],
  '71.03': ['sangihe'],
  '71.04': ['talaud'],
  '73.01': ['selayar'],
  '81.03': ['tanimbar'],
  '82.07': ['morotai'],
  '82.72': ['tidore'],
  '91.05': ['yapen'],
  '92.06': ['bintuni'],
  '92.07': ['wondama'],
  // Older abbreviations for which no public page has been recorded yet; each moves into
  // REGENCY_ABBREVIATIONS, with its source, once one is found.
  '75.03': ['bonebol'],
}

/**
 * Words that name a region level when they precede a region name ("kab wajo", "pemkot makassar",
 * "prov jatim"). Normalised, so "Kab." is "kab".
 */
export const LEVEL_WORDS: ReadonlyMap<string, RegionLevel> = new Map<string, RegionLevel>([
  ['kab', 'kabupaten'],
  ['kabupaten', 'kabupaten'],
  ['pemkab', 'kabupaten'],
  ['kota', 'kota'],
  ['kotamadya', 'kota'],
  ['kodya', 'kota'],
  ['pemkot', 'kota'],
  ['provinsi', 'province'],
  ['propinsi', 'province'],
  ['prov', 'province'],
  ['pemprov', 'province'],
])

/** Words that may follow a level word before a Jakarta name ("kota adm jakarta selatan"). */
export const ADMINISTRATIVE_WORDS: ReadonlySet<string> = new Set(['adm', 'administrasi'])
