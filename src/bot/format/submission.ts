import { FormattedString, fmt } from '@grammyjs/parse-mode'
import type { OpenCorrection } from '../../db/repositories/corrections.ts'
import type { OwnSubmission } from '../../db/repositories/submissions.ts'
import { findTheme } from '../../domain/innovations/themes.ts'
import type { RegionCatalogue } from '../../domain/regions/catalogue.ts'
import {
  type AnswerProblem,
  FIRST_SUBMISSION_YEAR,
  type RegionChoice,
  SUBMISSION_LIMITS,
  type SubmissionDraft,
  type SubmissionField,
  type TextField,
} from '../../domain/validation/submission.ts'
import type { Translate } from '../../i18n.ts'
import { truncate } from './text.ts'

const bold = (text: string) => FormattedString.bold(text)
const italic = (text: string) => FormattedString.italic(text)

/** Telegram's limit for the text of one message. */
export const MESSAGE_LIMIT = 4096

/** A draft or a stored submission, with the names the card shows for its codes. */
export interface SubmissionView {
  answers: SubmissionDraft
  regionLabel: string | undefined
}

/** What a step can refuse beyond the domain's answer problems. */
export type StepProblem =
  | AnswerProblem
  | { kind: 'card-too-long'; over: number }
  | { kind: 'not-text' }
  | { kind: 'not-skippable' }
  | { kind: 'busy' }
  | { kind: 'save-failed' }

/** The person who sent a submission, as the admin card names them. */
export interface Submitter {
  name: string
  username: string | null
}

export type Outcome =
  | { kind: 'pending' }
  | { kind: 'published'; by: string }
  | { kind: 'rejected'; by: string; reason: string }

/** "Kabupaten Wajo, Sulawesi Selatan", or the province alone for a provincial innovation. */
export function regionLabelOf(
  catalogue: RegionCatalogue,
  choice: RegionChoice | undefined,
): string | undefined {
  if (!choice) return undefined
  const province = catalogue.province(choice.provinceCode)
  const regency = choice.regencyCode ? catalogue.regency(choice.regencyCode) : undefined
  if (!province) return undefined
  return regency ? `${regency.officialName}, ${province.name}` : province.name
}

export const viewOf = (catalogue: RegionCatalogue, answers: SubmissionDraft): SubmissionView => ({
  answers,
  regionLabel: regionLabelOf(catalogue, answers.region),
})

/** An answer as words ("Uji coba", "Ya", "Kesehatan"), or undefined when unanswered or skipped. */
export function answerText(t: Translate, field: SubmissionField, view: SubmissionView): string | undefined {
  const { answers } = view
  switch (field) {
    case 'region':
      return view.regionLabel
    case 'year':
      return answers.year === undefined ? undefined : String(answers.year)
    case 'stage':
      return answers.stage && t(`submit-stage-${answers.stage}`)
    case 'digital':
      return answers.digital === undefined ? undefined : t(answers.digital ? 'submit-yes' : 'submit-no')
    case 'theme':
      return answers.theme && (findTheme(answers.theme)?.label ?? answers.theme)
    default:
      return answers[field] ?? undefined
  }
}

const labelled = (t: Translate, field: SubmissionField, value: string | undefined) =>
  fmt`${bold(t(`submit-field-${field}`))}: ${value ?? '—'}`

const block = (t: Translate, field: SubmissionField, value: string | undefined) =>
  value ? fmt`${bold(t(`submit-field-${field}`))}:\n${value}` : undefined

/** The submission as a card: name first, short facts, then the long texts. User text is never parsed. */
export function submissionCard(t: Translate, view: SubmissionView): FormattedString {
  const value = (field: SubmissionField) => answerText(t, field, view)
  const expansion = value('expansion')
  const facts = [
    fmt`${bold(value('name') ?? '—')}${expansion ? fmt`\n${italic(expansion)}` : ''}`,
    labelled(t, 'agency', value('agency')),
    labelled(t, 'region', value('region')),
    fmt`${labelled(t, 'year', value('year'))} · ${labelled(t, 'stage', value('stage'))} · ${labelled(t, 'digital', value('digital'))}`,
    labelled(t, 'theme', value('theme')),
  ]
  const texts = (['description', 'problem', 'impact'] as const).flatMap(
    (field) => block(t, field, value(field)) ?? [],
  )
  const closing = [labelled(t, 'innovator', value('innovator'))]
  const link = value('link')
  if (link) closing.push(labelled(t, 'link', link))
  return FormattedString.join(
    [FormattedString.join(facts, '\n'), ...texts, FormattedString.join(closing, '\n')],
    '\n\n',
  )
}

