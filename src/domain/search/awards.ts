import { normalizeText } from '../text/normalize.ts'
import type { SearchAward } from './types.ts'

/** The phrase of "pemenang", "juara", "penghargaan": any award, so "pemenang 2023" means an award of 2023. */
export const ANY_AWARD = 'pemenang'

/** Award words a query may hold alone, and the phrase each one filters on. */
const AWARD_WORDS: ReadonlyMap<string, string> = new Map([
  ['kipp', 'kipp'],
  ['sinovik', 'kipp'],
  ['opsi', 'opsi'],
  ['nasional', 'nasional'],
  ['pemenang', ANY_AWARD],
  ['juara', ANY_AWARD],
  ['penghargaan', ANY_AWARD],
])
const TOP_JOINED = /^top(\d{1,3})$/
const TOP_NUMBER = /^\d{1,3}$/
const TOP_IN_TITLE = /\btop (\d{1,3})\b/g
const KIPP_IN_TITLE = /\b(kipp|sinovik|kompetisi inovasi pelayanan publik)\b/

/**
 * The award phrase starting at `tokens[start]`: "top 99" (also typed "top99"), "kipp", "opsi" or
 * "nasional", with the number of tokens it spans. Tokens are normalised words.
 */
export function awardPhraseAt(
  tokens: readonly string[],
  start: number,
): { phrase: string; length: number } | undefined {
  const token = tokens[start] ?? ''
  const next = tokens[start + 1] ?? ''
  if (token === 'top' && TOP_NUMBER.test(next)) return { phrase: `top ${Number(next)}`, length: 2 }
  const joined = TOP_JOINED.exec(token)
  if (joined) return { phrase: `top ${Number(joined[1])}`, length: 1 }
  const word = AWARD_WORDS.get(token)
  return word === undefined ? undefined : { phrase: word, length: 1 }
}

/**
 * The award phrases an award answers to: its "top N" rank, "kipp" for the national KemenPAN-RB
 * competition (KIPP, formerly Sinovik, whose titles read "Top 99 Inovasi Pelayanan Publik KemenPAN-RB")
 * and for any title naming KIPP, "opsi" for titles naming OPSI, "nasional" for national awards, and
 * `ANY_AWARD` for every award.
 */
export function awardKeysOf(award: SearchAward): string[] {
  const title = normalizeText(award.title)
  const keys = new Set<string>([ANY_AWARD])
  for (const match of title.matchAll(TOP_IN_TITLE)) keys.add(`top ${Number(match[1])}`)
  const kemenpan = /\bkemenpan\b/.test(title) && /\binovasi pelayanan publik\b/.test(title)
  if (kemenpan || KIPP_IN_TITLE.test(title)) keys.add('kipp')
  if (/\bopsi\b/.test(title)) keys.add('opsi')
  if (award.level === 'nasional') keys.add('nasional')
  return [...keys]
}
