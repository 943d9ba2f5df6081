import type { Conversation } from '@grammyjs/conversations'
import { INNOVATION_STAGES } from '../../domain/innovations/innovation.ts'
import { THEMES } from '../../domain/innovations/themes.ts'
import {
  type AnswerResult,
  OPTIONAL_FIELDS,
  parseDigital,
  parseRegion,
  parseStage,
  parseText,
  parseTheme,
  parseYear,
  type RegionChoice,
  regionChoiceCode,
  regionChoiceFromCode,
  type SubmissionDraft,
  type SubmissionField,
} from '../../domain/validation/submission.ts'
import type { Context, ConversationContext } from '../context.ts'
import {
  answerText,
  cardOverflow,
  regionLabelOf,
  type StepProblem,
  stepQuestion,
  viewOf,
} from '../format/submission.ts'
import { pageOf, THEMES_PER_PAGE } from '../keyboards/pages.ts'
import { type Choice, type PageTurns, previewData, stepData, stepKeyboard } from '../keyboards/submission.ts'

export type SubmitConversation = Conversation<Context, ConversationContext>

export interface AskOptions {
  field: SubmissionField
  draft: SubmissionDraft
  /** "(3/13)" during the first pass; absent when editing from the preview. */
  position?: { number: number; total: number }
  canGoBack: boolean
  /** The latest year an innovation may have started (the clock's year, read once through `external`). */
  maxYear: number
  scope: 'draft' | 'moderation'
}

export type AskOutcome = { kind: 'answer'; draft: SubmissionDraft } | { kind: 'back' }

type Input =
  | { kind: 'text'; text: string }
  | { kind: 'back' }
  | { kind: 'skip' }
  | { kind: 'keep' }
  | { kind: 'pick'; value: string }
  | { kind: 'page'; page: number }
  | { kind: 'not-text' }
  | { kind: 'busy' }

/** Commands other than /ajukan leave the conversation waiting and are handled outside (/bantuan works). */
function commandOf(ctx: ConversationContext): string | undefined {
  const entity = ctx.message?.entities?.[0]
  if (entity?.type !== 'bot_command' || entity.offset !== 0) return undefined
  return ctx.message?.text?.slice(1, entity.length).split('@')[0]
}

/**
 * Waits for the next input meant for this question. Buttons of other questions are answered "this button
 * is from an earlier step" and ignored; updates that are not ours (other features' buttons, commands) are
 * skipped, so the rest of the bot handles them and the conversation keeps waiting.
 */
export async function nextInput(
  conversation: SubmitConversation,
  field: SubmissionField | 'preview' | 'reason',
) {
  for (;;) {
    const ctx = await conversation.wait()
    const data = ctx.callbackQuery?.data
    if (data !== undefined) {
      const step = stepData.unpack(data)
      const fromPreview = previewData.unpack(data)
      if (!step && !fromPreview) await conversation.skip({ next: true })
      const current = step ? step.field === field : field === 'preview'
      if (!current) {
        await ctx.answerCallbackQuery({ text: ctx.t('submit-stale-button') })
        continue
      }
      await ctx.answerCallbackQuery()
      return { input: step ? stepInput(step) : undefined, preview: fromPreview, update: ctx }
    }
    if (!ctx.message) await conversation.skip({ next: true })
    const command = commandOf(ctx)
    if (command !== undefined && command !== 'ajukan') await conversation.skip({ next: true })
    const input: Input =
      command === 'ajukan'
        ? { kind: 'busy' }
        : ctx.message?.text === undefined
          ? { kind: 'not-text' }
          : { kind: 'text', text: ctx.message.text }
    return { input, preview: undefined, update: ctx }
  }
}

function stepInput(step: NonNullable<ReturnType<typeof stepData.unpack>>): Input {
  if (step.action === 'page') return { kind: 'page', page: Number(step.value) }
  return step.action === 'pick' ? { kind: 'pick', value: step.value } : { kind: step.action }
}

type Interpretation = { ok: true; value: SubmissionDraft } | { ok: false; problem: StepProblem }

const patch = <F extends SubmissionField>(
  field: F,
  result: AnswerResult<SubmissionDraft[F]>,
): Interpretation => (result.ok ? { ok: true, value: { [field]: result.value } } : result)

const refuse = (problem: StepProblem): Interpretation => ({ ok: false, problem })

