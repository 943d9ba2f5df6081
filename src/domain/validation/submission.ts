import { z } from 'zod'
import { agencyKey, INNOVATION_STAGES, type InnovationStage, naturalKey } from '../innovations/innovation.ts'
import { findTheme, resolveTheme } from '../innovations/themes.ts'
import type { RegionCatalogue } from '../regions/catalogue.ts'
import { resolveRegion } from '../regions/resolver.ts'
import type { Region } from '../regions/types.ts'
import { normalizeText } from '../text/normalize.ts'
import { TEXT_LIMITS } from './import-row.ts'

/** The questions of a submission, in the order they are asked. */
export const SUBMISSION_FIELDS = [
  'name',
  'expansion',
  'agency',
  'region',
  'year',
  'stage',
  'digital',
  'theme',
  'description',
  'problem',
  'impact',
  'innovator',
  'link',
] as const

export type SubmissionField = (typeof SUBMISSION_FIELDS)[number]

/** Questions a person may skip ("Lewati"); the stored value is then null. */
export const OPTIONAL_FIELDS: ReadonlySet<SubmissionField> = new Set([
  'expansion',
  'problem',
  'impact',
  'link',
])

/** Where an innovation runs: a kabupaten/kota, or a whole province (`regencyCode` null). */
export interface RegionChoice {
  provinceCode: string
  regencyCode: string | null
}

/** A finished submission: every question answered (optional ones possibly null). */
export interface SubmissionAnswers {
  name: string
  expansion: string | null
  agency: string
  region: RegionChoice
  year: number
  stage: InnovationStage
  digital: boolean
  theme: string
  description: string
  problem: string | null
  impact: string | null
  innovator: string
  link: string | null
}

/** A submission being written: the answers so far. */
export type SubmissionDraft = Partial<SubmissionAnswers>

/** Length limits of the free-text answers, within the import limits and the database's CHECKs. */
export const SUBMISSION_LIMITS = {
  name: { min: 3, max: TEXT_LIMITS.name },
  expansion: { min: 3, max: TEXT_LIMITS.expansion },
  agency: { min: 3, max: TEXT_LIMITS.agency },
  description: { min: 50, max: 3000 },
  problem: { min: 10, max: 1000 },
  impact: { min: 10, max: 1000 },
  innovator: { min: 3, max: TEXT_LIMITS.innovator },
  link: { min: 10, max: TEXT_LIMITS.source },
  reason: { min: 5, max: 300 },
} as const

export type TextField = keyof typeof SUBMISSION_LIMITS

/** The first year an innovation may have started: older programmes are not what the catalogue is for. */
export const FIRST_SUBMISSION_YEAR = 1990

/** Why an answer was refused; the interface turns it into words. */
export type AnswerProblem =
  | { kind: 'required' }
  | { kind: 'too-short'; limit: number }
  | { kind: 'too-long'; limit: number }
  | { kind: 'not-a-year'; min: number; max: number }
  | { kind: 'not-a-url' }
  | { kind: 'not-a-choice' }
  | { kind: 'unknown-region' }
  | { kind: 'ambiguous-region'; candidates: RegionChoice[] }

export type AnswerResult<T> = { ok: true; value: T } | { ok: false; problem: AnswerProblem }

/** Control characters other than line feed and tab. */
const CONTROL_CHARACTERS = /[^\P{Cc}\n\t]/gu
const MULTI_LINE_FIELDS: ReadonlySet<TextField> = new Set(['description', 'problem', 'impact', 'reason'])

/** Control characters out, ends trimmed; one-line fields get single spaces, others keep their line breaks. */
function cleanText(field: TextField, raw: string) {
  const text = raw.replace(CONTROL_CHARACTERS, '')
  return MULTI_LINE_FIELDS.has(field)
    ? text
        .replace(/[ \t]+\n/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : text.replace(/\s+/g, ' ').trim()
}

const urlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain })

const fail = (problem: AnswerProblem): { ok: false; problem: AnswerProblem } => ({ ok: false, problem })

/** A free-text answer, cleaned and checked against its length limits (the link must also be an http(s) URL). */
export function parseText(field: TextField, raw: string): AnswerResult<string> {
  const text = cleanText(field, raw)
  const { min, max } = SUBMISSION_LIMITS[field]
  if (text === '') return fail({ kind: 'required' })
  const parsed = z.string().min(min).max(max).safeParse(text)
  if (!parsed.success) {
    const tooLong = parsed.error.issues[0]?.code === 'too_big'
    return fail(tooLong ? { kind: 'too-long', limit: max } : { kind: 'too-short', limit: min })
  }
  if (field === 'link' && !urlSchema.safeParse(text).success) return fail({ kind: 'not-a-url' })
  return { ok: true, value: parsed.data }
}

