import { findCorrection, insertCorrection } from '../../db/repositories/corrections.ts'
import { parseText } from '../../domain/validation/submission.ts'
import type { ConversationContext } from '../context.ts'
import { problemText, type StepProblem } from '../format/submission.ts'
import { cancelKeyboard } from '../keyboards/submission.ts'
import { announceCorrection } from '../moderation.ts'
import { attempt } from './submit.ts'
import { nextInput, type SubmitConversation } from './submit-steps.ts'

/** Someone proposes a correction to a catalogue entry ("Usulkan koreksi" on its card). */
export const CORRECT = 'correction'

/**
 * Asks what is wrong with the innovation (entered with its id and name), stores the correction in the
 * admins' queue and tells every admin. Batal or /batal ends it with nothing stored.
 */
export async function correctConversation(
  conversation: SubmitConversation,
  ctx: ConversationContext,
  innovationId: number,
  name: string,
) {
  let problem: StepProblem | undefined
  for (;;) {
    const ask = ctx.t('correction-ask', { name })
    const text = problem ? `⚠️ ${problemText(ctx.t, problem)}\n\n${ask}` : ask
    await ctx.reply(text, { reply_markup: cancelKeyboard(ctx.t, 'moderation') })
    const { input } = await nextInput(conversation, 'correction')
    const correction = input?.kind === 'text' ? parseText('correction', input.text) : undefined
    if (!correction?.ok) {
      problem = correction ? correction.problem : { kind: 'not-text' }
      continue
    }
    const stored = await attempt(conversation, async (outer) => {
      const proposedBy = outer.from?.id ?? 0
      const id = await insertCorrection(outer.deps.database.db, {
        innovationId,
        proposedBy,
        text: correction.value,
      })
      const record = id === undefined ? undefined : await findCorrection(outer.deps.database.db, id)
      if (record) await announceCorrection(outer, record)
      return id ?? null
    })
    if (!stored.ok) {
      await ctx.reply(problemText(ctx.t, { kind: 'save-failed' }))
      continue
    }
    if (stored.value === null) return ctx.reply(ctx.t('card-not-found'))
    return ctx.reply(ctx.t('correction-received', { name }))
  }
}