/** The preview before sending: the card between a heading and what to do next. */
export function previewMessage(t: Translate, view: SubmissionView): FormattedString {
  return fmt`${bold(t('submit-preview-title'))}\n\n${submissionCard(t, view)}\n\n${t('submit-preview-hint')}`
}

/** Existing innovations the submission may repeat; an exact one blocks sending. */
export function duplicateWarning(
  t: Translate,
  matches: readonly {
    name: string
    agency: string | null
    regionLabel: string | undefined
    exact: boolean
  }[],
): FormattedString {
  const exact = matches.some((match) => match.exact)
  const lines = matches.map(
    (match) => fmt`• ${bold(match.name)} (${[match.agency, match.regionLabel].filter(Boolean).join(', ')})`,
  )
  const heading = t(exact ? 'submit-duplicate-exact' : 'submit-duplicate-similar')
  return fmt`⚠️ ${heading}\n${FormattedString.join(lines, '\n')}`
}

/** One question, with the problem of the previous answer first and the current answer after. */
export function stepQuestion(
  t: Translate,
  input: {
    field: SubmissionField
    position: { number: number; total: number } | undefined
    problem: StepProblem | undefined
    current: string | undefined
    maxYear: number
    typed?: string
  },
): FormattedString {
  const parts: (FormattedString | string)[] = []
  if (input.problem) parts.push(`⚠️ ${problemText(t, input.problem, input.typed, true)}`)
  const step = input.position ? `(${input.position.number}/${input.position.total}) ` : ''
  const limits = input.field in SUBMISSION_LIMITS ? SUBMISSION_LIMITS[input.field as TextField] : undefined
  const variables = {
    first: String(FIRST_SUBMISSION_YEAR),
    last: String(input.maxYear),
    min: limits?.min ?? 0,
    max: limits?.max ?? 0,
  }
  parts.push(fmt`${step}${bold(t(`submit-ask-${input.field}`, variables))}`)
  if (input.current !== undefined) parts.push(fmt`${t('submit-current')}: ${input.current}`)
  return FormattedString.join(parts, '\n\n')
}

/**
 * A refused answer in words. `typed` is what the person wrote (shown back as plain text); `canTrim`: the
 * question offers "Simpan bagian awal" for a text that is too long.
 */
export function problemText(t: Translate, problem: StepProblem, typed = '', canTrim = false): string {
  const value = truncate(typed, 58)
  const variables = {
    kind: problem.kind,
    trim: canTrim ? 'yes' : 'no',
    value,
    limit: 'limit' in problem ? problem.limit : 0,
    length: 'length' in problem ? problem.length : 0,
    first: 'min' in problem ? String(problem.min) : '',
    last: 'max' in problem ? String(problem.max) : '',
    over: 'over' in problem ? problem.over : 0,
  }
  return t('submit-problem', variables)
}

const submitterLabel = (submitter: Submitter) =>
  submitter.username ? `${submitter.name} (@${submitter.username})` : submitter.name

/** What admins see: who sent it, the card, and (once decided) the decision. */
export function moderationCard(
  t: Translate,
  input: { id: number; view: SubmissionView; submitter: Submitter; outcome: Outcome },
): FormattedString {
  const heading = fmt`${bold(t('moderation-card-title', { id: String(input.id) }))}\n${t('moderation-card-from', { name: submitterLabel(input.submitter) })}`
  const { outcome } = input
  const status =
    outcome.kind === 'pending'
      ? t('moderation-status-pending')
      : outcome.kind === 'published'
        ? t('moderation-status-published', { admin: outcome.by })
        : t('moderation-status-rejected', { admin: outcome.by, reason: outcome.reason })
  return fmt`${heading}\n\n${submissionCard(t, input.view)}\n\n${bold(status)}`
}

