import { createInterface } from 'node:readline'
import { toInnovationView, withAwardFirst } from '../bot/format/innovation.ts'
import { noResultsMessage, resultsMessage } from '../bot/format/search.ts'
import { listInnovationDetails } from '../db/repositories/innovations.ts'
import { regionLabel } from '../domain/regions/catalogue.ts'
import type { Understood } from '../domain/search/types.ts'
import type { Translate } from '../i18n.ts'
import type { Runtime } from '../runtime.ts'

export interface SearchArgs {
  query: string | undefined
  json: boolean
  limit: string | undefined
  stdin: boolean
}

const DEFAULT_LIMIT = 5
const MAX_LIMIT = 100

function parseLimit(raw: string | undefined): number | undefined {
  if (raw === undefined) return DEFAULT_LIMIT
  const limit = Number(raw)
  return Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT ? limit : undefined
}

/** What the index made of a query, as `search --json` prints it (region labels instead of objects). */
export function understoodJson(understood: Understood) {
  return {
    terms: understood.terms,
    corrections: understood.corrections,
    regions: understood.regions.map((region) => ({ label: regionLabel(region), kind: region.kind })),
    years: understood.years,
    awards: understood.awards,
    themes: understood.themes,
    guessed: (understood.guessed ?? []).map((guess) => ({
      typed: guess.typed,
      regions: guess.regions.map(regionLabel),
    })),
  }
}

/** One query, answered as the JSON object of `search --json`. */
async function searchJson(runtime: Runtime, query: string, limit: number) {
  const result = runtime.search.search(query, { limit })
  const details = await listInnovationDetails(
    runtime.database.db,
    result.hits.map((hit) => hit.id),
  )
  const scores = new Map(result.hits.map((hit) => [hit.id, hit.score]))
  const matched = new Map(result.hits.map((hit) => [hit.id, hit.award]))
  const { understood } = result
  return {
    query,
    understood: understoodJson(understood),
    total: result.total,
    results: details.map((detail) => ({
      id: detail.id,
      name: detail.name,
      expansion: detail.expansion,
      agency: detail.agency,
      regency: detail.regencyCode
        ? (runtime.regions.regency(detail.regencyCode)?.officialName ?? null)
        : null,
      province: runtime.regions.province(detail.provinceCode)?.name ?? detail.provinceCode,
      year: detail.year,
      awards: withAwardFirst(toInnovationView(detail, runtime.regions), matched.get(detail.id)).awards.map(
        (award) => award.title,
      ),
      score: Number((scores.get(detail.id) ?? 0).toFixed(4)),
    })),
  }
}

/** One query as a person reads it: the same text the bot sends. */
async function searchText(runtime: Runtime, t: Translate, query: string, limit: number) {
  const result = runtime.search.search(query, { limit })
  if (result.total === 0) return noResultsMessage(t, query, result.understood).text
  const details = await listInnovationDetails(
    runtime.database.db,
    result.hits.map((hit) => hit.id),
  )
  return resultsMessage(t, {
    query,
    total: result.total,
    page: 0,
    pages: 1,
    offset: 0,
    items: details.map((detail) =>
      withAwardFirst(
        toInnovationView(detail, runtime.regions),
        result.hits.find((hit) => hit.id === detail.id)?.award,
      ),
    ),
    understood: result.understood,
    partial: result.closestOnly,
  }).text
}

/**
 * `search [--json] [--limit N] "kueri"`, or `search --stdin`: one query per input line, one JSON line per
 * query, all in one process (the index is built once).
 */
export async function searchCommand(
  args: SearchArgs,
  openRuntime: () => Promise<Runtime>,
  t: Translate,
  input: NodeJS.ReadableStream,
  write: (line: string) => void,
) {
  const limit = parseLimit(args.limit)
  if (limit === undefined)
    return { exitCode: 1, lines: [t('cli-search-bad-limit', { max: String(MAX_LIMIT) })] }
  if (!args.stdin && !args.query?.trim()) return { exitCode: 1, lines: [t('cli-search-query-required')] }
  const runtime = await openRuntime()
  try {
    if (!args.stdin) {
      const query = args.query ?? ''
      const line = args.json
        ? JSON.stringify(await searchJson(runtime, query, limit))
        : await searchText(runtime, t, query, limit)
      return { exitCode: 0, lines: [line] }
    }
    for await (const query of createInterface({ input, terminal: false })) {
      if (query.trim() !== '') write(JSON.stringify(await searchJson(runtime, query, limit)))
    }
    return { exitCode: 0, lines: [] }
  } finally {
    await runtime.close()
  }
}
