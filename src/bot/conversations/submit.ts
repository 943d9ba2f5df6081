import {
  findSimilarInnovations,
  findSubmission,
  insertSubmission,
  type SimilarInnovation,
} from '../../db/repositories/submissions.ts'
import {
  completeSubmission,
  firstUnanswered,
  SUBMISSION_FIELDS,
  type SubmissionAnswers,
  type SubmissionDraft,
} from '../../domain/validation/submission.ts'
import { type Context, type ConversationContext, nowOf } from '../context.ts'
import { duplicateWarning, previewMessage, problemText, regionLabelOf, viewOf } from '../format/submission.ts'
import { fieldKeyboard } from '../keyboards/submission.ts'
import { deliverModerationNotices, moderatorIds } from '../moderation.ts'
import { askField, nextInput, type SubmitConversation } from './submit-steps.ts'

/** The id under which the submission conversation is registered and entered. */
export const SUBMIT = 'submit'

export type Attempt<T> = { ok: true; value: T } | { ok: false }

/**
 * Runs a side effect once through `conversation.external` (replays reuse the recorded result). A failure
 * is logged and returned as `{ ok: false }` instead of thrown, since a thrown error ends the conversation
 * and the person would lose the draft. The value must be plain JSON: it is stored in the replay log.
 */
export function attempt<T>(
  conversation: SubmitConversation,
  task: (outer: Context) => Promise<T>,
): Promise<Attempt<T>> {
  return conversation.external(async (outer): Promise<Attempt<T>> => {
    try {
      return { ok: true, value: await task(outer) }
    } catch (error) {
      outer.logger.error({ err: error }, 'a conversation step failed; the draft is kept')
      return { ok: false }
    }
  })
}

/** The year read once from the injected clock; replays get the same year. */
export const currentYear = (conversation: SubmitConversation) =>
  conversation.external((outer) => nowOf(outer.deps).getFullYear())

/**
 * /ajukan: one question per step (Kembali keeps the answers, Batal and /batal end it), then a preview with
 * an edit button per field, a warning about similar innovations, and Kirim. The conversation is replayed
 * from its stored log on every update, so everything that differs between runs (database, clock) goes
 * through `external`. With `reopen` (the id of one's own rejected submission) it starts at the preview,
 * filled with that submission's answers.
 */
export async function submitConversation(
  conversation: SubmitConversation,
  ctx: ConversationContext,
  reopen?: number,
) {
  const maxYear = await currentYear(conversation)
  const reopened = reopen === undefined ? undefined : await rejectedAnswers(conversation, reopen)
  if (reopened?.kind === 'open') {
    await ctx.reply(ctx.t('submit-reopened', { id: String(reopen), name: reopened.answers.name }))
    return review(conversation, ctx, reopened.answers, maxYear, reopen)
  }
  if (reopened?.kind === 'resubmitted') {
    // An old "Perbaiki" button: the correction is already with the moderators, nothing to start.
    await ctx.reply(
      ctx.t('submit-reopen-already-sent', { id: String(reopen), newId: String(reopened.resubmittedAs) }),
    )
    return
  }
  if (reopen !== undefined) await ctx.reply(ctx.t('submit-reopen-unavailable', { id: String(reopen) }))
  await ctx.reply(ctx.t('submit-intro', { hours: ctx.deps.config.submissionDraftTtlHours }))
  let draft: SubmissionDraft = {}
  const total = SUBMISSION_FIELDS.length
  for (let index = 0; index < total; ) {
    const field = SUBMISSION_FIELDS[index] ?? 'name'
    const position = { number: index + 1, total }
    const options = { field, draft, position, canGoBack: index > 0, maxYear, scope: 'draft' as const }
    const outcome = await askField(conversation, ctx, options)
    if (outcome.kind === 'back') index = Math.max(0, index - 1)
    else {
      draft = outcome.draft
      index += 1
    }
  }
  await review(conversation, ctx, draft, maxYear)
}

/**
 * A rejected submission of the person in this chat: its answers while it may be corrected, or the
 * submission that already corrected it; undefined for anything else.
 */
