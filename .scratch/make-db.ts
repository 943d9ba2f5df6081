import { readFileSync } from 'node:fs'
import { generateCatalogue, importColumnsOf } from '../bench/catalogue-generator.ts'
import { importRecords } from '../src/db/catalog-import.ts'
import { createDatabase } from '../src/db/database.ts'
import { syncRegions } from '../src/db/repositories/regions.ts'
import { loadRegionCatalogue } from '../src/db/sources/regions.ts'

const n = Number(process.argv[2])
const dir = process.argv[3]
const regions = await loadRegionCatalogue()
const seedRows = readFileSync('src/db/sources/seed-catalog.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l))
const gen = generateCatalogue(regions, n - seedRows.length, 20240601 + n)
const records = [...gen.map((g) => importColumnsOf(regions, g)), ...seedRows].map((value, i) => ({
  line: i + 1,
  value,
}))
const db = await createDatabase({ dataDir: dir })
await syncRegions(db.db, regions)
const t = performance.now()
const r = await importRecords(db.db, regions, records, { skipInvalid: false, maxYear: 2030 })
console.log(r.written, r.inserted, (performance.now() - t) / 1000)
await db.close()
