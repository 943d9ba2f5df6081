/** The two kinds of second-level region (daerah tingkat II). */
export type RegencyKind = 'kabupaten' | 'kota'

/** A region level as users name it: "provinsi", "kabupaten" or "kota". */
export type RegionLevel = 'province' | RegencyKind

/**
 * A first-level region. `code` is the BPS code ("73"); `name` is for display ("Sulawesi Selatan",
 * "DKI Jakarta", "DI Yogyakarta"); `aliases` are the hand-written normalised abbreviations ("sulsel").
 */
export interface Province {
  code: string
  name: string
  aliases: readonly string[]
}

/**
 * A kabupaten or kota. `code` is the BPS code ("73.13"); `name` is the bare display name ("Wajo",
 * "Jakarta Selatan"); `officialName` carries the kind ("Kabupaten Wajo", "Kota Administrasi Jakarta Selatan");
 * `aliases` are hand-written normalised colloquial names ("jaksel", "solo").
 */
export interface Regency {
  code: string
  provinceCode: string
  kind: RegencyKind
  name: string
  officialName: string
  aliases: readonly string[]
}

/** A province, or a kabupaten/kota together with its province. */
export type Region =
  | { kind: 'province'; province: Province }
  | { kind: 'regency'; regency: Regency; province: Province }

/** A province row as the dataset gives it (name in any case: UPPERCASE in idn-area-data 3, Title Case in 4). */
export interface RawProvince {
  code: string
  name: string
}

/** A kabupaten/kota row as the dataset gives it; `name` starts with "Kabupaten " or "Kota " in any case. */
export interface RawRegency {
  code: string
  provinceCode: string
  name: string
}
