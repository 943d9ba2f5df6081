import { readFileSync } from 'node:fs'
import Fuse from 'fuse.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadRegionCatalogue } from '../../../src/db/sources/regions.ts'
import { toSearchDocument } from '../../../src/domain/innovations/innovation.ts'
import type { RegionCatalogue } from '../../../src/domain/regions/catalogue.ts'
import { createSearchIndex } from '../../../src/domain/search/search-index.ts'
import type { SearchDocument } from '../../../src/domain/search/types.ts'
import { validateImportRow } from '../../../src/domain/validation/import-row.ts'

interface Judged {
  query: string
  relevant: string[]
  kind: string
}

interface Scored {
  recall: number
  reciprocalRank: number
}

const K = 5
const seedRows = readLines('../../../src/db/sources/seed-catalog.jsonl').map(
  (line) => JSON.parse(line) as unknown,
)
const judged = JSON.parse(
  readFileSync(new URL('../../fixtures/judged-queries.json', import.meta.url), 'utf8'),
) as Judged[]

function readLines(path: string): string[] {
  return readFileSync(new URL(path, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
}

/** A seed row as the bot has it: through the real import validation (regions, theme, award level). */
function documentOf(catalogue: RegionCatalogue, row: unknown, id: number): SearchDocument {
  const result = validateImportRow(row, catalogue, 2100)
  if (!result.ok) throw new Error(`seed row ${id} is invalid: ${JSON.stringify(result.problems)}`)
  return toSearchDocument(id, result.innovation)
}

/**
 * Recall@5 = share of the relevant innovations in the top 5; reciprocal rank = 1 / rank of the first
 * relevant one (0 if none in the top 5). A no-answer query (no relevant innovation) scores 1 on both
 * when nothing at all is returned, else 0.
 */
function score(entry: Judged, topNames: readonly string[], returnedAny: boolean): Scored {
  if (entry.relevant.length === 0)
    return returnedAny ? { recall: 0, reciprocalRank: 0 } : { recall: 1, reciprocalRank: 1 }
  const top = topNames.slice(0, K)
  const found = entry.relevant.filter((name) => top.includes(name)).length
  const rank = top.findIndex((name) => entry.relevant.includes(name))
  return { recall: found / entry.relevant.length, reciprocalRank: rank < 0 ? 0 : 1 / (rank + 1) }
}

function mean(scores: readonly Scored[]) {
  const sum = (pick: (s: Scored) => number) => scores.reduce((total, s) => total + pick(s), 0) / scores.length
  return { recall: sum((s) => s.recall), mrr: sum((s) => s.reciprocalRank) }
}

describe('search quality on the judged queries', () => {
  let ours: Scored[] = []
  let fuse: Scored[] = []

  beforeAll(async () => {
    const catalogue = await loadRegionCatalogue()
    const documents = seedRows.map((row, i) => documentOf(catalogue, row, i + 1))
    const nameOf = new Map(documents.map((doc) => [doc.id, doc.name]))
    const index = createSearchIndex(catalogue)
    for (const doc of documents) index.upsert(doc)
    const plain = new Fuse(
      documents.map((doc) => ({ ...doc, region: regionText(catalogue, doc) })),
      { keys: ['name', 'expansion', 'agency', 'description', 'region'] },
    )
    ours = judged.map((entry) => {
      const result = index.search(entry.query, { limit: K })
      return score(
        entry,
        result.hits.map((hit) => nameOf.get(hit.id) ?? ''),
        result.total > 0,
      )
    })
    fuse = judged.map((entry) => {
      const hits = plain.search(entry.query, { limit: K })
      return score(
        entry,
        hits.map((hit) => hit.item.name),
        hits.length > 0,
      )
    })
    printReport(ours, fuse)
  })

  it('finds at least 90% of the relevant innovations in the top 5 (Recall@5)', () => {
    expect(mean(ours).recall).toBeGreaterThanOrEqual(0.9)
  })

  it('ranks a relevant innovation first most of the time (MRR >= 0.8)', () => {
    expect(mean(ours).mrr).toBeGreaterThanOrEqual(0.8)
  })

  it('judges at least 60 queries', () => {
    expect(judged.length).toBeGreaterThanOrEqual(60)
  })
})

function regionText(catalogue: RegionCatalogue, doc: SearchDocument): string {
  const regency = doc.regencyCode === null ? undefined : catalogue.regency(doc.regencyCode)
  return `${regency?.officialName ?? ''} ${catalogue.province(doc.provinceCode)?.name ?? ''}`
}

function printReport(ours: readonly Scored[], fuse: readonly Scored[]): void {
  const kinds = [...new Set(judged.map((entry) => entry.kind))]
  const line = (label: string, a: Scored[], b: Scored[]) => {
    const x = mean(a)
    const y = mean(b)
    return `${label.padEnd(10)} ${String(a.length).padStart(3)}  ${x.recall.toFixed(3)} ${x.mrr.toFixed(3)}   ${y.recall.toFixed(3)} ${y.mrr.toFixed(3)}`
  }
  const ofKind = (scores: readonly Scored[], kind: string) =>
    scores.filter((_, i) => judged[i]?.kind === kind)
  const misses = judged.flatMap((entry, i) =>
    (ours[i]?.recall ?? 0) < 1 ? [`  ${entry.query} (R@5 ${ours[i]?.recall.toFixed(2)})`] : [],
  )
  console.log(
    [
      `Judged queries: Recall@${K} and MRR, this index vs plain fuse.js (default options, all text keys)`,
      'kind         n  ours R   MRR     fuse R  MRR',
      ...kinds.map((kind) => line(kind, ofKind(ours, kind), ofKind(fuse, kind))),
      line('all', [...ours], [...fuse]),
      `No-answer queries count as correct only when nothing is returned. Queries below R@${K} = 1:`,
      ...misses,
    ].join('\n'),
  )
}
