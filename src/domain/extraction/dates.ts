const MONTHS =
  'januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|sep|sept|okt|nov|des'
const NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}\/(\d{4}|\d{2})\b/
const WRITTEN_DATE = new RegExp(`\\b\\d{1,2}\\s+(?:${MONTHS})\\.?\\s+(\\d{4})\\b`, 'i')

/** A year an article may report an award in: from 2000 (before any of these competitions) to this year. */
export function plausibleYear(year: number, thisYear: number): boolean {
  return year >= 2000 && year <= thisYear
}

/**
 * The year of the article's first full date: its dateline ("Kamis (29/4/2019)", "Selasa, 09 Februari
 * 2021", "(2/12/24)"). Null when no date carries a year ("Kamis (17/12)").
 */
export function datelineYear(text: string, thisYear: number): number | null {
  const numeric = NUMERIC_DATE.exec(text)
  const written = WRITTEN_DATE.exec(text)
  const first = [numeric, written]
    .filter((match): match is RegExpExecArray => match !== null)
    .sort((a, b) => a.index - b.index)[0]
  if (first === undefined) return null
  const raw = first[1] ?? ''
  const year = raw.length === 2 ? 2000 + Number(raw) : Number(raw)
  return plausibleYear(year, thisYear) ? year : null
}

/** An article without a dateline often states its year in the lead ("... Provinsi Jawa Timur Tahun 2018"). */
export function statedYear(text: string, thisYear: number): number | null {
  for (const match of text.matchAll(/\btahun[ \t]+(20\d\d)\b/gi)) {
    const year = Number(match[1])
    if (plausibleYear(year, thisYear)) return year
  }
  return null
}
