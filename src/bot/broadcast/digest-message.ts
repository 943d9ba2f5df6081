import { FormattedString, fmt } from '@grammyjs/parse-mode'
import type { Translate } from '../../i18n.ts'

/** Telegram's limit on the text of one message. */
const MESSAGE_LIMIT = 4096
/** Room kept for a part's heading and footer. */
const RESERVED = 400
/** Card buttons one message carries at most (rows of eight). */
export const DIGEST_BUTTONS_PER_PART = 40

/** One innovation as a digest lists it. */
export interface DigestItem {
  id: number
  name: string
  provinceName: string
  regencyName: string | null
}

/** What a digest tells: its kind and day, and the announcements with the innovations that concern the chat. */
export interface DigestView {
  mode: 'daily' | 'weekly'
  /** The local day the period is named after (YYYY-MM-DD). */
  day: string
  locale: string
  announcements: readonly { title: string; stage?: string; innovations: readonly DigestItem[] }[]
}

/** One message of a digest, and the innovations its numbered buttons open, in order. */
export interface DigestPart {
  text: FormattedString
  innovationIds: number[]
}

const regionOf = (item: DigestItem) =>
  item.regencyName ? `${item.regencyName}, ${item.provinceName}` : item.provinceName

/** "7 Desember 2026" (or "7 December 2026"): the period's day, as the chat's language writes it. */
const longDate = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  )

/**
 * A digest as messages: a heading, then each announcement in bold and its innovations numbered (the
 * numbers run on across parts, as do the buttons that open their cards). A new part begins before
 * Telegram's 4,096-character limit or the button limit would be passed; every part says which it is.
 */
export function digestMessages(t: Translate, view: DigestView): DigestPart[] {
  const parts: Part[] = [{ lines: [], ids: [] }]
  const limit = MESSAGE_LIMIT - RESERVED
  let number = 0
  for (const announcement of view.announcements) {
    const provisional =
      announcement.stage === 'provisional'
        ? ` (${t('announce-message-stage', { stage: 'provisional' })})`
        : ''
    const title = fmt`\n🏆 ${FormattedString.bold(announcement.title)}${provisional}`
    let current = lastOf(parts)
    if (length(current) + title.text.length > limit) current = newPart(parts)
    current.lines.push(title)
    for (const item of announcement.innovations) {
      number++
      const line = fmt`\n${String(number)}. ${item.name} — ${regionOf(item)}`
      if (length(current) + line.text.length > limit || current.ids.length >= DIGEST_BUTTONS_PER_PART) {
        current = newPart(parts)
        current.lines.push(fmt`${title} ${t('digest-continued')}`)
      }
      current.lines.push(line)
      current.ids.push(item.id)
    }
  }
  const kind = view.mode === 'daily' ? t('digest-daily') : t('digest-weekly')
  const date = longDate(view.day, view.locale)
  return parts.map((part, index) => ({
    text: FormattedString.join([
      fmt`🗞 ${FormattedString.bold(kind)} · ${date}`,
      ...(parts.length > 1 ? [fmt` (${t('digest-part', { part: index + 1, parts: parts.length })})`] : []),
      fmt`\n`,
      ...part.lines,
      ...(index === parts.length - 1 ? [fmt`\n\n${t('digest-footer')}`] : []),
    ]),
    innovationIds: part.ids,
  }))
}

interface Part {
  lines: FormattedString[]
  ids: number[]
}

const length = (part: Part) => part.lines.reduce((sum, line) => sum + line.text.length, 0)

function lastOf(parts: Part[]): Part {
  const last = parts[parts.length - 1]
  if (!last) throw new Error('a digest has at least one part')
  return last
}

function newPart(parts: Part[]): Part {
  const part: Part = { lines: [], ids: [] }
  parts.push(part)
  return part
}
