/**
 * An article as the extractor reads it: the text without the noise regional sites add (related-article
 * links, share buttons, comment prompts, captions, repeated paragraphs), its title, and where its sentences
 * end. Offsets refer to `text`.
 */
export interface Article {
  title: string
  text: string
  /** Offsets where a sentence ends (after its full stop or at a line break), ascending. */
  sentenceEnds: number[]
}

const NOISE_LINE = new RegExp(
  [
    '^(baca|lihat|simak) juga\\b',
    '^(berita|artikel|postingan) (terkait|lainnya|populer)',
    '^tinggalkan (balasan|komentar)',
    '^alamat email anda',
    '^tulis komentar',
    '^loading',
    '^caption( foto)?\\s*:',
    '^foto\\s*:',
    '^(penulis|editor|reporter|pewarta)\\s*:',
    '^(bagikan|share|facebook|twitter|whatsapp|telegram|pin it|click to zoom|menu close|advertisement|exit mobile version|no comments|comments?)',
    '^[\\d.,]+\\s*(views?|kali dibaca|komentar|shares?)?$',
  ].join('|'),
  'i',
)
/** A photo caption ends with its credit: "(Solopos.com/Tri Rahayu)", "(ANTARA/Boyke)", "(Foto: Humas)". */
const PHOTO_CAPTION = /\((?:[Ff]oto|FOTO|[Dd]ok|[Ii]st)\b[^()]*\)$|\([A-Za-z][\w .]*\/[A-Za-z][\w .]*\)$/
const WRAP_WIDTH = 90
const BULLET = /^\s*[•·▪]\s*/
const TRIGGER_WORD = /\b(inovasi|program|aplikasi)/i
const ABBREVIATION = /(?:^|[\s(])(?:[A-Z][a-z]{0,3}|[A-Z])$/

/** Cleans an article's text and finds its title and sentences. */
export function readArticle(raw: string): Article {
  const seen = new Set<string>()
  const lines: string[] = []
  let previousRaw = ''
  for (const rawLine of raw.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.replace(/\s+/g, ' ').trim()
    if (line === '' || NOISE_LINE.test(line) || PHOTO_CAPTION.test(line)) continue
    if (BULLET.test(line) && !TRIGGER_WORD.test(line)) continue
    if (line.length > 60 && seen.has(line)) continue
    seen.add(line)
    const previous = lines.at(-1)
    if (previous !== undefined && isWrapped(previousRaw, line))
      lines[lines.length - 1] = `${previous} ${line}`
    else lines.push(line)
    previousRaw = line
  }
  const text = lines.join('\n')
  return {
    title: lines.find((line) => line.split(' ').length >= 3) ?? '',
    text,
    sentenceEnds: sentenceEnds(text),
  }
}

/** A paragraph hard-wrapped at ~70 characters continues on the next line. */
function isWrapped(previous: string, line: string): boolean {
  if (previous.length > WRAP_WIDTH || /[.!?:”"]$/.test(previous)) return false
  return /^\p{Ll}/u.test(line) || (previous.length >= 50 && /^[\p{L}\p{N}(“"]/u.test(line))
}

function sentenceEnds(text: string): number[] {
  const ends: number[] = []
  const boundary = /[.!?](?=[”"’)]?\s+[“"‘(]?[A-Z0-9])|\n/g
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    if (match[0] !== '\n' && ABBREVIATION.test(text.slice(Math.max(0, match.index - 5), match.index)))
      continue
    ends.push(match.index + 1)
  }
  ends.push(text.length)
  return ends
}

/** Start offset of the sentence holding `offset`. */
export function sentenceStart(article: Article, offset: number): number {
  let start = 0
  for (const end of article.sentenceEnds) {
    if (end > offset) break
    start = end
  }
  return start
}

/** End offset of the sentence holding `offset`. */
export function sentenceEnd(article: Article, offset: number): number {
  return article.sentenceEnds.find((end) => end > offset) ?? article.text.length
}
