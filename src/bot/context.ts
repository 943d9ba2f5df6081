import type { ConversationFlavor } from '@grammyjs/conversations'
import type { I18nFlavor } from '@grammyjs/i18n'
import type { Context as BaseContext } from 'grammy'
import type { Config } from '../config.ts'
import type { DatabaseHandle } from '../db/database.ts'
import type { RegionCatalogue } from '../domain/regions/catalogue.ts'
import type { SearchIndex } from '../domain/search/types.ts'
import type { Logger } from '../logger.ts'
import type { FloodLimit } from './middlewares/flood-control.ts'

/** What the bot needs from the outside world, passed in explicitly so tests can build it. */
export interface BotDeps {
  config: Config
  logger: Logger
  database: DatabaseHandle
  regions: RegionCatalogue
  /** The in-memory search index over published innovations, kept fresh by the search sync. */
  search: SearchIndex
  /** Messages one person may send per window (default: DEFAULT_FLOOD_LIMIT). */
  floodLimit?: FloodLimit
  /** The time now; tests pass a fake one (draft expiry, year ranges). Defaults to the system clock. */
  clock?: () => Date
}

interface DepsFlavor {
  deps: BotDeps
  /** The logger of this update (carries update_id). */
  logger: Logger
}

/** The context inside a conversation (@grammyjs/conversations v2): no `ctx.conversation` there. */
export type ConversationContext = BaseContext & I18nFlavor & DepsFlavor

/** The context of every handler outside conversations. */
export type Context = ConversationFlavor<ConversationContext>

/** The current time from the injected clock, or the system clock. */
export const nowOf = (deps: BotDeps): Date => (deps.clock ? deps.clock() : new Date())
