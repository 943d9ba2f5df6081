import { findSubmission, updatePendingSubmission } from '../../db/repositories/submissions.ts'
import { completeSubmission, parseText, type SubmissionDraft } from '../../domain/validation/submission.ts'
import { type ConversationContext, nowOf } from '../context.ts'
import { problemText, type StepProblem } from '../format/submission.ts'
import { cancelKeyboard, fieldKeyboard } from '../keyboards/submission.ts'
import { decide, decisionText, refreshModerationMessages, showSubmission } from '../moderation.ts'
import { attempt, currentYear } from './submit.ts'
import { askField, nextInput, type SubmitConversation } from './submit-steps.ts'

/** The admin writes why a submission is rejected; the author receives it. */
export const REJECT = 'moderation-reject'
/** The admin corrects one field of a pending submission. */
export const EDIT = 'moderation-edit'

/** The injected clock, read once per step (replays get the same value). */
const nowMs = (conversation: SubmitConversation) =>
  conversation.external((outer) => nowOf(outer.deps).getTime())

async function tellFailure(ctx: ConversationContext) {
  await ctx.reply(problemText(ctx.t, { kind: 'save-failed' }))
}

/** Asks for the reason of a rejection (entered with the submission id), then rejects if still pending. */
export async function rejectConversation(
  conversation: SubmitConversation,
  ctx: ConversationContext,
  id: number,
) {
  const adminId = ctx.from?.id ?? 0
  const loaded = await attempt(conversation, (outer) => findSubmission(outer.deps.database.db, id))
  if (!loaded.ok) return tellFailure(ctx)
  const record = loaded.value
  if (!record) return ctx.reply(ctx.t('moderation-not-found', { id: String(id) }))
  if (record.status !== 'pending') return ctx.reply(decisionText(ctx.t, record))
  const minutes = ctx.deps.config.rejectionReasonTimeoutMinutes
  let problem: StepProblem | undefined
  for (;;) {
    const ask = ctx.t('moderation-ask-reason', { id: String(id), name: record.answers.name, minutes })
    const text = problem ? `⚠️ ${problemText(ctx.t, problem)}\n\n${ask}` : ask
    await ctx.reply(text, { reply_markup: cancelKeyboard(ctx.t, 'moderation') })
    const askedAt = await nowMs(conversation)
    const { input } = await nextInput(conversation, 'reason')
    if ((await nowMs(conversation)) - askedAt > minutes * 60_000) {
      // Lapsed: the message is not a reason any more; the rest of the bot handles it (e.g. as a search).
      await ctx.reply(ctx.t('moderation-reason-expired', { id: String(id), minutes }))
      await conversation.halt({ next: true })
    }
    const reason = input?.kind === 'text' ? parseText('reason', input.text) : undefined
    if (!reason?.ok) {
      problem = reason ? reason.problem : { kind: 'not-text' }
      continue
    }
    const decided = await attempt(conversation, (outer) =>
      decide(outer, id, adminId, { kind: 'reject', reason: reason.value }),
    )
    if (!decided.ok) return tellFailure(ctx)
    const outcome = decided.value
    if (outcome.kind === 'missing') return ctx.reply(ctx.t('moderation-not-found', { id: String(id) }))
    if (outcome.kind === 'already') return ctx.reply(decisionText(ctx.t, outcome.record))
    return ctx.reply(ctx.t('moderation-rejected', { id: String(id) }))
  }
}

/** Lets an admin correct fields of a pending submission with the same questions and checks as /ajukan. */
export async function editConversation(
  conversation: SubmitConversation,
  ctx: ConversationContext,
  id: number,
) {
  const maxYear = await currentYear(conversation)
  const loaded = await attempt(conversation, (outer) => findSubmission(outer.deps.database.db, id))
  if (!loaded.ok) return tellFailure(ctx)
  const record = loaded.value
  if (!record) return ctx.reply(ctx.t('moderation-not-found', { id: String(id) }))
  if (record.status !== 'pending') return ctx.reply(decisionText(ctx.t, record))
  let draft: SubmissionDraft = record.answers
  for (;;) {
    const keyboard = fieldKeyboard(ctx.t, { send: false, scope: 'moderation' })
    await ctx.reply(ctx.t('moderation-edit-which', { id: String(id), name: draft.name ?? '' }), {
      reply_markup: keyboard,
    })
    const { preview } = await nextInput(conversation, 'preview')
    if (preview?.action !== 'edit' || preview.field === 'all') continue
    const options = { field: preview.field, draft, canGoBack: true, maxYear, scope: 'moderation' as const }
    const outcome = await askField(conversation, ctx, options)
    const answers = outcome.kind === 'answer' ? completeSubmission(outcome.draft) : undefined
    if (!answers) continue
    draft = answers
    const saved = await attempt(conversation, async (outer) => {
      const result = await updatePendingSubmission(outer.deps.database.db, id, answers)
      if (result.kind === 'updated') await refreshModerationMessages(outer, result.record)
      return result
    })
    if (!saved.ok) return tellFailure(ctx)
    const result = saved.value
    if (result.kind === 'duplicate') {
      await ctx.reply(ctx.t('submit-duplicate-on-send'))
      continue
    }
    if (result.kind === 'missing') return ctx.reply(ctx.t('moderation-not-found', { id: String(id) }))
    if (result.kind === 'already') return ctx.reply(decisionText(ctx.t, result.record))
    await ctx.reply(ctx.t('moderation-edited', { id: String(id) }))
    const chatId = ctx.chat?.id ?? 0
    await attempt(conversation, (outer) => showSubmission(outer, id, chatId))
    return
  }
}
