import { Bot, type BotConfig } from 'grammy'
import { createI18n } from '../i18n.ts'
import { retryingFetch } from './api-retry.ts'
import type { BotDeps, Context, ConversationContext } from './context.ts'
import { conversationState } from './conversations/state.ts'
import { errorHandler } from './errors.ts'
import { announcementFeature } from './features/announcement/index.ts'
import { createCatalogueFileFeature } from './features/catalogue-file.ts'
import { chatFeature } from './features/chat.ts'
import { correctionFeature } from './features/correction.ts'
import { inlineFeature } from './features/inline.ts'
import { moderationFeature } from './features/moderation.ts'
import { createNewsFeature } from './features/news/index.ts'
import { pushFeature } from './features/push.ts'
import { searchFeature } from './features/search.ts'
import { submissionFeature } from './features/submission.ts'
import { subscriptionFeature } from './features/subscription/index.ts'
import { subscriptionScheduleFeature } from './features/subscription/schedule.ts'
import { unhandledFeature } from './features/unhandled.ts'
import { welcomeFeature } from './features/welcome.ts'
import { floodControl } from './middlewares/flood-control.ts'
import { provideDeps } from './middlewares/provide-deps.ts'
import { type ChosenLocales, trackUser } from './middlewares/track-user.ts'
import { telegramFiles } from './telegram-file.ts'

/** Placeholder token for the local chat, which never talks to Telegram. */
export const LOCAL_TOKEN = '0:local-chat-without-telegram'

/** Builds the bot from its dependencies; it never starts itself (main.ts or a test does). */
export function createBot(deps: BotDeps, botConfig?: BotConfig<Context>) {
  const token = deps.config.botToken ?? LOCAL_TOKEN
  const apiRoot = deps.config.botApiRoot
  // The retry is a client option so that conversations, which copy the client options, get it too.
  const fetch = retryingFetch(botConfig?.client?.fetch ?? globalThis.fetch)
  const bot = new Bot<Context>(token, {
    ...botConfig,
    client: { ...(apiRoot ? { apiRoot } : {}), ...botConfig?.client, fetch },
  })
  const fileRoot = botConfig?.client?.apiRoot ?? apiRoot ?? 'https://api.telegram.org'
  const files = telegramFiles(token, fileRoot, fetch)
  const chosenLocales: ChosenLocales = new Map()
  const i18n = createI18n<ConversationContext>((ctx) => ctx.from && chosenLocales.get(ctx.from.id))
  bot.use(provideDeps(deps), i18n)
  // handleUpdate (tests, local chat, webhooks) never calls bot.catch: the boundary makes every driver alike.
  const features = bot.errorBoundary(errorHandler)
  features.use(floodControl(deps.floodLimit), trackUser(chosenLocales))
  // Conversations first: an answer typed in /ajukan must not be read as a search.
  features.use(conversationState(deps, i18n), submissionFeature, correctionFeature, moderationFeature)
  // Before search: an admin's answer in /berita or /umumkan is not a query; /start first revives a
  // subscription.
  features.use(
    subscriptionFeature,
    subscriptionScheduleFeature,
    pushFeature,
    createNewsFeature(files),
    announcementFeature,
  )
  // An admin's list (.csv, .jsonl, .xlsx) and /ekspor.
  features.use(createCatalogueFileFeature(files))
  // Before search: "terima kasih" is not a query.
  features.use(chatFeature(chosenLocales), searchFeature, inlineFeature)
  features.use(welcomeFeature)
  features.use(unhandledFeature)
  bot.catch(errorHandler)
  return bot
}
