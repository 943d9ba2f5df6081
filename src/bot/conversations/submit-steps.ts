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
import { firstPartOf, isSkipAnswer, looksLikeAnotherRequest } from '../../domain/validation/typed-answers.ts'
import type { Context, ConversationContext } from '../context.ts'
import { search } from '../features/search.ts'
import { showSubscription } from '../features/subscription/index.ts'
import {
  answerText,
  cardOverflow,
  regionLabelOf,
  type StepProblem,
  stepQuestion,
  viewOf,
} from '../format/submission.ts'
import { truncate } from '../format/text.ts'
import { pageOf, THEMES_PER_PAGE } from '../keyboards/pages.ts'
import {
  type Choice,
  continueKeyboard,
  type PageTurns,
  previewData,
  stepData,
  stepKeyboard,
  yieldData,
  yieldKeyboard,
} from '../keyboards/submission.ts'

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

/** What a message or button that is not an answer asks for, while a draft waits. */
export type OtherRequest = { kind: 'search'; query: string } | { kind: 'subscribe' }

type Input =
  | { kind: 'text'; text: string }
  | { kind: 'back' }
  | { kind: 'skip' }
  | { kind: 'keep' }
  | { kind: 'trim' }
  | { kind: 'pick'; value: string }
  | { kind: 'page'; page: number }
  | { kind: 'not-text' }
  | { kind: 'busy' }
  | { kind: 'continue' }
  | { kind: 'other'; request: OtherRequest }
  | { kind: 'run'; action: OtherRequest['kind'] }

/** Commands that pause a draft with a question instead of running beside it (the rest run: /bantuan). */
const SEARCH_COMMANDS = new Set(['cari', 'search'])
const SUBSCRIBE_COMMANDS = new Set(['langganan', 'subscribe'])
const SUBMIT_COMMANDS = new Set(['ajukan', 'submit'])

/** Commands other than /ajukan leave the conversation waiting and are handled outside (/bantuan works). */
function commandOf(ctx: ConversationContext): { name: string; args: string } | undefined {
  const entity = ctx.message?.entities?.[0]
  const text = ctx.message?.text
  if (entity?.type !== 'bot_command' || entity.offset !== 0 || text === undefined) return undefined
  return { name: text.slice(1, entity.length).split('@')[0] ?? '', args: text.slice(entity.length).trim() }
}

/** The input a typed command gives: /ajukan again, a pausing command, or undefined (runs outside). */
function commandInput(command: { name: string; args: string }, yielding: boolean): Input | undefined {
  if (SUBMIT_COMMANDS.has(command.name)) return { kind: 'busy' }
  if (!yielding) return undefined
  if (SEARCH_COMMANDS.has(command.name) && command.args !== '')
    return { kind: 'other', request: { kind: 'search', query: command.args } }
  if (SUBSCRIBE_COMMANDS.has(command.name) && command.args === '')
    return { kind: 'other', request: { kind: 'subscribe' } }
  return undefined
}

/**
 * Waits for the next input meant for this question. Buttons of other questions are answered "this button
 * is from an earlier step" and ignored; updates that are not ours (other features' buttons, commands) are
 * skipped, so the rest of the bot handles them and the conversation keeps waiting. With `yielding`, /cari
 * and /langganan are inputs too: the draft asks whether to go on or to do that.
 */
export async function nextInput(
  conversation: SubmitConversation,
  field: SubmissionField | 'preview' | 'reason' | 'correction',
  yielding = false,
) {
  for (;;) {
    const ctx = await conversation.wait()
    const data = ctx.callbackQuery?.data
    if (data !== undefined) {
      const step = stepData.unpack(data)
      const fromPreview = previewData.unpack(data)
      const paused = yieldData.unpack(data)
      if (!step && !fromPreview && !paused) await conversation.skip({ next: true })
      const current = paused !== undefined || (step ? step.field === field : field === 'preview')
      if (!current) {
        await ctx.answerCallbackQuery({ text: ctx.t('submit-stale-button') })
        continue
      }
      await ctx.answerCallbackQuery()
      return { input: buttonInput(step, paused), preview: fromPreview, update: ctx }
    }
    if (!ctx.message) await conversation.skip({ next: true })
    const command = commandOf(ctx)
    const fromCommand = command && commandInput(command, yielding)
    if (command && !fromCommand) await conversation.skip({ next: true })
    const input: Input =
      fromCommand ??
      (ctx.message?.text === undefined ? { kind: 'not-text' } : { kind: 'text', text: ctx.message.text })
    return { input, preview: undefined, update: ctx }
  }
}