/** The answer an input gives to a field, as a draft patch, or why it is refused. */
function interpret(ctx: ConversationContext, options: AskOptions, input: Input): Interpretation {
  const { field, draft } = options
  if (input.kind === 'busy' || input.kind === 'not-text') return refuse({ kind: input.kind })
  if (input.kind === 'back' || input.kind === 'page') return refuse({ kind: 'not-a-choice' })
  if (input.kind === 'keep') {
    return draft[field] === undefined ? refuse({ kind: 'not-a-choice' }) : { ok: true, value: {} }
  }
  if (input.kind === 'skip') {
    return OPTIONAL_FIELDS.has(field)
      ? { ok: true, value: { [field]: null } }
      : refuse({ kind: 'not-a-choice' })
  }
  const raw = input.kind === 'text' ? input.text : input.value
  switch (field) {
    case 'region': {
      if (input.kind === 'text') return patch(field, parseRegion(ctx.deps.regions, raw))
      const choice = regionChoiceFromCode(ctx.deps.regions, raw)
      return choice ? { ok: true, value: { region: choice } } : refuse({ kind: 'not-a-choice' })
    }
    case 'year':
      return patch(field, parseYear(raw, options.maxYear))
    case 'stage':
      return patch(field, parseStage(raw))
    case 'digital':
      return patch(field, parseDigital(raw))
    case 'theme':
      return patch(field, parseTheme(raw))
    default:
      return input.kind === 'pick' ? refuse({ kind: 'not-a-choice' }) : patch(field, parseText(field, raw))
  }
}

interface Choices {
  columns: number
  choices: Choice[]
  turns?: PageTurns
}

/** One page of the themes, with the pages to turn to. */
function themeChoices(page: number): Choices {
  const shown = pageOf(THEMES, page, THEMES_PER_PAGE)
  return {
    columns: 2,
    choices: shown.items.map((theme) => ({ label: theme.label, value: theme.slug })),
    turns: {
      ...(shown.page > 0 ? { previous: shown.page - 1 } : {}),
      ...(shown.page < shown.pages - 1 ? { next: shown.page + 1 } : {}),
    },
  }
}

function choicesOf(
  ctx: ConversationContext,
  field: SubmissionField,
  candidates: readonly RegionChoice[],
  page: number,
): Choices {
  const t = ctx.t
  const choice = (label: string, value: string): Choice => ({ label, value })
  switch (field) {
    case 'stage':
      return {
        columns: 3,
        choices: INNOVATION_STAGES.map((stage) => choice(t(`submit-stage-${stage}`), stage)),
      }
    case 'digital':
      return { columns: 2, choices: [choice(t('submit-yes'), 'ya'), choice(t('submit-no'), 'tidak')] }
    case 'theme':
      return themeChoices(page)
    case 'region': {
      const labelled = candidates.map((c) =>
        choice(regionLabelOf(ctx.deps.regions, c) ?? '?', regionChoiceCode(c)),
      )
      return { columns: 1, choices: labelled.slice(0, 8) }
    }
    default:
      return { columns: 1, choices: [] }
  }
}

function questionKeyboard(
  ctx: ConversationContext,
  options: AskOptions,
  problem: StepProblem | undefined,
  page: number,
) {
  const { field, draft } = options
  const current = answerText(ctx.t, field, viewOf(ctx.deps.regions, draft))
  const candidates = problem?.kind === 'ambiguous-region' ? problem.candidates : []
  return stepKeyboard(ctx.t, {
    field,
    ...choicesOf(ctx, field, candidates, page),
    back: options.canGoBack,
    skip: OPTIONAL_FIELDS.has(field),
    keep: current ?? (draft[field] === null ? ctx.t('submit-skipped') : undefined),
    scope: options.scope,
  })
}

async function sendQuestion(
  ctx: ConversationContext,
  options: AskOptions,
  problem: StepProblem | undefined,
  typed: string | undefined,
) {
  const { field, draft } = options
  const current = answerText(ctx.t, field, viewOf(ctx.deps.regions, draft))
  const message = stepQuestion(ctx.t, {
    field,
    position: options.position,
    problem,
    current,
    maxYear: options.maxYear,
    typed,
  })
  const keyboard = questionKeyboard(ctx, options, problem, 0)
  await ctx.reply(message.text, { entities: message.entities, reply_markup: keyboard })
}

/**
 * Asks one question until it gets a valid answer (or "Kembali"). A wrong answer gets its reason and the
 * same question again; an answer that would make the card longer than one Telegram message is refused
 * here, where it is typed. Turning a page of the choices redraws the buttons of the same question.
 */
export async function askField(
  conversation: SubmitConversation,
  ctx: ConversationContext,
  options: AskOptions,
): Promise<AskOutcome> {
  let problem: StepProblem | undefined
  let typed: string | undefined
  let ask = true
  for (;;) {
    if (ask) await sendQuestion(ctx, options, problem, typed)
    ask = true
    const { input, update } = await nextInput(conversation, options.field)
    if (!input) continue
    if (input.kind === 'page') {
      await update.editMessageReplyMarkup({
        reply_markup: questionKeyboard(ctx, options, problem, input.page),
      })
      ask = false
      continue
    }
    if (input.kind === 'back' && options.canGoBack) return { kind: 'back' }
    const result = interpret(ctx, options, input)
    typed = input.kind === 'text' ? input.text : undefined
    if (!result.ok) {
      problem = result.problem
      continue
    }
    const draft = { ...options.draft, ...result.value }
    const over = cardOverflow(ctx.t, viewOf(ctx.deps.regions, draft))
    if (over === 0) return { kind: 'answer', draft }
    problem = { kind: 'card-too-long', over }
  }
}
