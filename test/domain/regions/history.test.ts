import { describe, expect, it } from 'vitest'
import { loadRegionCatalogue } from '../../../src/db/sources/regions.ts'
import { regionCode, regionLabel } from '../../../src/domain/regions/catalogue.ts'
import { resolveRowRegion } from '../../../src/domain/regions/history.ts'
import { PROVINCE_SPLITS, REGENCY_RENAMES } from '../../../src/domain/regions/history-data.ts'
import { REGENCY_ABBREVIATIONS } from '../../../src/domain/regions/regency-abbreviations.ts'
import {
  findRegionMentions,
  guessRegion,
  meantMentions,
  resolveRegion,
} from '../../../src/domain/regions/resolver.ts'
import { isIndonesianWord } from '../../../src/domain/text/indonesian-words.ts'
import { normalizeText } from '../../../src/domain/text/normalize.ts'
import { validateImportRow } from '../../../src/domain/validation/import-row.ts'

const catalogue = await loadRegionCatalogue()

describe('regency abbreviations table', () => {
  it('has a public source address and a known region, written out as the catalogue names it, for every entry', () => {
    for (const entry of REGENCY_ABBREVIATIONS) {
      expect(entry.source, entry.abbreviation).toMatch(/^https?:\/\/[^\s]+\.[a-z]{2,}\//)
      expect(catalogue.regency(entry.code)?.officialName, entry.abbreviation).toBe(entry.region)
    }
  })

  it('lists each abbreviation once per region, in normalised form', () => {
    const pairs = REGENCY_ABBREVIATIONS.map((entry) => `${entry.abbreviation} ${entry.code}`)
    expect(new Set(pairs).size).toBe(pairs.length)
    for (const entry of REGENCY_ABBREVIATIONS)
      expect(normalizeText(entry.abbreviation)).toBe(entry.abbreviation)
  })

  it('never makes an abbreviation the name of a province or of a region it does not abbreviate', () => {
    for (const entry of REGENCY_ABBREVIATIONS) {
      const named = REGENCY_ABBREVIATIONS.filter((other) => other.abbreviation === entry.abbreviation)
      const found = catalogue.lookup(entry.abbreviation).map(regionCode)
      expect(found.sort(), entry.abbreviation).toEqual([...new Set(named.map((other) => other.code))].sort())
    }
  })

  it('reads no place from an abbreviation that is also an everyday word when the sentence is about something else', () => {
    const everyday = REGENCY_ABBREVIATIONS.filter((entry) => isIndonesianWord(entry.abbreviation))
    expect([...new Set(everyday.map((entry) => entry.abbreviation))].sort()).toEqual([
      'aru',
      'babar',
      'balut',
      'barut',
      'benteng',
      'biak',
      'kobar',
      'lambar',
      'loteng',
      'matra',
      'mitra',
      'mura',
      'palas',
      'sbb',
      'sula',
      'tala',
      'tangsel',
      'tuba',
    ])
    for (const { abbreviation } of everyday) {
      const tokens = ['perbaikan', abbreviation, 'rumah', 'warga']
      const meant = meantMentions(catalogue, tokens, findRegionMentions(catalogue, tokens), () => true)
      expect(meant, abbreviation).toEqual([])
      const codes = REGENCY_ABBREVIATIONS.filter((entry) => entry.abbreviation === abbreviation).map(
        (entry) => entry.code,
      )
      const named = resolveRegion(catalogue, `kab ${abbreviation}`)
      const read =
        named.kind === 'found'
          ? [regionCode(named.region)]
          : named.kind === 'ambiguous'
            ? named.candidates.map(regionCode)
            : []
      expect(read.sort(), abbreviation).toEqual(codes.sort())
    }
  })

  it('imports a row that names only its regency by abbreviation, with the province that follows from it', () => {
    for (const [regency, regencyCode] of [
      ['Kuansing', '14.09'],
      ['PALUTA', '12.20'],
      ['Kab. Halsel', '82.04'],
      ['Pijay', '11.18'],
      ['MKS', '73.71'],
    ] as const) {
      const result = validateImportRow({ name: 'Sahabat Lapor', regency }, catalogue, 2100)
      expect(result, regency).toMatchObject({
        ok: true,
        innovation: { regencyCode, provinceCode: regencyCode.slice(0, 2) },
      })
    }
  })

  it.each(REGENCY_ABBREVIATIONS.map((entry) => [entry.abbreviation, entry.code]))(
    'resolves "%s" to %s, or asks when the abbreviation names several places',
    (abbreviation, code) => {
      const sharing = REGENCY_ABBREVIATIONS.filter(
        (entry) => normalizeText(entry.abbreviation) === normalizeText(abbreviation),
      )
      const codes = new Set(sharing.map((entry) => entry.code))
      const resolution = resolveRegion(catalogue, abbreviation.toUpperCase())
      if (codes.size === 1) {
        expect(resolution.kind === 'found' && regionCode(resolution.region)).toBe(code)
        expect(resolution.kind === 'found' && resolution.guessed).toBeUndefined()
      } else {
        expect(resolution.kind).toBe('ambiguous')
      }
    },
  )

  it('reads "Flotim" as Flores Timur, never as a guess at Lombok Timur', () => {
    const resolution = resolveRegion(catalogue, 'Flotim')
    expect(resolution.kind === 'found' && regionLabel(resolution.region)).toBe(
      'Kabupaten Flores Timur, Nusa Tenggara Timur',
    )
  })

  it('reads a shortened compass word after a name ("kab. luwu utr")', () => {
    const resolution = resolveRegion(catalogue, 'inovasi kab. luwu utr')
    expect(resolution.kind === 'found' && regionLabel(resolution.region)).toBe(
      'Kabupaten Luwu Utara, Sulawesi Selatan',
    )
  })

  it('marks a place read from a misspelling as guessed, and never guesses from an ordinary word', () => {
    const resolution = resolveRegion(catalogue, 'makasar')
    expect(resolution.kind === 'found' && resolution.guessed).toEqual(['makasar'])
    for (const word of ['sumur', 'kabar', 'buruk', 'kasih']) {
      expect(resolveRegion(catalogue, word).kind, word).toBe('unknown')
      expect(guessRegion(catalogue, word), word).toBeUndefined()
    }
  })
})

describe('resolveRowRegion: regions as history named them', () => {
  const provinceName = (code: string) => catalogue.province(code)?.name ?? code

  it.each(
    PROVINCE_SPLITS.flatMap((split) =>
      split.successorCodes.map((code) => [provinceName(split.formerCode), provinceName(code), split.law]),
    ),
  )('accepts a regency of %s written under it after the split into %s (%s)', (former, today, law) => {
    const successor = catalogue.provinces.find((p) => p.name === today)
    const regency = successor && catalogue.regenciesOf(successor.code)[0]
    expect(regency).toBeDefined()
    const result = resolveRowRegion(catalogue, { regency: regency?.officialName, province: former })
    expect(result).toMatchObject({
      kind: 'found',
      province: { name: today },
      regency: { code: regency?.code },
      warnings: [{ kind: 'province-before-split', writtenProvince: former, province: today, law }],
    })
  })

  it.each(REGENCY_RENAMES.map((rename) => [rename.formerName, rename.code, rename.law]))(
    'stores the former name "Kabupaten %s" under today\'s region %s with a warning (%s)',
    (formerName, code, law) => {
      const regency = catalogue.regency(code)
      const province = catalogue.province(regency?.provinceCode ?? '')
      const result = resolveRowRegion(catalogue, {
        regency: `Kabupaten ${formerName.toUpperCase()}`,
        province: province?.name,
      })
      expect(result).toMatchObject({
        kind: 'found',
        regency: { code },
        warnings: [{ kind: 'renamed-regency', law }],
      })
    },
  )

  it('takes spelling variants without a warning ("Batang Hari", "Kota Tanjungbalai")', () => {
    expect(resolveRowRegion(catalogue, { regency: 'Batang Hari', province: 'Jambi' })).toMatchObject({
      kind: 'found',
      regency: { name: 'Batanghari' },
      warnings: [],
    })
    expect(
      resolveRowRegion(catalogue, { regency: 'Kota Tanjungbalai', province: 'Sumatera Utara' }),
    ).toMatchObject({ kind: 'found', regency: { officialName: 'Kota Tanjung Balai' }, warnings: [] })
  })

  it('still refuses a regency in another province that was never its parent', () => {
    expect(resolveRowRegion(catalogue, { regency: 'Wajo', province: 'Papua' })).toMatchObject({
      kind: 'mismatch',
    })
  })

  it('imports "Tolikara, Papua" under Papua Pegunungan with the warning, through the import row', () => {
    const result = validateImportRow(
      { name: 'Sahabat Lapor', agency: 'Dinas Kesehatan', regency: 'Tolikara', province: 'Papua' },
      catalogue,
      2100,
    )
    expect(result).toMatchObject({
      ok: true,
      innovation: { provinceCode: '95', regencyCode: '95.04' },
      warnings: [
        {
          field: 'province',
          warning: 'province-before-split',
          value: 'Papua',
          detail: 'Papua Pegunungan',
          law: 'UU 16/2022',
        },
      ],
    })
  })
})