/** The year an innovation started: a whole year from FIRST_SUBMISSION_YEAR to `maxYear` (the caller's now). */
export function parseYear(raw: string, maxYear: number): AnswerResult<number> {
  const parsed = z.coerce
    .number()
    .int()
    .min(FIRST_SUBMISSION_YEAR)
    .max(maxYear)
    .safeParse(/^\s*\d{1,6}\s*$/.test(raw) ? raw.trim() : Number.NaN)
  return parsed.success
    ? { ok: true, value: parsed.data }
    : fail({ kind: 'not-a-year', min: FIRST_SUBMISSION_YEAR, max: maxYear })
}

const STAGE_WORDS: Readonly<Record<string, InnovationStage>> = {
  inisiatif: 'inisiatif',
  'uji coba': 'uji_coba',
  ujicoba: 'uji_coba',
  uji_coba: 'uji_coba',
  penerapan: 'penerapan',
  diterapkan: 'penerapan',
}

/** A stage pressed (its slug) or typed ("uji coba"). */
export function parseStage(raw: string): AnswerResult<InnovationStage> {
  const slug = raw.trim()
  const stage = z.enum(INNOVATION_STAGES).safeParse(slug)
  if (stage.success) return { ok: true, value: stage.data }
  const typed = STAGE_WORDS[normalizeText(raw)]
  return typed ? { ok: true, value: typed } : fail({ kind: 'not-a-choice' })
}

const YES = new Set(['ya', 'y', 'yes', 'iya', 'digital'])
const NO = new Set(['tidak', 'tdk', 't', 'no', 'n', 'bukan', 'non digital'])

/** Whether the innovation is digital: "ya"/"tidak" pressed or typed. */
export function parseDigital(raw: string): AnswerResult<boolean> {
  const word = normalizeText(raw)
  if (YES.has(word)) return { ok: true, value: true }
  if (NO.has(word)) return { ok: true, value: false }
  return fail({ kind: 'not-a-choice' })
}

/** A theme pressed (its slug) or typed (label or keyword, any case). */
export function parseTheme(raw: string): AnswerResult<string> {
  const theme = findTheme(raw.trim()) ?? resolveTheme(raw)
  return theme ? { ok: true, value: theme.slug } : fail({ kind: 'not-a-choice' })
}

const choiceOf = (region: Region): RegionChoice => ({
  provinceCode: region.province.code,
  regencyCode: region.kind === 'regency' ? region.regency.code : null,
})

/** Free text ("Kab. Wajo", "wajo sulsel") to one region; several candidates when the name is ambiguous. */
export function parseRegion(catalogue: RegionCatalogue, raw: string): AnswerResult<RegionChoice> {
  const text = raw.trim()
  if (text === '') return fail({ kind: 'required' })
  const resolution = resolveRegion(catalogue, text.slice(0, 200))
  if (resolution.kind === 'found') return { ok: true, value: choiceOf(resolution.region) }
  if (resolution.kind === 'unknown') return fail({ kind: 'unknown-region' })
  return fail({ kind: 'ambiguous-region', candidates: resolution.candidates.map(choiceOf) })
}

/** The BPS code of a region choice ("73.13" or "73"): what buttons carry. */
export const regionChoiceCode = (choice: RegionChoice) => choice.regencyCode ?? choice.provinceCode

/** A region choice from a BPS code, if the catalogue knows it (callback data may be forged). */
export function regionChoiceFromCode(catalogue: RegionCatalogue, code: string): RegionChoice | undefined {
  const regency = catalogue.regency(code)
  if (regency) return { provinceCode: regency.provinceCode, regencyCode: regency.code }
  return catalogue.province(code) ? { provinceCode: code, regencyCode: null } : undefined
}

/** The answers, if every required question has one (optional ones default to null). */
export function completeSubmission(draft: SubmissionDraft): SubmissionAnswers | undefined {
  const { name, agency, region, year, stage, digital, theme, description, innovator } = draft
  if (name === undefined || agency === undefined || region === undefined || year === undefined)
    return undefined
  if (stage === undefined || digital === undefined || theme === undefined) return undefined
  if (description === undefined || innovator === undefined) return undefined
  return {
    name,
    expansion: draft.expansion ?? null,
    agency,
    region,
    year,
    stage,
    digital,
    theme,
    description,
    problem: draft.problem ?? null,
    impact: draft.impact ?? null,
    innovator,
    link: draft.link ?? null,
  }
}

/** The first required question without an answer, or undefined when the draft is complete. */
export function firstUnanswered(draft: SubmissionDraft): SubmissionField | undefined {
  return SUBMISSION_FIELDS.find((field) => !OPTIONAL_FIELDS.has(field) && draft[field] === undefined)
}

/**
 * The keys the submission would have in the catalogue: the same natural key (name and region) and the
 * same agency, or a catalogue entry without agency, are the same innovation.
 */
export function submissionKey(answers: Pick<SubmissionAnswers, 'name' | 'agency' | 'region'>) {
  return {
    naturalKey: naturalKey({
      name: answers.name,
      regencyCode: answers.region.regencyCode,
      provinceCode: answers.region.provinceCode,
    }),
    agencyKey: agencyKey(answers.agency),
  }
}
