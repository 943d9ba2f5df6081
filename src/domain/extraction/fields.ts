import { normalizeText } from '../text/normalize.ts'
import type { Mention } from './mentions.ts'
import { lower, readAgency, type Span, startsAgency } from './phrases.ts'
import { placesIn, wordsOf } from './places.ts'
import type { ExtractionContext } from './types.ts'
import { AGENCY_HEADS, DESCRIPTION_STARTERS, EVENT_WORDS, NON_NAME_STARTERS } from './vocabulary.ts'

/** The name, expansion and agency a mention gives, before regions are resolved. */
export interface NamedMention {
  mention: Mention
  name: string
  expansion: string | null
  expansionConfidence: number
  agency: string | null
  agencyConfidence: number
  agencySpan: Span | undefined
  /** Whether the agency was read before the trigger ("Puskesmas Nisam dengan inovasi ..."): it holds for a whole list. */
  agencyBeforeTrigger: boolean
  bracketKind: BracketKind | undefined
  regionSpan: Span | undefined
  /** Where the clause before the name starts: after the previous innovation, within the sentence. */
  lookbackStart: number
}

/** Words of descriptions and award titles, never of an innovation's name ("Pelayana Publik Tahun 2019"). */
const NEVER_IN_NAMES = new Set(['publik', 'public', 'tahun', 'inovasi'])

export type BracketKind = 'agency' | 'place' | 'expansion'

/**
 * Reads name, expansion and agency from a mention: "Cengkeraman Mata Elang (CME)" gives name CME and the
 * long form as expansion; "(Dinas Pendidikan)" is the agency; a bracket naming only a place is the region.
 * Undefined when the name is not an innovation's (a description, an award, an event, a place, an agency).
 */
export function nameMention(
  text: string,
  mention: Mention,
  lookbackStart: number,
  context: ExtractionContext,
): NamedMention | undefined {
  const bracketKind = mention.bracket ? classifyBracket(text, mention.bracket, context) : undefined
  let name = cleanName(mention.name.text)
  let expansion: string | null = mention.alternative?.text ?? null
  let expansionConfidence = expansion === null ? 0 : 0.8
  if (bracketKind === 'expansion' && mention.bracket) {
    const bracket = mention.bracket.text
    if (/\d{1,2}\/\d{1,2}/.test(bracket)) return undefined
    const swap = isShortForm(bracket) && bracket.length * 1.5 < name.length && name.includes(' ')
    if (swap && !plausibleLongForm(name)) return undefined
    ;[name, expansion] = swap ? [cleanName(bracket), name] : [name, expansion ?? bracket]
    expansionConfidence = 0.8
  }
  if (expansion === null) {
    const split = splitDescription(name)
    if (split) {
      ;[name, expansion] = split
      expansionConfidence = 0.5
    }
  }
  if (!plausibleName(text, name, mention, context)) return undefined
  const before = mention.head ? undefined : agencyBefore(text, lookbackStart, mention.triggerStart)
  const owner = mention.ownerAgency ?? before
  const agencySpan = bracketKind === 'agency' ? mention.bracket : owner?.agency
  return {
    lookbackStart,
    agencyBeforeTrigger: bracketKind !== 'agency' && !mention.ownerAgency && before !== undefined,
    bracketKind,
    mention,
    name,
    expansion,
    expansionConfidence,
    agency: agencySpan ? cleanAgency(agencySpan.text) : null,
    agencyConfidence: bracketKind === 'agency' ? 0.9 : mention.ownerAgency ? 0.85 : before ? 0.7 : 0,
    agencySpan,
    regionSpan: bracketKind === 'place' ? mention.bracket : (owner?.region ?? mention.ownerPlace),
  }
}

const MAX_WORDS_AFTER_AGENCY = 8

/** "Puskesmas Tanjung Raya Kecamatan Semende Darat Tengah dengan inovasi ...": the agency before the trigger. */
function agencyBefore(text: string, from: number, to: number) {
  const heads = wordsOf(text, from, to).filter((word) => startsAgency(text, word))
  const last = heads.at(-1)
  if (last === undefined) return undefined
  const read = readAgency(text, last.start)
  const end = read?.region?.end ?? read?.agency.end ?? to
  if (read === undefined || end > to) return undefined
  const between = text.slice(end, to)
  return /[.!?]\s/.test(between) || between.trim().split(/\s+/).length > MAX_WORDS_AFTER_AGENCY
    ? undefined
    : read
}

function classifyBracket(text: string, bracket: Span, context: ExtractionContext): BracketKind {
  const first = lower(bracket.text.split(/\s+/)[0] ?? '')
  if (AGENCY_HEADS.has(first) || /^pemerintah (kecamatan|desa|kelurahan)/i.test(bracket.text)) return 'agency'
  const places = placesIn(context.regions, text, bracket.start, bracket.end)
  const covered = places.reduce((sum, place) => sum + (place.end - place.start), 0)
  if (places.length > 0 && covered >= bracket.text.replace(/[^\p{L}\p{N}]/gu, '').length * 0.8) return 'place'
  return 'expansion'
}

/** "CME", "SPKJ SIBUK", "AP20", "Pagi Berseri": a short form, not a one-word place or person ("Sultan"). */
function isShortForm(bracket: string): boolean {
  const words = bracket.split(/\s+/)
  const capitals = bracket.replace(/[^\p{Lu}]/gu, '').length
  const letters = bracket.replace(/[^\p{L}]/gu, '').length
  return words.length <= 3 && (words.length >= 2 || capitals >= letters / 2 || /\d/.test(bracket))
}

function cleanName(name: string): string {
  return name.replace(/^[\s“”"‘’']+|[\s“”"‘’',.;:–-]+$/g, '').replace(/\s+/g, ' ')
}

function cleanAgency(agency: string): string {
  return agency.replace(/[\s,.;:–-]+$/g, '').replace(/\s+/g, ' ')
}

function splitDescription(name: string): [string, string] | undefined {
  const words = name.split(' ')
  if (words.length < 3) return undefined
  const at = words.findIndex((word, i) => i > 0 && DESCRIPTION_STARTERS.has(word.toLowerCase()))
  return at > 0 ? [words.slice(0, at).join(' '), words.slice(at).join(' ')] : undefined
}

/** The long form of a short name ("Cengkeraman Mata Elang" of CME), not "Inovasi Perangkat Daerah" of IPD. */
function plausibleLongForm(longForm: string): boolean {
  const words = normalizeText(longForm).split(' ')
  const first = words[0] ?? ''
  if (words.some((word) => EVENT_WORDS.has(word) || NEVER_IN_NAMES.has(word))) return false
  return !NON_NAME_STARTERS.has(first) || DESCRIPTION_STARTERS.has(first)
}

function plausibleName(text: string, name: string, mention: Mention, context: ExtractionContext): boolean {
  const words = normalizeText(name).split(' ').filter(Boolean)
  const first = words[0]
  if (first === undefined || name.length < 2 || words.length > 12) return false
  if (words.every((word) => NON_NAME_STARTERS.has(word) || /^\d+$/.test(word))) return false
  if (words.some((word) => EVENT_WORDS.has(word) || NEVER_IN_NAMES.has(word))) return false
  if (mention.source !== 'quoted' && (NON_NAME_STARTERS.has(first) || AGENCY_HEADS.has(first))) return false
  const places = placesIn(context.regions, text, mention.name.start, mention.name.end)
  const placeLength = places.reduce((sum, place) => sum + (place.end - place.start), 0)
  return placeLength < mention.name.text.replace(/[^\p{L}\p{N}]/gu, '').length * 0.8
}