async function rejectedAnswers(conversation: SubmitConversation, id: number) {
  const found = await attempt(conversation, async (outer) => {
    const record = await findSubmission(outer.deps.database.db, id)
    if (record?.status !== 'rejected' || record.submittedBy !== outer.from?.id) return null
    return record.resubmittedAs === null
      ? { kind: 'open' as const, answers: record.answers }
      : { kind: 'resubmitted' as const, resubmittedAs: record.resubmittedAs }
  })
  return found.ok ? (found.value ?? undefined) : undefined
}

async function showPreview(ctx: ConversationContext, draft: SubmissionDraft, similar: SimilarInnovation[]) {
  const regions = ctx.deps.regions
  if (similar.length > 0) {
    const matches = similar.map((match) => ({ ...match, regionLabel: regionLabelOf(regions, match) }))
    const warning = duplicateWarning(ctx.t, matches)
    await ctx.reply(warning.text, { entities: warning.entities })
  }
  const preview = previewMessage(ctx.t, viewOf(regions, draft))
  const send = !similar.some((match) => match.exact)
  await ctx.reply(preview.text, {
    entities: preview.entities,
    reply_markup: fieldKeyboard(ctx.t, { send, scope: 'draft' }),
  })
  return send
}

/** The preview loop: edit any field and come back, until the submission is sent. */
async function review(
  conversation: SubmitConversation,
  ctx: ConversationContext,
  first: SubmissionDraft,
  maxYear: number,
  revises?: number,
) {
  let draft = first
  for (;;) {
    const answers = completeSubmission(draft)
    if (!answers) {
      const outcome = await askField(conversation, ctx, {
        field: firstUnanswered(draft) ?? 'name',
        draft,
        canGoBack: false,
        maxYear,
        scope: 'draft',
      })
      if (outcome.kind === 'answer') draft = outcome.draft
      continue
    }
    const similar = await attempt(conversation, (outer) =>
      findSimilarInnovations(outer.deps.database.db, answers),
    )
    const canSend = await showPreview(ctx, draft, similar.ok ? similar.value : [])
    const { preview } = await nextInput(conversation, 'preview')
    if (preview?.action === 'edit' && preview.field !== 'all') {
      const outcome = await askField(conversation, ctx, {
        field: preview.field,
        draft,
        canGoBack: true,
        maxYear,
        scope: 'draft',
      })
      if (outcome.kind === 'answer') draft = outcome.draft
      continue
    }
    if (preview?.action !== 'send' || !canSend) continue
    if (await send(conversation, ctx, answers, revises)) return
  }
}

/**
 * Stores the submission with a notice for each moderator, and tries to send those at once; false (the
 * draft stays) when it could not be stored. The person is told the truth: received and the moderators
 * told, or received and the moderators to be told as soon as they can be (the notices stay queued and
 * `startModerationNotifier` retries them), or received with no moderator to tell.
 */
async function send(
  conversation: SubmitConversation,
  ctx: ConversationContext,
  answers: SubmissionAnswers,
  revises?: number,
) {
  const submittedBy = ctx.from?.id ?? 0
  const maxPending = ctx.deps.config.maxPendingSubmissions
  const stored = await attempt(conversation, async (outer) => {
    const moderators = await moderatorIds(outer.deps)
    const outcome = await insertSubmission(outer.deps.database.db, {
      answers,
      submittedBy,
      maxPending,
      moderatorIds: moderators,
      ...(revises === undefined ? {} : { revises }),
    })
    return { outcome, moderators: moderators.length }
  })
  if (!stored.ok) {
    await ctx.reply(problemText(ctx.t, { kind: 'save-failed' }))
    return false
  }
  const { outcome, moderators } = stored.value
  if (outcome.kind === 'limit') {
    await ctx.reply(
      ctx.t('submit-limit-on-send', { count: maxPending, hours: ctx.deps.config.submissionDraftTtlHours }),
    )
    return false
  }
  if (outcome.kind === 'duplicate') {
    await ctx.reply(ctx.t('submit-duplicate-on-send'))
    return false
  }
  const notified = await attempt(conversation, (outer) => deliverModerationNotices(outer, outcome.id))
  const allTold = notified.ok && notified.value.waiting === 0
  const key =
    moderators === 0
      ? 'submit-received-no-moderator'
      : allTold
        ? 'submit-received'
        : 'submit-received-moderators-later'
  await ctx.reply(ctx.t(key, { id: String(outcome.id), name: answers.name }))
  return true
}
