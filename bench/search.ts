/**
 * Search benchmark: our index against plain fuse.js over generated catalogues of 1,000, 10,000 and 100,000
 * innovations (plus the real seed innovations as needles). Run: `node --expose-gc --import tsx bench/search.ts`.
 * Ends with one machine-readable line: `search-bench: n=100000 build_s=… p50_ms=… p95_ms=… heap_mb=… …`.
 */
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import Fuse from 'fuse.js'
import { loadRegionCatalogue } from '../src/db/sources/regions.ts'
import type { RegionCatalogue } from '../src/domain/regions/catalogue.ts'
import { createSearchIndex } from '../src/domain/search/search-index.ts'
import {
  createRandom,
  type GeneratedInnovation,
  generateCatalogue,
  type SeedRow,
  seedDocuments,
} from './catalogue-generator.ts'
import { quantile } from './support/stats.ts'

const SIZES = [1_000, 10_000, 100_000]
const QUERY_COUNT = 200
const WARM_UP = 50
const FUSE_BUDGET_MS = 15_000
const NEEDLE_KINDS = new Set(['exact', 'acronym', 'typo'])
const SEED_FIRST_ID = 10_000_000

interface Judged {
  query: string
  relevant: string[]
  kind: string
}

interface Row {
  n: number
  buildS: number
  heapMb: number
  indexMb: number
  p50: number
  p95: number
  max: number
  needleRecall: number
  fuseBuildS: number
  fuseRan: number
  fuseP50: number
  fuseP95: number
}

const gc: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    throw new Error('Run with node --expose-gc --import tsx bench/search.ts')
  })

