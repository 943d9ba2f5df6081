import { getProvinces, getRegencies } from 'idn-area-data'
import { createRegionCatalogue, type RegionCatalogue } from '../../domain/regions/catalogue.ts'
import type { RawProvince, RawRegency } from '../../domain/regions/types.ts'

/** The dataset rows as the domain reads them (idn-area-data's `province_code` becomes `provinceCode`). */
export interface RawRegions {
  provinces: RawProvince[]
  regencies: RawRegency[]
}

/**
 * Reads all 38 provinces and 514 kabupaten/kota from the bundled idn-area-data CSVs (no network; data ODbL,
 * attribution required). The only module that knows the dataset package.
 */
export async function loadRawRegions(): Promise<RawRegions> {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()])
  return {
    provinces: provinces.map(({ code, name }) => ({ code, name })),
    regencies: regencies.map(({ code, province_code, name }) => ({
      code,
      provinceCode: province_code,
      name,
    })),
  }
}

/** Loads all 38 provinces and 514 kabupaten/kota from idn-area-data into a catalogue with its lookup maps. */
export async function loadRegionCatalogue(): Promise<RegionCatalogue> {
  const { provinces, regencies } = await loadRawRegions()
  return createRegionCatalogue(provinces, regencies)
}