/** Longest name, username, moderator and reason: the card must fit Telegram's limit whoever decides. */
const WORST_SUBMITTER: Submitter = { name: 'W'.repeat(64), username: 'w'.repeat(32) }
const WORST_OUTCOME: Outcome = { kind: 'rejected', by: 'W'.repeat(64), reason: 'W'.repeat(300) }
/** Room for a translation of the labels that is longer than the one measured. */
const LABEL_SLACK = 120

/**
 * By how many characters the longest card of this submission (the admin card after a rejection) would
 * exceed one Telegram message; 0 when it fits. Checked at every step, so a long text is refused where it
 * is typed, not at the end.
 */
export function cardOverflow(t: Translate, view: SubmissionView): number {
  const preview = previewMessage(t, view).text.length
  const admin = moderationCard(t, { id: 9_999_999, view, submitter: WORST_SUBMITTER, outcome: WORST_OUTCOME })
  return Math.max(0, Math.max(preview, admin.text.length) + LABEL_SLACK - MESSAGE_LIMIT)
}

/** The queue of pending submissions, oldest first. */
export function queueMessage(
  t: Translate,
  input: {
    total: number
    items: readonly { id: number; name: string; regionLabel: string | undefined; submitter: string }[]
  },
): FormattedString {
  if (input.total === 0) return fmt`${t('moderation-queue-empty')}`
  const lines = input.items.map(
    (item) => fmt`#${String(item.id)} ${bold(item.name)} · ${item.regionLabel ?? '—'} · ${item.submitter}`,
  )
  const more = input.total - input.items.length
  const tail = more > 0 ? `\n${t('moderation-queue-more', { count: more })}` : ''
  return fmt`${bold(t('moderation-queue-title', { count: input.total }))}\n${FormattedString.join(lines, '\n')}${tail}\n\n${t('moderation-queue-hint')}`
}

/** /pengajuan: one's own submissions with their status, newest first. */
export function ownSubmissionsMessage(
  t: Translate,
  input: {
    total: number
    items: readonly OwnSubmission[]
  },
): FormattedString {
  if (input.total === 0) return fmt`${t('own-submissions-empty')}`
  const lines = input.items.map((item) => {
    const status = t('own-submissions-status', { status: item.status })
    const reason = item.rejectionReason
      ? `\n   ${t('own-submissions-reason', { reason: item.rejectionReason })}`
      : ''
    const resent =
      item.resubmittedAs === null
        ? ''
        : `\n   ${t('own-submissions-resubmitted', { id: String(item.resubmittedAs) })}`
    return fmt`#${String(item.id)} ${bold(truncate(item.name, 80))}\n   ${status}${reason}${resent}`
  })
  const more = input.total - input.items.length
  const tail = more > 0 ? `\n${t('own-submissions-more', { count: more })}` : ''
  return fmt`${bold(t('own-submissions-title', { count: input.total }))}\n\n${FormattedString.join(lines, '\n\n')}${tail}`
}

/** A proposed correction as admins see it: which innovation, who proposed it, what they wrote. */
export function correctionNotice(t: Translate, correction: OpenCorrection): FormattedString {
  const heading = t('correction-title', {
    id: String(correction.id),
    innovation: String(correction.innovationId),
    name: truncate(correction.innovationName, 80),
  })
  const from = t('moderation-card-from', { name: correction.proposerName ?? '?' })
  return fmt`${bold(heading)}\n${from}\n\n${correction.text}`
}

/** The open corrections in /antrian, oldest first. */
export function correctionQueueMessage(
  t: Translate,
  input: {
    total: number
    items: readonly OpenCorrection[]
  },
): FormattedString {
  const items = input.items.map((item) => correctionNotice(t, { ...item, text: truncate(item.text, 300) }))
  const more = input.total - input.items.length
  const tail = more > 0 ? `\n\n${t('moderation-queue-more', { count: more })}` : ''
  return fmt`${bold(t('correction-queue-title', { count: input.total }))}\n\n${FormattedString.join(items, '\n\n')}${tail}`
}
