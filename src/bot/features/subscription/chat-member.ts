import { Composer } from 'grammy'
import type { ChatMember } from 'grammy/types'
import {
  deactivateChats,
  findSubscription,
  reactivateAfterFailure,
} from '../../../db/repositories/subscriptions.ts'
import type { ChatGoneReason } from '../../../domain/delivery/policy.ts'
import type { Context } from '../../context.ts'

/** What the bot's new standing in a chat means for its subscription. */
type Standing = { kind: 'gone'; reason: ChatGoneReason } | { kind: 'reachable' }

/**
 * Blocked (private), removed (group, channel), or in a channel no longer an admin that may post: the
 * chat cannot receive pushes. Anything else (unblocked, added back, promoted) can.
 */
function standingOf(chatType: string, member: ChatMember): Standing {
  if (member.status === 'kicked' || member.status === 'left') {
    return { kind: 'gone', reason: chatType === 'private' ? 'blocked' : 'kicked' }
  }
  if (chatType === 'channel' && !(member.status === 'administrator' && member.can_post_messages)) {
    return { kind: 'gone', reason: 'not-admin' }
  }
  return { kind: 'reachable' }
}

const composer = new Composer<Context>()

/**
 * Telegram tells the bot when its standing in a chat changes: the subscription follows before any send
 * fails. Ending records why (so coming back revives only what Telegram ended, never a /berhenti); the
 * person who manages a channel from their private chat is told either way.
 */
composer.on('my_chat_member', async (ctx) => {
  const db = ctx.deps.database.db
  const { chat, new_chat_member: member } = ctx.myChatMember
  const standing = standingOf(chat.type, member)
  const changed =
    standing.kind === 'gone'
      ? (await deactivateChats(db, [{ chatId: chat.id, reason: standing.reason }])).length > 0
      : await reactivateAfterFailure(db, chat.id)
  ctx.logger.info({ chatId: chat.id, status: member.status, changed }, 'bot membership changed')
  if (!changed || chat.type !== 'channel') return
  const managedBy = (await findSubscription(db, chat.id))?.managedBy
  if (!managedBy) return
  const title = chat.title
  await ctx.api.sendMessage(
    managedBy,
    standing.kind === 'gone'
      ? ctx.t('subscribe-channel-lost', { title })
      : ctx.t('subscribe-channel-back', { title }),
  )
})

export { composer as chatMemberFeature }
