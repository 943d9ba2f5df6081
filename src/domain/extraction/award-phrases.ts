import type { Span } from './phrases.ts'

/**
 * The award phrases of an article: "Top 45 Inovasi Pelayanan Publik Tahun 2020" (a list an innovation
 * entered), "Juara II" (a rank in a competition) and the competition's own name ("Lomba Kreativitas
 * Inovasi Masyarakat (Krenova) ... Kabupaten Purworejo Tahun 2023", "HSS Innovation Award 2024").
 */
export interface AwardPhrases {
  tops: Span[]
  ranks: Span[]
  competitions: Span[]
}

const FOLLOWING_LOWERCASE = new Set([
  'inovasi',
  'pelayanan',
  'layanan',
  'publik',
  'public',
  'tahun',
  'tingkat',
  'provinsi',
  'kabupaten',
  'kota',
  'daerah',
  'perangkat',
  'terbaik',
  'kategori',
  'umum',
  'khusus',
  'replikasi',
  'dan',
  'nasional',
  'pada',
  'kompetisi',
  'jaringan',
  'dalam',
  'se',
  'kelompok',
  'lomba',
  'bidang',
  'kesehatan',
  'kreativitas',
  'masyarakat',
  'antar',
  'instansi',
  'pemerintah',
  'terpuji',
  'inovatif',
  'terinovatif',
])
const TOP_NUMBER = /\b[Tt][Oo][Pp][ \t]+\d{1,3}\b|\b\d{1,3}[ \t]+besar\b/gu
const RANK =
  /\b(?:juara|terbaik|peringkat|ranking|rangking)[ \t]+(?:harapan[ \t]+)?(?:iii|ii|iv|vi|v|i|[1-9]|pertama|kedua|ketiga|keempat|kelima|keenam|satu|dua|tiga)\b/giu
const COMPETITION =
  /\b(?:[Ll]omba|[Kk]ompetisi|[Aa]jang|[Aa]nugerah|[Gg]ebyar|[Jj]ambore|[Pp]enganugerahan|LOMBA|KOMPETISI)\b|\b[Pp]enghargaan(?=[ \t]+\p{Lu})/gu
const NAMED_AWARD =
  /(?:[\p{Lu}][\p{L}]*[ \t]+){1,3}(?:Innovation|Innovative Government|Innovatioan|Inovation|Healthcare)[ \t]+Awards?(?:[ \t]+[IVX]+\b)?(?:[ \t]*\([\p{L}]+\))?(?:[ \t]+(?:Tahun[ \t]+)?\d{4})?/gu

/** Every award phrase in `text`, in order. */
export function findAwardPhrases(text: string): AwardPhrases {
  const spans = (pattern: RegExp, extend: boolean) =>
    [...text.matchAll(pattern)].map((match) => {
      const start = match.index
      const end = extend ? extendPhrase(text, start + match[0].length) : start + match[0].length
      const phrase = text
        .slice(start, end)
        .replace(/(?:[ \t,]+(?:dan|pada|dalam|se|tingkat|di))*[ \t,]*$/i, '')
      return { text: phrase, start, end: start + phrase.length }
    })
  const competitions = [...spans(COMPETITION, true), ...spans(NAMED_AWARD, false)].filter(
    (span) => span.text.split(/\s+/).length >= 2,
  )
  return {
    tops: spans(TOP_NUMBER, true),
    ranks: spans(RANK, false),
    competitions: competitions.sort((a, b) => a.start - b.start),
  }
}

/** The words that continue an award phrase: capitalised words, years, "(KIPP)", and award vocabulary. */
function extendPhrase(text: string, pos: number): number {
  let end = pos
  for (let count = 0; count < 16; count++) {
    const match =
      /^[ \t]*(\([\p{L}\p{N} .-]{1,40}\)|[–-]|[\p{L}\p{N}][\p{L}\p{N}'’\-/.]*[\p{L}\p{N}]|[\p{L}\p{N}])/u.exec(
        text.slice(end, end + 60),
      )
    if (match === null) break
    const word = match[1] ?? ''
    const accepted =
      word.startsWith('(') || /^[\p{Lu}\p{N}]/u.test(word) || FOLLOWING_LOWERCASE.has(word.toLowerCase())
    if (!accepted) break
    end += match[0].length
  }
  return end
}