const catalogue = await loadRegionCatalogue()
const seedRows = readFileSync(new URL('../src/db/sources/seed-catalog.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as SeedRow)
const judged = JSON.parse(
  readFileSync(new URL('../test/fixtures/judged-queries.json', import.meta.url), 'utf8'),
) as Judged[]
const needles = judged.filter((entry) => NEEDLE_KINDS.has(entry.kind) && entry.relevant.length > 0)

const rows: Row[] = []
for (const n of SIZES) rows.push(runSize(n))
printTable(rows)
const last = rows[rows.length - 1]
if (last !== undefined) {
  console.log(
    `search-bench: n=${last.n} build_s=${fmt(last.buildS)} p50_ms=${fmt(last.p50)} p95_ms=${fmt(last.p95)} ` +
      `heap_mb=${Math.round(last.heapMb)} fuse_p95_ms=${Math.round(last.fuseP95)} ` +
      `speedup_p95=${Math.round(last.fuseP95 / Math.max(last.p95, 0.001))}`,
  )
}

function runSize(n: number): Row {
  const seeds = seedDocuments(catalogue, seedRows, SEED_FIRST_ID)
  const docs = [...generateCatalogue(catalogue, n - seeds.length, 20240601 + n), ...seeds]
  const queries = buildQueries(catalogue, docs, n)
  const warmUpQueries = buildQueries(catalogue, docs, n + 1).filter(
    (_, i) => i % (QUERY_COUNT / WARM_UP) === 0,
  )
  gc()
  const before = process.memoryUsage().heapUsed
  const started = performance.now()
  let index: ReturnType<typeof createSearchIndex> | undefined = createSearchIndex(catalogue)
  for (const doc of docs) index.upsert(doc)
  const buildS = (performance.now() - started) / 1000
  gc()
  const heapUsed = process.memoryUsage().heapUsed
  for (const query of warmUpQueries) index.search(query)
  const latencies = queries.map((query) => timed(() => index?.search(query, { limit: 10 })))
  const nameIds = new Map(seeds.map((seed) => [seed.name, seed.id]))
  const found = needles.filter((entry) => {
    const ids = new Set(index?.search(entry.query, { limit: 5 }).hits.map((hit) => hit.id))
    return entry.relevant.some((name) => ids.has(nameIds.get(name) ?? -1))
  }).length
  index = undefined
  gc()
  const fuse = runFuse(docs, queries)
  return {
    n,
    buildS,
    heapMb: heapUsed / 2 ** 20,
    indexMb: (heapUsed - before) / 2 ** 20,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    max: Math.max(...latencies),
    needleRecall: found / needles.length,
    ...fuse,
  }
}

function runFuse(docs: readonly GeneratedInnovation[], queries: readonly string[]) {
  const started = performance.now()
  const fuse = new Fuse(docs, { keys: ['name', 'description'] })
  const fuseBuildS = (performance.now() - started) / 1000
  const latencies: number[] = []
  const deadline = performance.now() + FUSE_BUDGET_MS
  for (const query of queries) {
    if (performance.now() > deadline) break
    latencies.push(timed(() => fuse.search(query, { limit: 10 })))
  }
  return {
    fuseBuildS,
    fuseRan: latencies.length,
    fuseP50: quantile(latencies, 0.5),
    fuseP95: quantile(latencies, 0.95),
  }
}

/**
 * 200 queries as officials type them, drawn deterministically from the catalogue: names (exact and with
 * a typo), expansion words, topic + kabupaten/kota, topic + province alias, abbreviations, years, awards,
 * common words and long chatty questions.
 */
function buildQueries(
  regions: RegionCatalogue,
  docs: readonly GeneratedInnovation[],
  seed: number,
): string[] {
  const random = createRandom(seed)
  const doc = () => docs[Math.floor(random() * docs.length)] as GeneratedInnovation
  const topicOf = (d: GeneratedInnovation) =>
    /layanan ([a-z ]+)\./i.exec(d.description)?.[1] ?? d.themes[0] ?? ''
  const regencyName = (d: GeneratedInnovation) =>
    d.regencyCode === null ? '' : (regions.regency(d.regencyCode)?.name ?? '')
  const provinceAlias = (d: GeneratedInnovation) => {
    const province = regions.province(d.provinceCode)
    return province?.aliases[0] ?? province?.name ?? ''
  }
  const typo = (text: string) => {
    const chars = [...text]
    const at = 1 + Math.floor(random() * Math.max(1, chars.length - 3))
    const [a, b] = [chars[at], chars[at + 1]]
    if (a !== undefined && b !== undefined && random() < 0.5) [chars[at], chars[at + 1]] = [b, a]
    else chars.splice(at, 1)
    return chars.join('')
  }
  const abbreviations = [
    'bumil',
    'kia',
    'umkm',
    'adminduk',
    'ktp elektronik',
    'bumdes',
    'kb',
    'ojek bumil',
    'stunting',
    'jamban sehat',
    'aki',
    'posyandu balita',
    'dukcapil',
    'pkk',
    'dbd',
    'tbc',
    'lansia',
    'asi eksklusif',
    'bank sampah',
    'ptsp',
  ]
  const common = [
    'pelayanan kesehatan',
    'masyarakat desa',
    'puskesmas',
    'sekolah',
    'kesehatan',
    'desa',
    'anak',
    'pelayanan publik masyarakat',
    'inovasi kesehatan ibu',
    'data informasi',
    'aplikasi',
    'layanan digital',
    'kader',
    'kecamatan',
    'dinas kesehatan',
    'warga',
    'program desa',
    'sistem informasi',
    'masyarakat',
    'kesehatan masyarakat',
    'pendidikan',
    'digital',
    'terpadu',
    'peduli',
    'gerakan',
  ]
  const queries: string[] = []
  const add = (count: number, make: () => string) => {
    for (let i = 0; i < count; i++) queries.push(make())
  }
  add(20, () => doc().name)
  add(20, () => typo(doc().name.toLowerCase()))
  add(20, () => {
    const words = (doc().expansion ?? doc().name).toLowerCase().split(' ')
    return words.slice(Math.max(0, words.length - 2)).join(' ')
  })
  add(25, () => {
    const d = doc()
    return `${topicOf(d)} ${regencyName(d)}`
  })
  add(15, () => {
    const d = doc()
    return `inovasi ${topicOf(d)} di ${provinceAlias(d)}`
  })
  for (const query of abbreviations) queries.push(query)
  add(15, () => {
    const d = doc()
    return random() < 0.5 ? `${topicOf(d)} ${d.year}` : `inovasi ${d.year}`
  })
  add(20, () => {
    const d = doc()
    const roll = random()
    if (roll < 0.3) return `top 99 ${regencyName(d)}`
    if (roll < 0.55) return `top 45 ${d.year}`
    if (roll < 0.8) return `kipp ${provinceAlias(d)}`
    return `top 30 ${provinceAlias(d)} ${topicOf(d)}`
  })
  for (const query of common) queries.push(query)
  add(20, () => {
    const d = doc()
    const roll = random()
    if (roll < 0.3)
      return `tolong carikan inovasi tentang ${topicOf(d)} di kabupaten ${regencyName(d)} yang dapat penghargaan`
    if (roll < 0.6) return `ada gak inovasi ${typo(topicOf(d))} di ${provinceAlias(d)} ${d.year}`
    return `${typo(topicOf(d))} ${provinceAlias(d)}`
  })
  return queries.slice(0, QUERY_COUNT)
}

function timed(run: () => unknown): number {
  const started = performance.now()
  run()
  return performance.now() - started
}

function fmt(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}

function printTable(results: readonly Row[]): void {
  console.log(
    '\n|       n | build s | heap MB | index MB | p50 ms | p95 ms | max ms | needle R@5 | fuse build s | fuse ran | fuse p50 ms | fuse p95 ms |',
  )
  console.log(
    '|--------:|--------:|--------:|---------:|-------:|-------:|-------:|-----------:|-------------:|---------:|------------:|------------:|',
  )
  for (const r of results) {
    const cells = [
      String(r.n).padStart(7),
      fmt(r.buildS).padStart(7),
      fmt(r.heapMb).padStart(7),
      fmt(r.indexMb).padStart(8),
      fmt(r.p50).padStart(6),
      fmt(r.p95).padStart(6),
      fmt(r.max).padStart(6),
      r.needleRecall.toFixed(3).padStart(10),
      fmt(r.fuseBuildS).padStart(12),
      `${r.fuseRan}/${QUERY_COUNT}`.padStart(8),
      fmt(r.fuseP50).padStart(11),
      fmt(r.fuseP95).padStart(11),
    ]
    console.log(`| ${cells.join(' | ')} |`)
  }
  console.log(
    `\n${QUERY_COUNT} mixed queries per size after ${WARM_UP} warm-up queries of the same mix (another seed); needle R@5 over ${needles.length} ` +
      `judged name/acronym/typo queries for the ${seedRows.length} real seed innovations planted in the catalogue; ` +
      `fuse.js (default options, keys name+description) stops after ${FUSE_BUDGET_MS / 1000} s of queries per size.`,
  )
}
