/**
 * One bot process as the search benchmark sees it (started by `bench/search.ts`, never by hand): opens the
 * database exactly as the bot does (`openRuntime`: migrations, regions, then the index, restored from
 * its snapshot or built from the database), says "ready" and, as a `firstStart`, saves the snapshot and
 * stops. Otherwise it answers each query as the bot's search does — the index, then the details
 * of the page of results from the database (`listInnovationDetails`) — and finally gives fuse.js and
 * MiniSearch the same queries with the same database fetch. Prints one JSON line per stage.
 */
import { on, once } from 'node:events'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import { listInnovationDetails, listSearchDocuments } from '../../src/db/repositories/innovations.ts'
import { createLogger } from '../../src/logger.ts'
import { openRuntime, type Runtime } from '../../src/runtime.ts'
import type { PeerThreadInput, PeerThreadMessage } from './peer-thread.ts'
import { peerDocument } from './peers.ts'

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
/** A thread does not inherit tsx's loader: it registers it, then loads the TypeScript of the thread. */
const PEER_THREAD_BOOT = `import('tsx/esm/api').then(({ register }) => { register()
  return import(${JSON.stringify(new URL('./peer-thread.ts', import.meta.url).href)}) })`

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
  for (const engine of ['fuse.js', 'MiniSearch'] as const) {
    results.push({
      name: engine,
      ...(await runPeer({ engine, documents, limit: PAGE_SIZE }, input.peerBudgetMs)),
    })
    gc()
  }
  return results
}

/**
 * One peer in a thread of its own: the same queries in the same order, each followed by the same fetch
 * of the page's rows, until its time budget is spent. A query still running then is stopped with the
 * thread and not counted: at 100,000 records one fuse.js query can take minutes.
 */
async function runPeer(
  input: PeerThreadInput,
  budgetMs: number,
): Promise<{ latencies: number[]; buildS: number }> {
  const thread = new Worker(PEER_THREAD_BOOT, { eval: true, workerData: input })
  const messages = on(thread, 'message')
  const next = async () => (await messages.next()).value?.[0] as PeerThreadMessage
  const built = await next()
  const buildS = 'buildS' in built ? built.buildS : 0
  const latencies: number[] = []
  const exited = once(thread, 'exit').then(() => undefined)
  const timer = setTimeout(() => void thread.terminate(), budgetMs)
  try {
    for (const query of queries) {
      thread.postMessage(query)
      const answered = await Promise.race([next(), exited])
      if (answered === undefined || !('ids' in answered)) break
      const fetchMs = await answer(() => answered.ids)
      latencies.push(answered.searchMs + fetchMs)
    }
  } finally {
    clearTimeout(timer)
    await thread.terminate()
  }
  return { latencies, buildS }
}
