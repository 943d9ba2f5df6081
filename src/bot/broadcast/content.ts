import type { FormattedString } from '@grammyjs/parse-mode'
import type { InlineKeyboard } from 'grammy'
import type { Database } from '../../db/database.ts'
import {
  type AnnouncedInnovation,
  findAnnouncement,
  listAnnouncedInnovations,
} from '../../db/repositories/announcements.ts'
import { followedIn, innovationsFor, reachOf } from '../../domain/delivery/matching.ts'
import type { AwardReach, SubscriptionFilters } from '../../domain/delivery/policy.ts'
import type { AwardStage } from '../../domain/innovations/awards.ts'
import { findTheme } from '../../domain/innovations/themes.ts'
import { createI18n, type Translate, translatorFor } from '../../i18n.ts'
import { pushKeyboard } from '../keyboards/push.ts'
import { announcementMessage } from './messages.ts'

/** One chat's push: its text and its buttons. */
export interface PushMessage {
  text: FormattedString
  keyboard: InlineKeyboard
}

/** What the sender needs of one announcement at one revision: whom it concerns, and each chat's message. */
export interface AnnouncementContent {
  title: string
  stage: AwardStage
  revision: number
  reach: AwardReach
  /**
   * The message for a chat with these filters: only the innovations it follows, and why it came. A chat
   * that follows none of them any more (an edit after a correction), or has no subscription, sees them all.
   */
  message(locale: string, filters: SubscriptionFilters | undefined): PushMessage
}

/** Announcement contents by id and revision, and translators by locale, each built once. */
export interface ContentCache {
  /** Loaded once per announcement and revision (at least `revision`); undefined when it no longer exists. */
  of(announcementId: number, revision: number): Promise<AnnouncementContent | undefined>
  translator(locale: string): Translate
}

/** "en" for English-speaking chats, Indonesian for everyone else. */
export const localeOf = (language: string | null | undefined) => (language?.startsWith('en') ? 'en' : 'id')

/** What a chat follows among these innovations, in words: "Sulawesi Selatan · Kesehatan". */
function becauseOf(t: Translate, filters: SubscriptionFilters, listed: readonly AnnouncedInnovation[]) {
  if (filters.everything) return t('announce-because-everything')
  const followed = followedIn(filters, listed)
  const names = [
    ...followed.provinceCodes.map(
      (code) => listed.find((item) => item.provinceCode === code)?.provinceName ?? code,
    ),
    ...followed.regencyCodes.map(
      (code) => listed.find((item) => item.regencyCode === code)?.regencyName ?? code,
    ),
    ...followed.themes.map((slug) => findTheme(slug)?.label ?? slug),
  ]
  return names.join(' · ')
}

/**
 * Announcements as the sender sends them: read once per revision (the announcement before its
 * innovations, so content read across an update is tagged with the older revision and edited again),
 * each distinct message rendered once (by locale, innovations listed and why).
 */
export function createContentCache(db: Database): ContentCache {
  const i18n = createI18n()
  const translators = new Map<string, Translate>()
  const contents = new Map<string, Promise<AnnouncementContent | undefined>>()

  const translator = (locale: string) => {
    let t = translators.get(locale)
    if (!t) {
      t = translatorFor(i18n, locale)
      translators.set(locale, t)
    }
    return t
  }

  const load = async (announcementId: number): Promise<AnnouncementContent | undefined> => {
    const announcement = await findAnnouncement(db, announcementId)
    if (!announcement) return undefined
    const named = await listAnnouncedInnovations(db, announcementId)
    const { title, level, year, stage, revision } = announcement
    const messages = new Map<string, PushMessage>()
    return {
      title,
      stage,
      revision,
      reach: reachOf(named, level),
      message(locale, filters) {
        const t = translator(locale)
        const wanted = filters ? innovationsFor(filters, named, level) : []
        const listed = wanted.length > 0 ? wanted : named
        const because = filters && wanted.length > 0 ? becauseOf(t, filters, wanted) : undefined
        const key = `${locale}|${because ?? ''}|${listed.map((item) => item.id).join(',')}`
        let message = messages.get(key)
        if (!message) {
          const view = { title, level, year, stage, revision, innovations: listed, because }
          message = {
            text: announcementMessage(t, view),
            keyboard: pushKeyboard(t, stage === 'withdrawn' ? [] : listed),
          }
          messages.set(key, message)
        }
        return message
      },
    }
  }

  return {
    of(announcementId, revision) {
      const key = `${announcementId}:${revision}`
      let content = contents.get(key)
      if (!content) {
        content = load(announcementId)
        contents.set(key, content)
        for (const older of contents.keys()) {
          if (older.startsWith(`${announcementId}:`) && older !== key) contents.delete(older)
        }
        content.catch(() => contents.delete(key))
      }
      return content
    },
    translator,
  }
}
