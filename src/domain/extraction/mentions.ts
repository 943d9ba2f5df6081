import { type Article, sentenceEnd, sentenceStart } from './article.ts'
import { lower, readAgency, readName, type Span, startsAgency, wordAt } from './phrases.ts'
import { OWNER_MARKERS, SENTENCE_STARTERS, TRIGGER_SKIP_WORDS } from './vocabulary.ts'

/** How the article introduced a name: it decides how sure the extractor is of it. */
export type NameSource = 'quoted' | 'trigger' | 'list' | 'lowercase' | 'before-verb'

/**
 * One place where the article names an innovation, with the text around it that the extractor reads for
 * its other fields. Spans are raw article text; nothing is resolved yet.
 */
export interface Mention {
  name: Span
  source: NameSource
  /** "(Ojek Ibu Hamil)", "(Dinas Pendidikan)", "(Gowa)": classified later. */
  bracket: Span | undefined
  /** "Sipena atau sistem informasi pemetaan bencana". */
  alternative: Span | undefined
  /** The agency written after the name ("dari BPBD", "yang diinisiasi oleh Puskesmas Bendo"). */
  ownerAgency: { agency: Span; region: Span | undefined } | undefined
  /** A place written after the name instead of an agency ("dari Banyuwangi", "dan Kota Mojokerto"). */
  ownerPlace: Span | undefined
  /** Where the clause introducing the name starts (for the agency, region and award written before it). */
  contextStart: number
  /** Where the trigger ("inovasi", "yaitu") starts: text before it belongs to the introducing clause. */
  triggerStart: number
  end: number
  /** The mention that opened the list this one continues, if any. */
  head: Mention | undefined
}

const TRIGGER = /\b(?:inovasi(?:nya)?|program|aplikasi)\b/giu
/** "yang diberi nama Mie Keriting", "atau disebut dengan Si Demen Tomat Terasi": a name announced as such. */
const NAMING =
  /\b(?:diberi[ \t]+nama|dinamai|dinamakan|disebut(?:[ \t]+dengan)?|dikenal[ \t]+dengan)[ \t]+/giu
const LIST_TRIGGER =
  /\b(?:yaitu|yakni|antara lain|di antaranya|diantaranya|masing-masing|adalah)\b[ \t]*[:,]?/giu
const BEFORE_VERB = /[ \t]+(?:adalah|merupakan)[ \t]+(?:sebuah[ \t]+|salah satu[ \t]+)?inovasi\b/giu
const OWNER_LEAD =
  /^[ \t]*,?[ \t]*(?:yang[ \t]+)?(?:(?:di)?(?:inisiasi|gagas|kembangkan|prakarsai|kelola)[ \t]+oleh|dari|milik|oleh|binaan|di[ \t]*bawah[ \t]+kendali)[ \t]+/iu
const SEPARATOR =
  /^(?:[ \t]*,[ \t]*(?:dan|serta)[ \t]+|[ \t]*,[ \t]*|[ \t]+(?:dan|serta)[ \t]+|[ \t]*\.[ \t]+)/u

/** Every mention of an innovation in the article, in order, possibly repeated. */
export function findMentions(article: Article): Mention[] {
  const { text } = article
  const mentions: Mention[] = []
  const starts = new Set<number>()
  const add = (found: Mention[]) => {
    for (const mention of found) {
      if (starts.has(mention.name.start)) continue
      starts.add(mention.name.start)
      mentions.push(mention)
    }
  }
  const insideKnown = (index: number) =>
    mentions.some((mention) => index >= mention.name.start && index < mention.end)
  for (const match of text.matchAll(LIST_TRIGGER)) add(afterListWord(article, match.index, match[0].length))
  for (const match of text.matchAll(TRIGGER)) {
    if (!insideKnown(match.index) && !namesCategory(text, match.index))
      add(afterTrigger(article, match.index, match[0].length))
  }
  for (const match of text.matchAll(BEFORE_VERB)) add(beforeVerb(article, match.index))
  for (const match of text.matchAll(NAMING)) {
    if (
      !insideKnown(match.index) &&
      /inovasi/i.test(text.slice(sentenceStart(article, match.index), match.index))
    )
      add(chain(article, match.index, match.index + match[0].length, 'trigger'))
  }
  return mentions.sort((a, b) => a.name.start - b.name.start)
}

