import { normalizeText } from '../text/normalize.ts'
import { IMPORT_COLUMNS } from './import-row.ts'

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]

/**
 * Header names as award lists and spreadsheets write them, in Indonesian and English, compared after
 * `normalizeText` (case, spacing and punctuation do not matter: "Kab/Kota", "KAB. / KOTA" are one).
 */
const HEADER_NAMES: Record<ImportColumn, readonly string[]> = {
  name: ['name', 'nama', 'nama inovasi', 'inovasi', 'judul inovasi', 'judul', 'innovation'],
  expansion: ['expansion', 'kepanjangan', 'singkatan dari', 'kepanjangan nama', 'nama lengkap'],
  agency: [
    'agency',
    'instansi',
    'opd',
    'perangkat daerah',
    'unit kerja',
    'satuan kerja',
    'satker',
    'penyelenggara',
    'instansi pengusul',
    'nama instansi',
    'nama opd',
  ],
  regency: [
    'regency',
    'kabupaten kota',
    'kab kota',
    'kabupaten',
    'kota',
    'kabupaten atau kota',
    'kota kabupaten',
    'kota kab',
    'pemda',
    'pemerintah daerah',
    'daerah',
    'city',
  ],
  province: ['province', 'provinsi', 'propinsi', 'prov'],
  year: ['year', 'tahun', 'thn', 'tahun inovasi', 'tahun penghargaan'],
  award: ['award', 'awards', 'penghargaan', 'prestasi', 'kompetisi', 'ajang'],
  theme: ['theme', 'themes', 'tema', 'bidang', 'urusan', 'sektor', 'urusan pemerintahan'],
  description: ['description', 'deskripsi', 'uraian', 'keterangan', 'ringkasan', 'penjelasan'],
  source: ['source', 'sumber', 'tautan', 'link', 'url', 'sumber berita'],
  innovator: ['innovator', 'inovator', 'penggagas', 'pencetus', 'nama inovator'],
}

const COLUMN_BY_HEADER = new Map<string, ImportColumn>(
  IMPORT_COLUMNS.flatMap((column) => HEADER_NAMES[column].map((name) => [name, column] as const)),
)

/** The import column a header (or JSON key) names, in any case and in Indonesian; undefined if none. */
export function importColumnFor(header: string): ImportColumn | undefined {
  return COLUMN_BY_HEADER.get(normalizeText(header))
}

/** The columns of a header row, by position; unknown headers stay undefined and their cells are ignored. */
export function columnsOfHeader(headers: readonly string[]): (ImportColumn | undefined)[] {
  const seen = new Set<ImportColumn>()
  return headers.map((header) => {
    const column = importColumnFor(header)
    // The first of two headers that mean the same column wins: "Kabupaten" then "Kota" is one column.
    if (!column || seen.has(column)) return undefined
    seen.add(column)
    return column
  })
}

/** A row of cells under a header row, as an object keyed by the import columns (blank cells left out). */
export function rowFromCells(
  columns: readonly (ImportColumn | undefined)[],
  cells: readonly unknown[],
): Record<string, unknown> {
  const row: Record<string, unknown> = {}
  columns.forEach((column, index) => {
    const cell = cells[index]
    if (column && cell !== undefined && cell !== null && cell !== '') row[column] = cell
  })
  return row
}

/** A JSON Lines object with its keys read as header names ("Nama Inovasi" → name); other keys dropped. */
export function rowFromObject(object: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(object)) {
    const column = Object.hasOwn(HEADER_NAMES, key) ? (key as ImportColumn) : importColumnFor(key)
    if (column && !(column in row)) row[column] = value
  }
  return row
}
