/**
 * One peer engine (fuse.js or MiniSearch) in a worker thread of the search benchmark's bot process (see
 * `search-worker.ts`), so that the benchmark can stop it at its time budget even in the middle of a query:
 * at 100,000 records one fuse.js query can run for minutes. It builds the engine, then answers one query
 * each time it is asked, giving the ids and the time the engine took; the bot process fetches the rows.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { fuseEngine, miniSearchEngine, type PeerDocument } from './peers.ts'

export interface PeerThreadInput {
  engine: 'fuse.js' | 'MiniSearch'
  documents: PeerDocument[]
  limit: number
}

/** What the thread says: the engine is built, or one query's ids and search time. */
export type PeerThreadMessage = { buildS: number } | { ids: number[]; searchMs: number }

const { engine, documents, limit } = workerData as PeerThreadInput
const port = parentPort
if (port === null) throw new Error('peer-thread runs as a worker thread')
const started = performance.now()
const peer = (engine === 'fuse.js' ? fuseEngine : miniSearchEngine)(documents)
port.postMessage({ buildS: (performance.now() - started) / 1000 } satisfies PeerThreadMessage)
port.on('message', (query: string) => {
  const before = performance.now()
  const ids = peer.search(query, limit)
  port.postMessage({ ids, searchMs: performance.now() - before } satisfies PeerThreadMessage)
})
