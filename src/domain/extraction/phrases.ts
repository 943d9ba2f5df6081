import { AGENCY_HEADS, LOCAL_GOVERNMENT_UNITS, NAME_CONNECTORS, REGION_LEVEL_WORDS } from './vocabulary.ts'

/** A stretch of the article: its text and offsets. */
export interface Span {
  text: string
  start: number
  end: number
}

const NEXT_WORD = /^([ \t]*)([\p{L}\p{N}][\p{L}\p{N}'’\-/&.]*[\p{L}\p{N}]|[\p{L}\p{N}])/u
const QUOTES: Readonly<Record<string, string>> = { '“': '”', '"': '"', '‘': '’', "'": "'" }
/** Capitalised words of headlines that end a name ("4 Inovasi Luwu Utara Masuk Buku Top 30"). */
const NAME_BREAKS = new Set([
  'masuk',
  'raih',
  'meraih',
  'sabet',
  'terima',
  'menerima',
  'dapat',
  'mendapat',
  'jadi',
  'menjadi',
  'juara',
  'top',
  'lolos',
  'wakili',
  'ikut',
  'tembus',
  'borong',
  'diganjar',
  'harus',
  'siap',
  'di',
  'dari',
  'kembali',
])
const LOWERCASE_NAME_STOPS = new Set([
  'dari',
  'yang',
  'milik',
  'oleh',
  'atau',
  'adalah',
  'dengan',
  'pada',
  'merupakan',
  'ini',
  'itu',
  'tersebut',
  'berhasil',
  'meraih',
  'masuk',
  'sebagai',
  'di',
  'ke',
  'dan',
])

/** The word starting at `pos` (after spaces or tabs, never across a line break or punctuation). */
export function wordAt(text: string, pos: number): Span | undefined {
  const match = NEXT_WORD.exec(text.slice(pos, pos + 80))
  if (match === null) return undefined
  const start = pos + (match[1]?.length ?? 0)
  return { text: match[2] ?? '', start, end: start + (match[2]?.length ?? 0) }
}

export const isCapitalised = (word: string) => /^[\p{Lu}\p{N}]/u.test(word)
export const lower = (word: string) => word.toLowerCase().replace(/[.]+$/, '')

/** Whether `word` (with the one after it) starts an agency's name: "Dinas", "Puskesmas", "Pemerintah Kecamatan". */
export function startsAgency(text: string, word: Span): boolean {
  const norm = lower(word.text)
  if (AGENCY_HEADS.has(norm)) return isCapitalised(word.text)
  if (norm !== 'pemerintah') return false
  const next = wordAt(text, word.end)
  return next !== undefined && LOCAL_GOVERNMENT_UNITS.has(lower(next.text))
}

/**
 * An innovation's name at `pos`: a quoted phrase, or capitalised words with lowercase connectors between
 * them ("GIS for E Control", "6 in 1"); with `allowLowercase`, up to five lowercase words ("salam rabain",
 * as some sites write names after "dengan inovasi"). Lowercase words just before a bracket belong to the
 * name ("Gebrakan Pegelaran aksi Bersama Sekolah Sehat Asri (Pagi Berseri)").
 */
export function readName(
  text: string,
  pos: number,
  allowLowercase: boolean,
): (Span & { quoted: boolean }) | undefined {
  const at = pos + (/^[ \t]*/.exec(text.slice(pos))?.[0].length ?? 0)
  const open = text[at] ?? ''
  // Some sites open a quotation with the closing mark: inovasi: ”Gerobak PTM”.
  const close = QUOTES[open] ?? (open === '”' && /^[\p{L}\p{N}]/u.test(text[at + 1] ?? '') ? '”' : undefined)
  if (close !== undefined) return readQuoted(text, at, close)
  const first = wordAt(text, at)
  if (first === undefined) return undefined
  if (!isCapitalised(first.text)) return allowLowercase ? readLowercase(text, first) : undefined
  if (NAME_BREAKS.has(lower(first.text))) return undefined
  let end = first.end
  let count = 1
  for (let word = wordAt(text, end); word !== undefined && count < 12; word = wordAt(text, end)) {
    const norm = lower(word.text)
    if (isCapitalised(word.text)) {
      if (REGION_LEVEL_WORDS.has(norm) || NAME_BREAKS.has(norm) || agencyFollows(text, word)) break
      end = word.end
    } else if (NAME_CONNECTORS.has(norm) || (norm.length <= 2 && !['di', 'ke'].includes(norm))) {
      const next = wordAt(text, word.end)
      if (next === undefined || !isCapitalised(next.text)) break
      if (REGION_LEVEL_WORDS.has(lower(next.text)) || agencyFollows(text, next)) break
      end = next.end
      count++
    } else {
      end = extendToBracket(text, end) ?? end
      break
    }
    count++
  }
  return { text: text.slice(first.start, end), start: first.start, end, quoted: false }
}

/** An agency's name starts at `word` and goes on ("Dinas Kesehatan"), unlike "Smart BUMDes dari ...". */
function agencyFollows(text: string, word: Span): boolean {
  const next = wordAt(text, word.end)
  return startsAgency(text, word) && next !== undefined && isCapitalised(next.text)
}

function extendToBracket(text: string, pos: number): number | undefined {
  const match = /^((?:[ \t]+[\p{L}\p{N}'’\-/&.]+){1,6}?)[ \t]*(?=\()/u.exec(text.slice(pos, pos + 100))
  if (match === null) return undefined
  const words = (match[1] ?? '').trim().split(/\s+/)
  if (words.some((word) => LOWERCASE_NAME_STOPS.has(lower(word)))) return undefined
  if (!words.some(isCapitalised)) return undefined
  return pos + (match[1]?.length ?? 0)
}

function readQuoted(text: string, at: number, close: string) {
  const limit = text.slice(at + 1, at + 160)
  const sentenceEnd = limit.search(/[.!?]\s|\n/)
  const closing = limit.indexOf(close)
  if (closing > 0 && (sentenceEnd < 0 || closing < sentenceEnd)) {
    const inner = limit.slice(0, closing)
    const lead = inner.length - inner.trimStart().length
    return { text: inner.trim(), start: at + 1 + lead, end: at + 2 + closing, quoted: true }
  }
  const unclosed = /^[^(,.;\n”"]+/.exec(limit)?.[0] ?? ''
  if (unclosed.trim() === '') return undefined
  return { text: unclosed.trim(), start: at + 1, end: at + 1 + unclosed.trimEnd().length, quoted: true }
}

function readLowercase(text: string, first: Span) {
  let end = first.end
  if (LOWERCASE_NAME_STOPS.has(lower(first.text))) return undefined
  for (let word = wordAt(text, end), count = 1; word !== undefined && count < 5; word = wordAt(text, end)) {
    if (LOWERCASE_NAME_STOPS.has(lower(word.text)) && lower(word.text) !== 'untuk') break
    end = word.end
    count++
  }
  const after = text.slice(end, end + 3)
  if (!/^\s*([,.;(]|$)/.test(after)) return undefined
  return { text: text.slice(first.start, end), start: first.start, end, quoted: false }
}

/**
 * An agency's name at `pos` ("Dinas Kependudukan dan Pencatatan Sipil", "Dinas Perdagangan, Perindustrian,
 * Koperasi dan UKM", "Dinas Perkebunan (Disbun) Jabar"), ending before a region's level word; `region` is
 * what follows that level word ("Kabupaten Flores Timur").
 */
export function readAgency(
  text: string,
  pos: number,
): { agency: Span; region: Span | undefined } | undefined {
  const head = wordAt(text, pos)
  if (head === undefined || !startsAgency(text, head)) return undefined
  let end = head.end
  let region: Span | undefined
  for (let count = 1; count < 12; count++) {
    const rest = text.slice(end, end + 60)
    const bracket = /^[ \t]*\(([\p{L}\p{N}.\- ]{1,20})\)/u.exec(rest)
    if (bracket !== null && (bracket[1] ?? '').trim().split(/\s+/).length <= 2) {
      end += bracket[0].length
      continue
    }
    const comma = /^,[ \t]*/.exec(rest)
    const abbreviation =
      /^\.[ \t]+\p{Lu}/u.test(rest) && /^(?:\p{Lu}\p{Ll}{0,3}|UPT|UPTD)$/u.test(lastWord(text, end)) ? 1 : 0
    const word = wordAt(text, comma ? end + comma[0].length : end + abbreviation)
    if (word === undefined) break
    const norm = lower(word.text)
    if (REGION_LEVEL_WORDS.has(norm)) {
      if (!comma) region = readRegionAfterLevel(text, word)
      break
    }
    if (comma && (!isCapitalised(word.text) || startsAgency(text, word))) break
    if (!isCapitalised(word.text)) {
      if (!['dan', '&'].includes(norm)) break
      const next = wordAt(text, word.end)
      if (next === undefined || !isCapitalised(next.text) || REGION_LEVEL_WORDS.has(lower(next.text))) break
      if (startsAgency(text, next)) break
    }
    end = word.end
  }
  return { agency: { text: text.slice(head.start, end), start: head.start, end }, region }
}

function lastWord(text: string, end: number): string {
  return /[\p{L}\p{N}]+$/u.exec(text.slice(Math.max(0, end - 12), end))?.[0] ?? ''
}

function readRegionAfterLevel(text: string, level: Span): Span {
  let end = level.end
  for (let word = wordAt(text, end), count = 0; word !== undefined && count < 4; word = wordAt(text, end)) {
    if (!isCapitalised(word.text)) break
    end = word.end
    count++
  }
  return { text: text.slice(level.start, end), start: level.start, end }
}
