import type { FormattedString } from '@grammyjs/parse-mode'
import type { Database } from '../../db/database.ts'
import { findAnnouncement, listAnnouncedInnovations } from '../../db/repositories/announcements.ts'
import type { AwardReach } from '../../domain/delivery/policy.ts'
import { createI18n, type Translate, translatorFor } from '../../i18n.ts'
import { announcementMessage } from './messages.ts'

/** What the sender needs of one announcement: whom it concerns, and its text in each locale. */
export interface AnnouncementContent {
  title: string
  reach: AwardReach
  message(locale: string): FormattedString
}

/** Announcement contents by id, and translators by locale, each built once. */
export interface ContentCache {
  /** Loaded once per announcement; undefined when it no longer exists. */
  of(announcementId: number): Promise<AnnouncementContent | undefined>
  translator(locale: string): Translate
}

/** "en" for English-speaking chats, Indonesian for everyone else. */
export const localeOf = (language: string | null | undefined) => (language?.startsWith('en') ? 'en' : 'id')

/** Announcements as the sender sends them: read once, each message rendered once per locale. */
export function createContentCache(db: Database): ContentCache {
  const i18n = createI18n()
  const translators = new Map<string, Translate>()
  const contents = new Map<number, Promise<AnnouncementContent | undefined>>()

  const translator = (locale: string) => {
    let t = translators.get(locale)
    if (!t) {
      t = translatorFor(i18n, locale)
      translators.set(locale, t)
    }
    return t
  }

  const load = async (announcementId: number): Promise<AnnouncementContent | undefined> => {
    const [announcement, named] = await Promise.all([
      findAnnouncement(db, announcementId),
      listAnnouncedInnovations(db, announcementId),
    ])
    if (!announcement) return undefined
    const view = {
      title: announcement.title,
      level: announcement.level,
      year: announcement.year,
      innovations: named,
    }
    const messages = new Map<string, FormattedString>()
    return {
      title: announcement.title,
      reach: {
        provinceCodes: named.map((item) => item.provinceCode),
        regencyCodes: named.flatMap((item) => (item.regencyCode ? [item.regencyCode] : [])),
        themes: [...new Set(named.flatMap((item) => item.themes))],
        levels: announcement.level ? [announcement.level] : [],
      },
      message(locale) {
        let message = messages.get(locale)
        if (!message) {
          message = announcementMessage(translator(locale), view)
          messages.set(locale, message)
        }
        return message
      },
    }
  }

  return {
    of(announcementId) {
      let content = contents.get(announcementId)
      if (!content) {
        content = load(announcementId)
        contents.set(announcementId, content)
        content.catch(() => contents.delete(announcementId))
      }
      return content
    },
    translator,
  }
}
