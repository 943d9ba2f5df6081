import { z } from 'zod'
import type { NewsRecord } from '../../../db/repositories/news.ts'

/** The fields of a draft an admin can edit by typing. */
export const NEWS_FIELDS = ['name', 'agency', 'region', 'year', 'award', 'description'] as const
export type NewsField = (typeof NEWS_FIELDS)[number]

/**
 * A catalogue entry the draft may be, shown with its question: `ask` until the admin answers, `yes`
 * records only the award on it, `no` keeps the draft a new innovation.
 */
const matchSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  answer: z.enum(['ask', 'yes', 'no']),
})

/**
 * One innovation of the article as the admin leaves it. `quote`: at most two sentences of the article
 * (shown and stored as a quotation with its source) until `description`, in our own words, replaces it.
 */
const draftSchema = z.object({
  name: z.string(),
  expansion: z.string().nullable(),
  agency: z.string().nullable(),
  provinceCode: z.string().nullable(),
  regencyCode: z.string().nullable(),
  year: z.number().int().nullable(),
  award: z.string().nullable(),
  quote: z.string().nullable(),
  description: z.string().nullable(),
  dropped: z.boolean(),
  match: matchSchema.nullable(),
  /** The catalogue entry "Simpan semua" stored or gave the award: what "Umumkan" names. */
  savedId: z.number().int().nullable(),
})
export type NewsDraft = z.infer<typeof draftSchema>

const editingSchema = z.object({ index: z.number().int().min(0), field: z.enum(NEWS_FIELDS) })
export type Editing = z.infer<typeof editingSchema>

export const draftsOf = (news: NewsRecord): NewsDraft[] =>
  z.array(draftSchema).safeParse(news.drafts).data ?? []
export const editingOf = (news: NewsRecord): Editing | undefined => editingSchema.safeParse(news.editing).data
