import { generateCatalogue, importColumnsOf } from './bench/catalogue-generator.ts'
import { withFreshPglite, withFreshPostgres } from './bench/support/databases.ts'
import { importRecords } from './src/db/catalog-import.ts'
import { syncRegions } from './src/db/repositories/regions.ts'
import { loadRegionCatalogue } from './src/db/sources/regions.ts'

const ROWS = Number(process.env.ROWS ?? 30000)
const regions = await loadRegionCatalogue()
const rows = generateCatalogue(regions, ROWS).map((i) => importColumnsOf(regions, i))
async function* records() {
  let n = 0
  let t = performance.now()
  for (const value of rows) {
    n++
    if (n % 10000 === 0) {
      const now = performance.now()
      console.log(n, Math.round(now - t), 'ms per 10k')
      t = now
    }
    yield { line: n, value }
  }
}
const open = process.env.PG ? withFreshPostgres : withFreshPglite
await open(async (db) => {
  await syncRegions(db.db, regions)
  const s = performance.now()
  const r = await importRecords(db.db, regions, records(), { skipInvalid: false, maxYear: 2030 })
  console.log('rows/s', Math.round(ROWS / ((performance.now() - s) / 1000)), r.written)
})