function buttonInput(
  step: ReturnType<typeof stepData.unpack>,
  paused: ReturnType<typeof yieldData.unpack>,
): Input | undefined {
  if (paused)
    return paused.action === 'continue' ? { kind: 'continue' } : { kind: 'run', action: paused.action }
  if (!step) return undefined
  if (step.action === 'page') return { kind: 'page', page: Number(step.value) }
  return step.action === 'pick' ? { kind: 'pick', value: step.value } : { kind: step.action }
}

type Interpretation =
  | { ok: true; value: SubmissionDraft; note?: 'range' }
  | { ok: false; problem: StepProblem }

const patch = <F extends SubmissionField>(
  field: F,
  result: AnswerResult<SubmissionDraft[F]>,
): Interpretation =>
  result.ok
    ? { ok: true, value: { [field]: result.value }, ...(result.note && { note: result.note }) }
    : result

const refuse = (problem: StepProblem): Interpretation => ({ ok: false, problem })

/** The answer an input gives to a field, as a draft patch, or why it is refused. */
function interpret(ctx: ConversationContext, options: AskOptions, input: Input): Interpretation {
  const { field, draft } = options
  if (input.kind === 'busy' || input.kind === 'not-text') return refuse({ kind: input.kind })
  if (input.kind === 'page') return refuse({ kind: 'not-a-choice' })
  if (input.kind === 'keep') {
    return draft[field] === undefined ? refuse({ kind: 'not-a-choice' }) : { ok: true, value: {} }
  }
  const skipped = input.kind === 'skip' || (input.kind === 'text' && isSkipAnswer(input.text))
  if (skipped && OPTIONAL_FIELDS.has(field)) return { ok: true, value: { [field]: null } }
  if (input.kind !== 'text' && input.kind !== 'pick') return refuse({ kind: 'not-a-choice' })
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
      if (input.kind === 'pick') return refuse({ kind: 'not-a-choice' })
      return skipped ? refuse({ kind: 'not-skippable' }) : patch(field, parseText(field, raw))
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
  const candidates =
    problem?.kind === 'ambiguous-region' || problem?.kind === 'guessed-region' ? problem.candidates : []
  return stepKeyboard(ctx.t, {
    field,
    ...choicesOf(ctx, field, candidates, page),
    back: options.canGoBack,
    skip: OPTIONAL_FIELDS.has(field),
    keep: current ?? (draft[field] === null ? ctx.t('submit-skipped') : undefined),
    trim: problem?.kind === 'too-long',
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

/** "langkah 5/13", or "pratinjau" while a field is edited from the preview. */
const stepLabel = (ctx: ConversationContext, options: AskOptions) =>
  options.position
    ? ctx.t('submit-yield-step', { number: options.position.number, total: options.position.total })
    : ctx.t('submit-yield-editing')

/** "Anda sedang mengisi /ajukan (langkah 5/13). Lanjutkan, atau cari "…"?" */
async function askToYield(ctx: ConversationContext, options: AskOptions, request: OtherRequest) {
  const step = stepLabel(ctx, options)
  const text =
    request.kind === 'search'
      ? ctx.t('submit-yield-search', { step, query: truncate(request.query, 60) })
      : ctx.t('submit-yield-subscribe', { step })
  await ctx.reply(text, { reply_markup: yieldKeyboard(ctx.t, request) })
}

/**
 * Does what paused the draft (a search, the /langganan screen) with the handlers outside the conversation,
 * once (`external`), then says the draft is kept. A failure is logged and told; the draft stays either way.
 */
async function runRequest(
  conversation: SubmitConversation,
  ctx: ConversationContext,
  options: AskOptions,
  request: OtherRequest,
) {
  const done = await conversation.external(async (outer) => {
    try {
      if (request.kind === 'search') await search(outer, request.query)
      else await showSubscription(outer)
      return true
    } catch (error) {
      outer.logger.error({ err: error }, 'a request from a paused draft failed; the draft is kept')
      return false
    }
  })
  if (!done) await ctx.reply(ctx.t('error-generic'))
  await ctx.reply(ctx.t('submit-draft-kept', { step: stepLabel(ctx, options) }), {
    reply_markup: continueKeyboard(ctx.t),
  })
}

/** The text a "keep the first part" button stands for: the refused text cut to the limit. */
function trimmedInput(input: Input, problem: StepProblem | undefined, typed: string | undefined): Input {
  if (input.kind !== 'trim' || problem?.kind !== 'too-long' || typed === undefined) return input
  return { kind: 'text', text: firstPartOf(typed, problem.limit) }
}

/** What an input asks for instead of answering: /cari or /langganan, or a search typed as a refused answer. */
function requestIn(options: AskOptions, input: Input, result: Interpretation): OtherRequest | undefined {
  if (input.kind === 'other') return input.request
  const search = !result.ok && input.kind === 'text' && looksLikeAnotherRequest(options.field, input.text)
  return search ? { kind: 'search', query: input.text } : undefined
}

/**
 * Asks one question until it gets a valid answer (or "Kembali"). A wrong answer gets its reason and the
 * same question again; an answer that would make the card longer than one Telegram message is refused
 * here, where it is typed. In a draft, a message that is clearly meant for something else (a search at
 * the year step, /cari, /langganan) pauses the question: "go on, or do that?", and the draft stays.
 * Turning a page of the choices redraws the buttons of the same question.
 */
export async function askField(
  conversation: SubmitConversation,
  ctx: ConversationContext,
  options: AskOptions,
): Promise<AskOutcome> {
  const yielding = options.scope === 'draft'
  let problem: StepProblem | undefined
  let typed: string | undefined
  let waiting: OtherRequest | undefined
  let ask = true
  for (;;) {
    if (ask) await sendQuestion(ctx, options, problem, typed)
    ask = true
    const { input: received, update } = await nextInput(conversation, options.field, yielding)
    if (!received) continue
    if (received.kind === 'page') {
      await update.editMessageReplyMarkup({
        reply_markup: questionKeyboard(ctx, options, problem, received.page),
      })
      ask = false
      continue
    }
    if (received.kind === 'back' && options.canGoBack) return { kind: 'back' }
    if (received.kind === 'continue') {
      problem = undefined
      continue
    }
    if (received.kind === 'run') {
      if (waiting?.kind === received.action) await runRequest(conversation, ctx, options, waiting)
      ask = waiting?.kind !== received.action
      waiting = undefined
      continue
    }
    const input = trimmedInput(received, problem, typed)
    const result = interpret(ctx, options, input)
    const other = yielding ? requestIn(options, input, result) : undefined
    if (other) {
      waiting = other
      await askToYield(ctx, options, other)
      ask = false
      continue
    }
    typed = input.kind === 'text' ? input.text : undefined
    if (!result.ok) {
      problem = result.problem
      continue
    }
    const draft = { ...options.draft, ...result.value }
    const over = cardOverflow(ctx.t, viewOf(ctx.deps.regions, draft))
    if (over === 0) {
      if (result.note === 'range' && input.kind === 'text') {
        await ctx.reply(
          ctx.t('submit-year-range', { year: String(draft.year), typed: truncate(input.text, 30) }),
        )
      }
      return { kind: 'answer', draft }
    }
    problem = { kind: 'card-too-long', over }
  }
}
