import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deserialize, serialize } from 'node:v8'
import { eq, sql } from 'drizzle-orm'
import type { RegionCatalogue } from '../domain/regions/catalogue.ts'
import type { SearchIndexSnapshot } from '../domain/search/types.ts'
import { type Database, type DatabaseHandle, resultRows } from './database.ts'
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
    serialize({
      codeKey,
      index,
      ids: Int32Array.from(versions.keys()),
      versions: Float64Array.from(versions.values()),
    })
  const decode = (data: Uint8Array | undefined): SavedSearchIndex | undefined => {
    if (data === undefined) return undefined
    const value = deserialize(data) as { codeKey?: string; index?: SearchIndexSnapshot } & Partial<Packed>
    if (value.codeKey !== codeKey || value.index === undefined) return undefined
    const { ids = new Int32Array(0), versions = new Float64Array(0) } = value
    return { index: value.index, versions: new Map(Array.from(ids, (id, i) => [id, versions[i] ?? 0])) }
  }
  if (database.kind === 'pglite') {
    const file = `${pgliteDir}.search-index`
    return {
      load: () => readFile(file).then(decode, (error: NodeJS.ErrnoException) => missing(error)),
      async save(saved) {
        const data = encode(saved)
        await writeFile(`${file}.tmp`, data)
        await rename(`${file}.tmp`, file)
      },
    }
  }
  return {
    load: async () => decode(await readInParts(database)),
    async save(saved) {
      const data = encode(saved)
      await database.db
        .insert(searchIndexSnapshots)
        .values({ name: SNAPSHOT_NAME, data })
        .onConflictDoUpdate({ target: searchIndexSnapshots.name, set: { data, savedAt: sql`now()` } })
    },
  }
}

/**
 * The saved snapshot read a few megabytes at a time into one buffer: the driver receives bytea as hex
 * text, so reading 80 MB at once would hold several times that in memory at the moment the bot starts.
 */
function readInParts(database: DatabaseHandle): Promise<Uint8Array | undefined> {
  // One snapshot of the row for every part, even if another instance saves meanwhile.
  return database.db.transaction((tx) => readParts(tx), { isolationLevel: 'repeatable read' })
}

async function readParts(db: Database): Promise<Uint8Array | undefined> {
  const [size] = await db
    .select({ bytes: sql<number>`length(${searchIndexSnapshots.data})` })
    .from(searchIndexSnapshots)
    .where(eq(searchIndexSnapshots.name, SNAPSHOT_NAME))
  if (size === undefined) return undefined
  const data = new Uint8Array(size.bytes)
  for (let start = 0; start < data.length; start += READ_PART_BYTES) {
    const [part] = await db
      .select({
        bytes: sql<Uint8Array>`substring(${searchIndexSnapshots.data} from ${start + 1} for ${READ_PART_BYTES})`,
      })
      .from(searchIndexSnapshots)
      .where(eq(searchIndexSnapshots.name, SNAPSHOT_NAME))
    if (part === undefined) return undefined
    data.set(part.bytes, start)
  }
  return data
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
