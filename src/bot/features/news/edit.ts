import { type NewsRecord, updateNews } from '../../../db/repositories/news.ts'
import { latestInnovationYear } from '../../../domain/innovations/innovation.ts'
import { TEXT_LIMITS } from '../../../domain/validation/import-row.ts'
import {
  parseRegion,
  parseText,
  parseYear,
  type RegionChoice,
  regionChoiceCode,
  regionChoiceFromCode,
} from '../../../domain/validation/submission.ts'
import { isSkipAnswer } from '../../../domain/validation/typed-answers.ts'
import { type Context, nowOf } from '../../context.ts'
import { problemText, regionLabelOf } from '../../format/submission.ts'
import { saveDraft, showDraft, withMatch } from './flow.ts'
import { backKeyboard, regionKeyboard } from './keyboards.ts'
import { draftsOf, type Editing, type NewsDraft } from './state.ts'

const AWARD_MIN = 3

/** Asks for a new value of one field; the admin's next text answers it, "‹ Kembali" leaves it as it is. */
export async function askField(ctx: Context, news: NewsRecord, editing: Editing) {
  await updateNews(ctx.deps.database.db, news.id, { editing })
  return ctx.reply(ctx.t('news-ask-field', { field: editing.field }), {
    reply_markup: backKeyboard(ctx.t, news.id, editing.index),
  })
}

/** A region chosen: the draft moves there, and the catalogue is asked again about a match. */
export async function placeDraft(ctx: Context, news: NewsRecord, index: number, choice: RegionChoice) {
  const draft = draftsOf(news)[index]
  if (!draft) return
  const placed = await withMatch(ctx, { ...draft, ...choice })
  return saveDraft(ctx, news, index, placed)
}

/** A region button pressed (a guessed or ambiguous place confirmed); a forged code changes nothing. */
export async function confirmRegion(ctx: Context, news: NewsRecord, index: number, code: string) {
  const choice = regionChoiceFromCode(ctx.deps.regions, code)
  return choice ? placeDraft(ctx, news, index, choice) : showDraft(ctx, news, index)
}

/**
 * The admin's typed value for the field being edited, checked as /ajukan checks it; a refused value
 * changes nothing and says why. "lewati" empties an optional field (the quotation comes back for the
 * description).
 */
export async function answerField(ctx: Context, news: NewsRecord, editing: Editing, typed: string) {
  const draft = draftsOf(news)[editing.index]
  if (!draft) return
  const { field } = editing
  const refuse = (problem: Parameters<typeof problemText>[1]) => ctx.reply(problemText(ctx.t, problem, typed))
  if (field !== 'name' && field !== 'region' && isSkipAnswer(typed)) {
    const cleared =
      field === 'agency'
        ? { agency: null }
        : field === 'year'
          ? { year: null }
          : field === 'award'
            ? { award: null }
            : { description: null }
    return saveDraft(ctx, news, editing.index, { ...draft, ...cleared })
  }
  switch (field) {
    case 'name':
    case 'agency':
    case 'description': {
      const parsed = parseText(field, typed)
      if (!parsed.ok) return refuse(parsed.problem)
      const edited: NewsDraft = { ...draft, [field]: parsed.value }
      return saveDraft(ctx, news, editing.index, field === 'name' ? await withMatch(ctx, edited) : edited)
    }
    case 'year': {
      const parsed = parseYear(typed, latestInnovationYear(nowOf(ctx.deps)))
      if (!parsed.ok) return refuse(parsed.problem)
      return saveDraft(ctx, news, editing.index, { ...draft, year: parsed.value })
    }
    case 'award': {
      const award = typed.replace(/\s+/g, ' ').trim()
      if (award.length < AWARD_MIN || award.length > TEXT_LIMITS.award)
        return ctx.reply(ctx.t('news-award-invalid', { min: AWARD_MIN, max: TEXT_LIMITS.award }))
      return saveDraft(ctx, news, editing.index, { ...draft, award })
    }
    case 'region': {
      const parsed = parseRegion(ctx.deps.regions, typed)
      if (parsed.ok) return placeDraft(ctx, news, editing.index, parsed.value)
      const { problem } = parsed
      if (problem.kind !== 'guessed-region' && problem.kind !== 'ambiguous-region') return refuse(problem)
      const choices = problem.candidates.slice(0, 8).map((choice) => ({
        code: regionChoiceCode(choice),
        label: regionLabelOf(ctx.deps.regions, choice) ?? regionChoiceCode(choice),
      }))
      return ctx.reply(problemText(ctx.t, problem, typed), {
        reply_markup: regionKeyboard(news.id, editing.index, choices, ctx.t),
      })
    }
  }
}
