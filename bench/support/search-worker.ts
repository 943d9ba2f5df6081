/**
 * One bot process as the search benchmark sees it (started by `bench/search.ts`, never by hand): opens the
 * database exactly as the bot does (`openRuntime`: migrations, regions, then the index, restored from
 * its snapshot or built from the database), says "ready" and, as a `firstStart`, saves the snapshot and
 * stops. Otherwise it answers each query as the bot's search does — the index, then the details
 * of the page of results from the database (`listInnovationDetails`) — and finally gives fuse.js and
 * MiniSearch the same queries with the same database fetch. Prints one JSON line per stage.
 */
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { listInnovationDetails, listSearchDocuments } from '../../src/db/repositories/innovations.ts'
import { createLogger } from '../../src/logger.ts'
import { openRuntime, type Runtime } from '../../src/runtime.ts'
import { fuseEngine, miniSearchEngine, type PeerEngine, peerDocument } from './peers.ts'

export interface WorkerInput {
  databaseUrl: string | undefined
  pgliteDir: string
  queriesFile: string
  /** Time each peer engine may spend on the queries, in order; the rest are not run (and counted). */
  peerBudgetMs: number
  /** Only start (building the index and saving its snapshot, as the first start after an import does). */
  firstStart?: boolean
}

export interface WorkerResult {
  latencies: number[]
  rssMb: number
  indexMb: number
  peers: { name: string; latencies: number[]; buildS: number }[]
}

/** Results on the bot's page: what a search shows at once. */
export const PAGE_SIZE = 5
const WARM_UP = 50

const input = JSON.parse(process.argv[2] ?? '{}') as WorkerInput
const { queries, warmUp } = JSON.parse(readFileSync(input.queriesFile, 'utf8')) as {
  queries: string[]
  warmUp: string[]
}
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})

gc()
const heapBefore = process.memoryUsage().heapUsed
const runtime = await openRuntime({ ...input, starterCatalogue: 'none' }, createLogger({ level: 'silent' }))
process.stdout.write(`${JSON.stringify({ ready: true })}\n`)
if (input.firstStart) {
  await runtime.close()
  process.exit(0)
}
gc()
const indexMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20

/** What the bot waits for on one query: the index, then the page's rows from the database. */
async function answer(ids: () => number[]): Promise<number> {
  const started = performance.now()
  await listInnovationDetails(runtime.database.db, ids())
  return performance.now() - started
}

const ours = (query: string) =>
  answer(() => runtime.search.search(query, { limit: PAGE_SIZE }).hits.map((hit) => hit.id))
for (const query of warmUp.slice(0, WARM_UP)) await ours(query)
const latencies: number[] = []
for (const query of queries) latencies.push(await ours(query))
const rssMb = process.resourceUsage().maxRSS / 1024

const peers = await runPeers(runtime)
process.stdout.write(`${JSON.stringify({ latencies, rssMb, indexMb, peers } satisfies WorkerResult)}\n`)
await runtime.close()

async function runPeers(rt: Runtime) {
  const documents = (await listSearchDocuments(rt.database.db)).map((document) => {
    const regency = document.regencyCode === null ? undefined : rt.regions.regency(document.regencyCode)
    return peerDocument(
      document,
      `${regency?.name ?? ''} ${rt.regions.province(document.provinceCode)?.name ?? ''}`,
    )
  })
  const results = []
  for (const build of [fuseEngine, miniSearchEngine]) {
    const started = performance.now()
    const engine: PeerEngine = build(documents)
    const buildS = (performance.now() - started) / 1000
    const peerLatencies: number[] = []
    const deadline = performance.now() + input.peerBudgetMs
    for (const query of queries) {
      if (performance.now() > deadline) break
      peerLatencies.push(await answer(() => engine.search(query, PAGE_SIZE)))
    }
    results.push({ name: engine.name, latencies: peerLatencies, buildS })
    gc()
  }
  return results
}
