/** The earliest year an innovation can carry (the Republic's first year). */
export const MIN_YEAR = 1945

/** A year read from text as lists write it, and how it was written when that was not a bare year. */
export interface ReadYear {
  year: number
  /** 'range': "2019/2020" (the first year is kept); 'prefixed': "thn 2021", "T.A. 2021". */
  note?: 'range' | 'prefixed'
}

/** "thn", "thn.", "tahun", "TA", "T.A.", "tahun anggaran" before the year. */
const PREFIX = String.raw`(?:tahun\s+anggaran|tahun|thn\.?|th\.?|t\.?\s?a\.?)`
const YEAR_TEXT = new RegExp(String.raw`^(?:${PREFIX}\s*)?(\d{4})(?:\s*[/\-–]\s*(\d{4}|\d{2}))?$`, 'i')

/** The second year of a range, which may be written short ("2019/20"). */
function rangeEnd(first: number, text: string) {
  return text.length === 2 ? Math.floor(first / 100) * 100 + Number(text) : Number(text)
}

/**
 * Reads a year as award lists and people write it: "2021", "thn 2021", "tahun 2021", "TA 2021",
 * "T.A. 2021", or a range "2019/2020", "2019-2020", "2019/20" (the first year, noted as a range, since
 * the list does not say which year the innovation belongs to). Undefined when it is not a year between
 * 1945 and `maxYear`, or a range that runs backwards.
 */
export function readYear(text: string, maxYear: number): ReadYear | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ')
  const match = YEAR_TEXT.exec(trimmed)
  if (!match?.[1]) return undefined
  const year = Number(match[1])
  if (year < MIN_YEAR || year > maxYear) return undefined
  if (match[2] !== undefined) {
    const end = rangeEnd(year, match[2])
    if (end < year || end > maxYear + 1) return undefined
    if (end > year) return { year, note: 'range' }
  }
  return /^\d/.test(trimmed) ? { year } : { year, note: 'prefixed' }
}
