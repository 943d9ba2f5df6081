import type { SearchIndex } from '../domain/search/types.ts'
import type { Logger } from '../logger.ts'
import type { DatabaseHandle } from './database.ts'
import {
  INNOVATIONS_CHANGED,
  listSearchDocuments,
  listSearchDocumentVersions,
  searchCatalogueFingerprint,
  searchVersionsFingerprint,
} from './repositories/innovations.ts'
import type { SearchSnapshotStore } from './search-snapshot.ts'

export interface SearchSync {
  /** Resolves when every change heard so far is in the index (tests wait on it). */
  settled(): Promise<void>
  /** Stops listening; a change not yet saved in the snapshot is saved first. */
  stop(): Promise<void>
}

/** Where the index came from: a snapshot (and the versions of its documents), or nowhere (empty). */
export interface SearchSyncOptions {
  snapshots?: SearchSnapshotStore | undefined
  /** Versions of the documents in `index` when it was restored from a snapshot. */
  versions?: ReadonlyMap<number, number> | undefined
}

/**
 * The version kept for a document loaded without one (published between the two reads): never a real
 * version, so the next start loads it again, or removes it if it is gone.
 */
const UNKNOWN_VERSION = 0.5

/** Quiet time after a change before the snapshot is saved again: an import's batches are saved once. */
const SAVE_DELAY_MS = 30_000

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
 * loads, so a change made during the load is not missed. An index restored from a snapshot is checked
 * against the database (one aggregate of document versions) and only the documents changed since are
 * loaded again; the snapshot is saved again after a build and after changes.
 */
export async function startSearchSync(
  database: DatabaseHandle,
  index: SearchIndex,
  logger: Logger,
  options: SearchSyncOptions = {},
): Promise<SearchSync> {
  const versions = new Map(options.versions ?? [])
  let queue = Promise.resolve()
  const refresh = async (ids: number[]) => {
    // Versions before documents: a document changed in between is loaded again at the next start.
    const current = await listSearchDocumentVersions(database.db, ids)
    const documents = await listSearchDocuments(database.db, ids)
    const found = new Set(documents.map((document) => document.id))
    for (const document of documents) index.upsert(document)
    for (const id of ids) {
      if (found.has(id)) versions.set(id, current.get(id) ?? UNKNOWN_VERSION)
      else {
        index.remove(id)
        versions.delete(id)
      }
    }
  }
  const saver = snapshotSaver(options.snapshots, () => ({ index: index.snapshot(), versions }), logger)
  const stopListening = await database.listen(INNOVATIONS_CHANGED, (payload) => {
    const ids = parseIds(payload)
    queue = queue
      .then(() => refresh(ids))
      .then(() => saver.later())
      .catch((error: unknown) => logger.error({ err: error, ids: ids.length }, 'search index refresh failed'))
  })
  const started = performance.now()
  const changed = await (options.versions === undefined ? build() : catchUp())
  logger.info(
    { documents: index.size, changed, ms: Math.round(performance.now() - started) },
    options.versions === undefined ? 'search index built' : 'search index restored',
  )
  if (changed > 0) saver.now()
  return {
    settled: () => queue,
    async stop() {
      await stopListening()
      await queue
      await saver.flush()
    },
  }

  async function build(): Promise<number> {
    const current = await listSearchDocumentVersions(database.db)
    const documents = await listSearchDocuments(database.db)
    for (const document of documents) {
      index.upsert(document)
      versions.set(document.id, current.get(document.id) ?? UNKNOWN_VERSION)
    }
    return documents.length
  }

  async function catchUp(): Promise<number> {
    if ((await searchCatalogueFingerprint(database.db)) === searchVersionsFingerprint(versions)) return 0
    const current = await listSearchDocumentVersions(database.db)
    const stale = [...current].filter(([id, version]) => versions.get(id) !== version).map(([id]) => id)
    const gone = [...versions.keys()].filter((id) => !current.has(id))
    await refresh([...stale, ...gone])
    return stale.length + gone.length
  }
}

/** Saves the snapshot now (in the background), later (after quiet), or at stop if a change is unsaved. */
function snapshotSaver(
  store: SearchSnapshotStore | undefined,
  take: () => Parameters<SearchSnapshotStore['save']>[0],
  logger: Logger,
) {
  let timer: NodeJS.Timeout | undefined
  let saving = Promise.resolve()
  let unsaved = false
  const now = () => {
    if (store === undefined) return
    clearTimeout(timer)
    timer = undefined
    unsaved = false
    const started = performance.now()
    saving = saving
      .then(() => store.save(take()))
      .then(() => logger.info({ ms: Math.round(performance.now() - started) }, 'search index snapshot saved'))
      .catch((error: unknown) => {
        unsaved = true
        logger.error({ err: error }, 'search index snapshot not saved: the next start rebuilds what changed')
      })
  }
  return {
    now,
    later() {
      if (store === undefined) return
      unsaved = true
      clearTimeout(timer)
      timer = setTimeout(now, SAVE_DELAY_MS)
      timer.unref()
    },
    async flush() {
      if (unsaved) now()
      await saving
    },
  }
}
