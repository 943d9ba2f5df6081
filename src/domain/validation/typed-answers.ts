import type { InnovationStage } from '../innovations/innovation.ts'
import { normalizeText, tokenize } from '../text/normalize.ts'

/** "-", "–", "—", "…", "." alone: a dash or dots for "nothing here". */
const PLACEHOLDER = /^[\s\-–—.…]+$/

/**
 * What people type instead of pressing "Lewati" at an optional question. Compared after normalisation,
 * so "Tidak ada." and "SKIP" count too.
 */
const SKIP_ANSWERS: ReadonlySet<string> = new Set([
  'lewati',
  'lewat',
  'skip',
  'tidak ada',
  'tdk ada',
  'gak ada',
  'ga ada',
  'nggak ada',
  'belum ada',
  'blm ada',
  'kosong',
  'tidak',
  'belum',
  'none',
  'n a',
  'na',
])

/** Whether a typed answer means "skip this question" ("lewati", "-", "tidak ada", "belum ada", "skip"). */
export function isSkipAnswer(raw: string): boolean {
  return PLACEHOLDER.test(raw) || SKIP_ANSWERS.has(normalizeText(raw))
}

/** Words that say "yes" or "no" to "is it digital?"; a tool that is digital ("wa", "aplikasi") says yes. */
const DIGITAL_YES = new Set([
  'ya',
  'y',
  'iya',
  'iyaa',
  'yes',
  'yup',
  'betul',
  'benar',
  'sudah',
  'pakai',
  'digital',
  'online',
  'daring',
  'aplikasi',
  'apk',
  'app',
  'web',
  'website',
  'situs',
  'wa',
  'whatsapp',
  'medsos',
  'instagram',
  'facebook',
  'sms',
  'qr',
])
const DIGITAL_NO = new Set([
  'tidak',
  'tdk',
  'gak',
  'ga',
  'nggak',
  'enggak',
  'no',
  'n',
  't',
  'bukan',
  'belum',
  'blm',
  'manual',
  'offline',
  'luring',
  'non',
  'nondigital',
  'kertas',
])

/** "iya pakai WA" → true, "belum, masih manual" → false; undefined when the words say both or neither. */
export function readDigital(raw: string): boolean | undefined {
  const words = tokenize(raw)
  const yes = words.some((word) => DIGITAL_YES.has(word))
  const no = words.some((word) => DIGITAL_NO.has(word))
  if (yes === no) return undefined
  return yes
}

/** Words naming a stage; a negation ("belum diterapkan") makes the answer unclear, not the opposite. */
const STAGE_WORDS: Readonly<Record<string, InnovationStage>> = {
  inisiatif: 'inisiatif',
  ide: 'inisiatif',
  gagasan: 'inisiatif',
  rencana: 'inisiatif',
  rancangan: 'inisiatif',
  uji: 'uji_coba',
  ujicoba: 'uji_coba',
  coba: 'uji_coba',
  percobaan: 'uji_coba',
  pilot: 'uji_coba',
  piloting: 'uji_coba',
  penerapan: 'penerapan',
  diterapkan: 'penerapan',
  terapkan: 'penerapan',
  menerapkan: 'penerapan',
  berjalan: 'penerapan',
  jalan: 'penerapan',
  dijalankan: 'penerapan',
  implementasi: 'penerapan',
  diimplementasikan: 'penerapan',
  operasional: 'penerapan',
}
const NEGATIONS = new Set(['belum', 'blm', 'tidak', 'tdk', 'bukan', 'gak', 'ga', 'nggak'])

/** "sudah diterapkan" → penerapan, "masih uji coba" → uji_coba; undefined when unclear or negated. */
export function readStage(raw: string): InnovationStage | undefined {
  const words = tokenize(raw)
  if (words.some((word) => NEGATIONS.has(word))) return undefined
  const stages = new Set(words.flatMap((word) => STAGE_WORDS[word] ?? []))
  return stages.size === 1 ? [...stages][0] : undefined
}

/** Host names people write without a scheme: "www.…", or a domain followed by a path ("fb.com/bpbdwajo"). */
const SCHEMELESS_LINK = /^(?:www\.[^\s/]+\.[a-z]{2,}|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:[/?#]\S*)?$/i

/** A link as typed, with "https://" added when it has no scheme ("www.selayarkab.go.id/…", "fb.com/x"). */
export function withScheme(text: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || !SCHEMELESS_LINK.test(text) ? text : `https://${text}`
}

/**
 * The first part of an over-long text that fits `max` characters, cut after the last full sentence or
 * word that fits, with "…" to show it was cut.
 */
export function firstPartOf(text: string, max: number): string {
  if (text.length <= max) return text
  const room = text.slice(0, max - 1)
  const sentence = Math.max(room.lastIndexOf('. '), room.lastIndexOf('.\n'))
  if (sentence >= max / 2) return room.slice(0, sentence + 1)
  const space = room.search(/\s\S*$/)
  const cut = space >= max / 2 ? room.slice(0, space) : room
  return `${cut.trimEnd()}…`
}

/** Steps whose answer has a shape (a year, a choice): a long sentence there is not an answer. */
const SHAPED_STEPS: ReadonlySet<string> = new Set(['year', 'stage', 'digital', 'theme'])

/**
 * Whether a refused answer looks like a message meant for something else, e.g. a search typed at the year
 * step ("inovasi kesehatan ibu di Sulsel"): three or more words with no digit, at a step that expects a
 * short, shaped answer. The region step counts too from four words on (a region is at most three).
 */
export function looksLikeAnotherRequest(step: string, raw: string): boolean {
  const words = tokenize(raw)
  if (words.some((word) => /\d/.test(word))) return false
  if (SHAPED_STEPS.has(step)) return words.length >= 3
  return step === 'region' && words.length >= 4
}
