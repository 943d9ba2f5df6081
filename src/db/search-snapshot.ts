import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { type FileHandle, open, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { eq, sql } from 'drizzle-orm'
import type { RegionCatalogue } from '../domain/regions/catalogue.ts'
import type { SearchIndexSnapshot } from '../domain/search/types.ts'
import { type Database, type DatabaseHandle, resultRows } from './database.ts'
import { packSnapshot, type ReadAt, unpackSnapshot } from './packed-snapshot.ts'
import { searchIndexSnapshots } from './schema/index.ts'

/** A search index saved with the version of each document it holds (see `listSearchDocumentVersions`). */
export interface SavedSearchIndex {
  index: SearchIndexSnapshot
  versions: Map<number, number>
}

/** Where the search index is saved between starts. */
export interface SearchSnapshotStore {
  /** The saved index, or undefined when there is none or it was made by other search code. */
  load(): Promise<SavedSearchIndex | undefined>
  /** Serialises at once (the index may change right after), then writes. */
  save(saved: SavedSearchIndex): Promise<void>
}

const SNAPSHOT_NAME = 'search-index'
const READ_PART_BYTES = 4 * 2 ** 20

interface Packed {
  ids: Int32Array
  versions: Float64Array
}
const DOMAIN_FOLDER = fileURLToPath(new URL('../domain', import.meta.url))

/**
 * The snapshot store of this database: a file beside the PGlite folder (`<folder>.search-index`, written
 * whole then renamed), a row of `search_index_snapshots` on a server; none for an in-memory PGlite. A
 * snapshot made by other search code or another region catalogue (see `searchCodeKey`), or beside a
 * PGlite folder made again since (its system identifier changes), is not loaded.
 */
export async function searchSnapshotStore(
  database: DatabaseHandle,
  pgliteDir: string | undefined,
  regions: RegionCatalogue,
): Promise<SearchSnapshotStore | undefined> {
  if (database.kind === 'pglite' && (pgliteDir === undefined || pgliteDir.startsWith('memory://'))) {
    return undefined
  }
  const codeKey = `${searchCodeKey(regions)}:${database.kind === 'pglite' ? await systemIdentifier(database) : ''}`
  // Versions as two arrays: a serialiser writes a Map of 100,000 entries ten times slower.
  const encode = ({ index, versions }: SavedSearchIndex) =>
    packSnapshot({
      codeKey,
      index,
      ids: Int32Array.from(versions.keys()),
      versions: Float64Array.from(versions.values()),
    })
  const decode = async (size: number | undefined, readAt: ReadAt): Promise<SavedSearchIndex | undefined> => {
    if (size === undefined) return undefined
    const value = (await unpackSnapshot(size, readAt)) as
      | ({ codeKey?: string; index?: SearchIndexSnapshot } & Partial<Packed>)
      | undefined
    if (value?.codeKey !== codeKey || value.index === undefined) return undefined
    const { ids = new Int32Array(0), versions = new Float64Array(0) } = value
    return { index: value.index, versions: new Map(Array.from(ids, (id, i) => [id, versions[i] ?? 0])) }
  }
  if (database.kind === 'pglite') {
    const file = `${pgliteDir}.search-index`
    return {
      load: () => readFromFile(file, decode),
      async save(saved) {
        const parts = encode(saved)
        await writeFile(`${file}.tmp`, parts)
        await rename(`${file}.tmp`, file)
      },
    }
  }
  return {
    // One snapshot of the row for every part, even if another instance saves meanwhile.
    load: () =>
      database.db.transaction((tx) => readFromRow(tx, decode), { isolationLevel: 'repeatable read' }),
    async save(saved) {
      const data = Buffer.concat(encode(saved))
      await database.db
        .insert(searchIndexSnapshots)
        .values({ name: SNAPSHOT_NAME, data })
        .onConflictDoUpdate({ target: searchIndexSnapshots.name, set: { data, savedAt: sql`now()` } })
    },
  }
}

type Decode = (size: number | undefined, readAt: ReadAt) => Promise<SavedSearchIndex | undefined>

async function readFromFile(file: string, decode: Decode) {
  let handle: FileHandle
  try {
    handle = await open(file, 'r')
  } catch (error) {
    return missing(error as NodeJS.ErrnoException)
  }
  try {
    const { size } = await handle.stat()
    return await decode(size, async (position, into) => {
      for (let done = 0; done < into.length; ) {
        const { bytesRead } = await handle.read(into, done, into.length - done, position + done)
        if (bytesRead === 0) throw new Error(`${file} ended early`)
        done += bytesRead
      }
    })
  } finally {
    await handle.close()
  }
}

/**
 * The saved snapshot, read a few megabytes at a time straight into the index's arrays: the driver receives
 * bytea as hex text, so reading 80 MB at once would hold several times that at the moment the bot starts.
 */
async function readFromRow(db: Database, decode: Decode) {
  const [size] = await db
    .select({ bytes: sql<number>`length(${searchIndexSnapshots.data})` })
    .from(searchIndexSnapshots)
    .where(eq(searchIndexSnapshots.name, SNAPSHOT_NAME))
  return decode(size?.bytes, async (position, into) => {
    for (let done = 0; done < into.length; done += READ_PART_BYTES) {
      const [part] = await db
        .select({
          bytes: sql<Uint8Array>`substring(${searchIndexSnapshots.data} from ${position + done + 1} for ${Math.min(READ_PART_BYTES, into.length - done)})`,
        })
        .from(searchIndexSnapshots)
        .where(eq(searchIndexSnapshots.name, SNAPSHOT_NAME))
      if (part === undefined || part.bytes.length !== Math.min(READ_PART_BYTES, into.length - done))
        throw new Error('search index snapshot changed while it was read')
      into.set(part.bytes, done)
    }
  })
}

async function systemIdentifier(database: DatabaseHandle): Promise<string> {
  const [row] = resultRows<{ id: string }>(
    await database.db.execute(sql`select system_identifier::text as id from pg_control_system()`),
  )
  return row?.id ?? ''
}

function missing(error: NodeJS.ErrnoException): undefined {
  if (error.code === 'ENOENT') return undefined
  throw error
}

/**
 * What a saved index depends on besides the documents: the domain code that analyses them (its source
 * files) and the regions whose names are indexed with them. Any change there means rebuilding.
 */
function searchCodeKey(regions: RegionCatalogue): string {
  const hash = createHash('sha256')
  const files = readdirSync(DOMAIN_FOLDER, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort()
  for (const file of files) hash.update(file).update(readFileSync(join(DOMAIN_FOLDER, file)))
  for (const key of regions.keys) hash.update(key).update('\n')
  return hash.digest('hex')
}