/** "kategori bidang Inovasi Gerakan Masyarakat Hidup Sehat (Germas)": a category, not an innovation. */
function namesCategory(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 160), index)
  const category = /\bkategori\b([^.]*)$/i.exec(before)
  const between = category?.[1] ?? ''
  return (
    category !== null &&
    between.split(/\s+/).filter(Boolean).length <= 20 &&
    !/\b(?:diraih|oleh|dengan|meraih|juara|terbaik|pemenang|dari|atas|berkat|karena|melalui|lewat)\b/i.test(
      between,
    )
  )
}

/** "melalui aplikasi Zoom", "via aplikasi WhatsApp": a tool the article mentions, not an innovation. */
function namesTool(text: string, index: number): boolean {
  return /\b(?:melalui|via|menggunakan|lewat|memakai)[ \t]+$/i.test(
    text.slice(Math.max(0, index - 15), index),
  )
}

function afterTrigger(article: Article, index: number, length: number): Mention[] {
  const { text } = article
  let pos = index + length
  let skipped = 0
  for (;;) {
    const comma = /^[ \t]*[,:]/.exec(text.slice(pos))
    if (comma) pos += comma[0].length
    const word = wordAt(text, pos)
    if (word === undefined || skipped >= 5 || !TRIGGER_SKIP_WORDS.has(word.text)) break
    pos = word.end
    skipped++
  }
  const lowercaseAllowed =
    skipped === 0 &&
    /^inovasi$/i.test(text.slice(index, index + length)) &&
    /dengan[ \t]+$/i.test(text.slice(index - 8, index))
  const weak = !/^inovasi/i.test(text.slice(index, index + length))
  if (weak && namesTool(text, index)) return []
  const found = chain(article, index, pos, lowercaseAllowed ? 'lowercase' : 'trigger')
  const described = (mention: Mention) =>
    mention.source === 'quoted' ||
    mention.bracket !== undefined ||
    mention.alternative !== undefined ||
    mention.ownerAgency !== undefined
  return weak ? found.filter(described) : found
}

