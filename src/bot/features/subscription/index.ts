import { Composer } from 'grammy'
import type { Context } from '../../context.ts'
import { buttonsFeature } from './buttons.ts'
import { channelFeature } from './channel.ts'
import { chatMemberFeature } from './chat-member.ts'
import { commandsFeature } from './commands.ts'

export { stopSubscription } from './commands.ts'
export { showSubscription, subscriptionSummary } from './view.ts'

/**
 * Subscriptions: /langganan and /berhenti with their buttons, channels linked from the private chat, and
 * Telegram's word on the bot's membership (my_chat_member).
 */
const composer = new Composer<Context>()
composer.use(chatMemberFeature, channelFeature, commandsFeature, buttonsFeature)

export { composer as subscriptionFeature }
