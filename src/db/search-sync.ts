import type { SearchIndex } from '../domain/search/types.ts'
import type { Logger } from '../logger.ts'
import type { DatabaseHandle } from './database.ts'
import { INNOVATIONS_CHANGED, listSearchDocuments } from './repositories/innovations.ts'

export interface SearchSync {
  /** Resolves when every change heard so far is in the index (tests wait on it). */
  settled(): Promise<void>
  stop(): Promise<void>
}

function parseIds(payload: string): number[] {
  try {
    const ids: unknown = JSON.parse(payload)
    return Array.isArray(ids) ? ids.filter((id): id is number => Number.isInteger(id)) : []
  } catch {
    return []
  }
}

/**
 * Fills the index with every published innovation, then keeps it fresh: whatever any process publishes,
 * edits, imports or unpublishes reaches this index through NOTIFY, without a restart. It listens before it
 * loads, so a change made during the load is not missed.
 */
export async function startSearchSync(
  database: DatabaseHandle,
  index: SearchIndex,
  logger: Logger,
): Promise<SearchSync> {
  let queue = Promise.resolve()
  const refresh = async (ids: number[]) => {
    const documents = await listSearchDocuments(database.db, ids)
    const found = new Set(documents.map((document) => document.id))
    for (const document of documents) index.upsert(document)
    for (const id of ids) if (!found.has(id)) index.remove(id)
  }
  const stopListening = await database.listen(INNOVATIONS_CHANGED, (payload) => {
    const ids = parseIds(payload)
    queue = queue
      .then(() => refresh(ids))
      .catch((error: unknown) => logger.error({ err: error, ids: ids.length }, 'search index refresh failed'))
  })
  const started = performance.now()
  for (const document of await listSearchDocuments(database.db)) index.upsert(document)
  logger.info({ documents: index.size, ms: Math.round(performance.now() - started) }, 'search index built')
  return {
    settled: () => queue,
    stop: () => stopListening(),
  }
}
