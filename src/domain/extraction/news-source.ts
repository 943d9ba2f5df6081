import { readArticle, sentenceEnd, sentenceStart } from './article.ts'

/** Where an article pasted into the chat came from, as far as its text says. */
export interface NewsSource {
  /** The article's text without an address pasted alone on its first line. */
  text: string
  title: string | null
  /** The dateline as written ("9/11/2021", "09 Februari 2021"). */
  dated: string | null
  url: string | null
}

const URL = /\bhttps?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]/i
const DATELINE =
  /\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b|\b\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+\d{4}\b/i
const SOURCE_LIMIT = 500
const HEADLINE_LIMIT = 150
/** A quotation is a short excerpt, never the article. */
const QUOTE_LIMIT = 400

/**
 * The address (pasted on the first line, or the first one in the text), the title and the dateline of
 * an article. Pure; never throws.
 */
export function readNewsSource(raw: string): NewsSource {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n')
  const firstIndex = lines.findIndex((line) => line.trim() !== '')
  const first = lines[firstIndex]?.trim() ?? ''
  const addressLine = URL.exec(first)?.[0] === first
  const text = addressLine ? lines.slice(firstIndex + 1).join('\n') : raw
  return {
    text,
    title: headlineOf(text),
    dated: DATELINE.exec(text)?.[0] ?? null,
    url: addressLine ? first : (URL.exec(raw)?.[0] ?? null),
  }
}

/** The first line is the headline when it reads like one: short, no address, not a sentence of the body. */
function headlineOf(text: string): string | null {
  const first = text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .find((line) => line !== '')
  if (!first || first.length > HEADLINE_LIMIT || /[.!?]$/.test(first) || URL.test(first)) return null
  return first
}

/** The source as a record keeps it: "Title (9/11/2021) — https://…", within the catalogue's limit. */
export function sourceLabel(source: Pick<NewsSource, 'title' | 'dated' | 'url'>): string | null {
  const named = [source.title, source.dated ? `(${source.dated})` : null].filter(Boolean).join(' ')
  const label = [named, source.url].filter(Boolean).join(' — ')
  if (label === '') return null
  if (label.length <= SOURCE_LIMIT) return label
  return source.url && source.url.length <= SOURCE_LIMIT ? source.url : label.slice(0, SOURCE_LIMIT)
}

/**
 * At most two sentences of the article about `name`: the first that names it, and the next when both
 * stay short. Null when the article never names it.
 */
export function quotationFor(text: string, name: string): string | null {
  const article = readArticle(text)
  const at = article.text.toLowerCase().indexOf(name.toLowerCase())
  if (at < 0 || name.trim() === '') return null
  const start = sentenceStart(article, at)
  const end = sentenceEnd(article, at)
  const first = article.text.slice(start, end).trim()
  if (first.length > QUOTE_LIMIT) return `${first.slice(0, QUOTE_LIMIT).replace(/\s+\S*$/, '')} …`
  const next = article.text.slice(end, sentenceEnd(article, end)).trim()
  const both = next ? `${first} ${next}` : first
  return both.length <= QUOTE_LIMIT && !next.includes('\n') ? both : first
}