function afterListWord(article: Article, index: number, length: number): Mention[] {
  const before = article.text.slice(sentenceStart(article, index), index)
  const lastTrigger = before.search(/inovasi(?![\s\S]*inovasi)/i)
  if (lastTrigger < 0 || /[“”"()]/.test(before.slice(lastTrigger)) || namesCategory(article.text, index))
    return []
  let pos = index + length
  const again = /^[ \t]*(?:adalah|yaitu|yakni)[ \t]*[:,]?/i.exec(article.text.slice(pos))
  if (again) pos += again[0].length
  return chain(article, index, pos, 'list')
}

function beforeVerb(article: Article, index: number): Mention[] {
  const { text } = article
  const start = Math.max(sentenceStart(article, index), text.lastIndexOf('\n', index) + 1)
  const words = [...text.slice(start, index).matchAll(/[^\s]+/g)]
  let first = words.length
  while (first > 0 && /^[\p{Lu}\p{N}][\p{L}\p{N}'’\-/&.]*$/u.test(words[first - 1]?.[0] ?? '')) first--
  while (first < words.length && SENTENCE_STARTERS.has(lower(words[first]?.[0] ?? ''))) first++
  const firstWord = words[first]
  if (firstWord === undefined) return []
  const nameStart = start + firstWord.index
  const name = { text: text.slice(nameStart, index).trim(), start: nameStart, end: index }
  const mention = emptyMention(name, 'before-verb', nameStart, index)
  const verbEnd = index + (/^[\s\S]*?inovasi/i.exec(text.slice(index))?.[0].length ?? 0)
  mention.ownerAgency = agencyLaterInSentence(article, verbEnd)
  const place = /^[^.]*?\bdari[ \t]+((?:\p{Lu}[\p{L}]*[ \t]*){1,3})/u.exec(
    text.slice(verbEnd, sentenceEnd(article, index)),
  )
  if (mention.ownerAgency === undefined && place) {
    const placeStart = verbEnd + place[0].length - (place[1]?.length ?? 0)
    mention.ownerPlace = { text: (place[1] ?? '').trim(), start: placeStart, end: verbEnd + place[0].length }
  }
  return [{ ...mention, end: sentenceEnd(article, index) }]
}

function emptyMention(name: Span, source: NameSource, contextStart: number, triggerStart: number): Mention {
  const base = { name, source, bracket: undefined, alternative: undefined, ownerAgency: undefined }
  return { ...base, ownerPlace: undefined, contextStart, triggerStart, end: name.end, head: undefined }
}

/** The item at `pos` and the items listed after it ("A (x), B (y) dan C (z)"). */
function chain(article: Article, triggerStart: number, pos: number, source: NameSource): Mention[] {
  const contextStart = sentenceStart(article, triggerStart)
  const first = readItem(article, pastTriggerWord(article.text, pos), source, contextStart, triggerStart)
  if (first === undefined) return []
  const items = [first]
  const isList = source === 'list'
  for (let last = first; ; ) {
    const separator = SEPARATOR.exec(article.text.slice(last.end))
    if (separator === null) break
    const afterStop = separator[0].includes('.')
    const next = readItem(
      article,
      pastTriggerWord(article.text, last.end + separator[0].length),
      'list',
      contextStart,
      triggerStart,
    )
    if (next === undefined) break
    const nextWord = wordAt(article.text, next.name.start)
    if (
      nextWord !== undefined &&
      startsAgency(article.text, nextWord) &&
      next.name.start === last.end + separator[0].length
    )
      break
    if (isPlaceOnly(article.text, next)) {
      const closesClause = /^[ \t]*(?:[,.;”"]|dan\b|serta\b|$)/.test(
        article.text.slice(next.end, next.end + 8),
      )
      if (afterStop || last.ownerPlace !== undefined || !closesClause) break
      last.ownerPlace = next.name
      last.end = next.end
      continue
    }
    const described =
      next.bracket !== undefined || next.alternative !== undefined || next.ownerAgency !== undefined
    if (
      afterStop
        ? next.ownerAgency === undefined && next.alternative === undefined
        : !isList && !described && next.source !== 'quoted'
    )
      break
    next.head = first
    items.push(next)
    last = next
  }
  shareOwners(article.text, items)
  return items
}

/** "A, B, dan C yang digagas oleh X, Y dan Z": one owner each, in order. */
function shareOwners(text: string, items: Mention[]): void {
  const last = items.at(-1)
  if (items.length < 2 || last?.ownerAgency === undefined) return
  const owners = [last.ownerAgency]
  for (
    let pos = last.ownerAgency.region?.end ?? last.ownerAgency.agency.end;
    owners.length < items.length;
  ) {
    const separator = /^(?:[ \t]*,[ \t]*(?:dan[ \t]+)?|[ \t]+dan[ \t]+)/.exec(text.slice(pos))
    const next = separator ? readAgency(text, pos + separator[0].length) : undefined
    if (next === undefined) break
    owners.push(next)
    pos = next.region?.end ?? next.agency.end
  }
  if (owners.length !== items.length) return
  items.forEach((item, i) => {
    item.ownerAgency = owners[i]
  })
}

/** "yakni Inovasi Gerakan Peduli Kesehatan Jiwa (GERLITA)": the item starts after the word "Inovasi". */
function pastTriggerWord(text: string, pos: number): number {
  const word = wordAt(text, pos)
  return word && /^(inovasi|program|aplikasi)$/i.test(word.text) ? word.end : pos
}

function isPlaceOnly(text: string, mention: Mention): boolean {
  const first = wordAt(text, mention.name.start)
  return first !== undefined && /^(kota|kabupaten|kab|provinsi|pemkab|pemkot)$/i.test(lower(first.text))
}

/**
 * "Puskesmas Lasepang dengan Posyandu Sore", "dari Puskesmas Baruga dengan Saskia PD": an item led by its
 * agency, as lists of winners are often written.
 */
function readAgencyLedItem(
  article: Article,
  pos: number,
  contextStart: number,
  triggerStart: number,
): Mention | undefined {
  const { text } = article
  const from = /^[ \t]*(?:dari[ \t]+)?/.exec(text.slice(pos))?.[0].length ?? 0
  const agency = readAgency(text, pos + from)
  if (agency === undefined) return undefined
  const agencyEnd = agency.region?.end ?? agency.agency.end
  const link = /^,?[ \t]+dengan[ \t]+(?:(?:nama[ \t]+|judul[ \t]+)?inovasi(?:nya)?[ \t]*:?[ \t]+)?/i.exec(
    text.slice(agencyEnd),
  )
  if (link === null) return undefined
  const item = readItem(article, agencyEnd + link[0].length, 'list', contextStart, triggerStart)
  if (item === undefined || item.ownerAgency !== undefined || item.bracket?.text.match(/^(dinas|puskesmas)/i))
    return item
  item.ownerAgency = agency
  return item
}

function readItem(
  article: Article,
  pos: number,
  source: NameSource,
  contextStart: number,
  triggerStart: number,
): Mention | undefined {
  const { text } = article
  const leading = wordAt(text, pos + (/^[ \t]*dari[ \t]+/.exec(text.slice(pos))?.[0].length ?? 0))
  if (leading !== undefined && startsAgency(text, leading))
    return readAgencyLedItem(article, pos, contextStart, triggerStart)
  const name = readName(text, pos, source === 'lowercase')
  if (name === undefined || name.text.length < 2) return undefined
  const mention = emptyMention(name, name.quoted ? 'quoted' : source, contextStart, triggerStart)
  let end = name.end
  const alternative = /^[ \t]+atau[ \t]+([^(,.;\n]+?)(?=[ \t]+(?:dari|milik)[ \t]|[ \t]*[(,.;\n]|$)/iu.exec(
    text.slice(end, end + 200),
  )
  if (alternative) {
    const altStart = end + alternative[0].indexOf(alternative[1] ?? '')
    mention.alternative = {
      text: (alternative[1] ?? '').trim(),
      start: altStart,
      end: end + alternative[0].length,
    }
    end += alternative[0].length
  }
  const bracket = /^[ \t]*[–-]?[ \t]*\(([^()\n]{1,200})\)/u.exec(text.slice(end, end + 220))
  if (bracket) {
    const inner = bracket[1] ?? ''
    mention.bracket = {
      text: inner.trim(),
      start: end + bracket[0].indexOf(inner),
      end: end + bracket[0].length - 1,
    }
    end += bracket[0].length
  }
  const owner = OWNER_LEAD.exec(text.slice(end, end + 80))
  if (owner) {
    const at = end + owner[0].length
    const agency = readAgency(text, at)
    if (agency !== undefined) {
      mention.ownerAgency = agency
      end = agency.region?.end ?? agency.agency.end
    } else {
      const place = readName(text, at, false)
      if (place !== undefined && !place.quoted) {
        mention.ownerPlace = place
        end = place.end
      }
    }
  } else if (!/^[ \t]*(?:,|dan\b)[ \t]*(?:dan[ \t]+)?[“"\p{Lu}]/u.test(text.slice(end, end + 12))) {
    mention.ownerAgency = agencyLaterInSentence(article, end)
  }
  mention.end = end
  return mention
}

/** "“Oce Oke” (...), yaitu Siasat Keren ... dari Puskesmas Pejawaran": an owner later in the same sentence. */
function agencyLaterInSentence(article: Article, from: number) {
  const { text } = article
  const stop = Math.min(sentenceEnd(article, from), from + 200)
  for (let word = wordAt(text, skipToWord(text, from)); word !== undefined && word.start < stop; ) {
    const previous =
      text
        .slice(Math.max(0, word.start - 12), word.start)
        .trim()
        .split(/\s+/)
        .pop() ?? ''
    if (startsAgency(text, word) && OWNER_MARKERS.has(lower(previous))) return readAgency(text, word.start)
    if (/inovasi/i.test(word.text)) return undefined
    word = wordAt(text, skipToWord(text, word.end))
  }
  return undefined
}

function skipToWord(text: string, pos: number): number {
  const match = /[\p{L}\p{N}]/u.exec(text.slice(pos, pos + 40))
  return match === null ? text.length : pos + match.index
}
