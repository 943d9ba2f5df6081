import { describe, expect, it } from 'vitest'
import { loadRegionCatalogue } from '../../../src/db/sources/regions.ts'
import { extractInnovations } from '../../../src/domain/extraction/extract.ts'
import { asExpected } from './scoring.ts'

const regions = await loadRegionCatalogue()
const extract = (text: string) => extractInnovations(text, { regions, thisYear: 2026 }).map(asExpected)

describe('extractInnovations', () => {
  it('reads name, expansion, agency, region from "Pemkab ..." and the year from the dateline', () => {
    const [draft] = extract(
      'Upaya Pemkab Magetan berbuah manis, Selasa (9/11/2021). Kabupaten Magetan turut serta melalui inovasi JEK-MIL (Ojek Ibu Hamil) yang diinisiasi oleh Puskesmas Bendo.',
    )
    expect(draft).toMatchObject({
      name: 'JEK-MIL',
      expansion: 'Ojek Ibu Hamil',
      agency: 'Puskesmas Bendo',
      regency: 'Kabupaten Magetan',
      province: 'Jawa Timur',
      year: 2021,
    })
  })

  it('resolves each region of a list written with the places in brackets', () => {
    const drafts = extract(
      'Dua inovasi yang meraih penghargaan Top 30 KIPP Sulsel 2022 yaitu Sahabat Lapor (Gowa), Poster Tanah Doang (Selayar).',
    )
    expect(drafts.map((draft) => [draft.name, draft.regency, draft.province, draft.award])).toEqual([
      ['Sahabat Lapor', 'Kabupaten Gowa', 'Sulawesi Selatan', 'Top 30 KIPP Sulsel 2022'],
      ['Poster Tanah Doang', 'Kabupaten Kepulauan Selayar', 'Sulawesi Selatan', 'Top 30 KIPP Sulsel 2022'],
    ])
  })

  it('gives a provincial unit its province and no regency', () => {
    const [draft] = extract(
      'SURABAYA – Dinas Peternakan Provinsi Jawa Timur dengan inovasi Si Intan (Sistem Informasi Ternak) masuk Top 30 Kovablik 2021.',
    )
    expect(draft).toMatchObject({
      name: 'Si Intan',
      regency: null,
      province: 'Jawa Timur',
      agency: 'Dinas Peternakan',
    })
  })

  it('takes the short form in brackets as the name and the long form as its expansion', () => {
    const [draft] = extract(
      'Puskesmas Bonang II dengan inovasinya Cengkeraman Mata Elang (CME) masuk Top 45 tahun 2020.',
    )
    expect(draft).toMatchObject({
      name: 'CME',
      expansion: 'Cengkeraman Mata Elang',
      agency: 'Puskesmas Bonang II',
    })
  })

  it('never invents: fields the article does not support stay empty', () => {
    const [draft] = extract('Inovasi Gerakan Sadar Sampah masuk nominasi.')
    expect(draft).toMatchObject({
      name: 'Gerakan Sadar Sampah',
      agency: null,
      regency: null,
      province: null,
      year: null,
      award: null,
    })
  })

  it('does not turn an everyday word into a place', () => {
    const [draft] = extract('Inovasi Kampung Batu Bersinar dari batu kali masuk Top 99 tahun 2019.')
    expect(draft).toMatchObject({ name: 'Kampung Batu Bersinar', regency: null, province: null })
  })

  it('ignores people, events, awards, tools and categories', () => {
    const drafts = extract(
      [
        'Kompetisi Inovasi Pelayanan Publik (KIPP) 2019 diikuti 3.156 proposal melalui aplikasi Sinovik dan aplikasi Zoom.',
        'Ajang Trenggalek Innovation Fest digelar lagi. Penilaian kategori Inovasi Gerakan Masyarakat Hidup Sehat (Germas).',
        'Bupati Budhi Sarwono mengucapkan selamat kepada inovator.',
      ].join('\n'),
    )
    expect(drafts).toEqual([])
  })

  it('strips site noise and reads a story once even when the site repeats it', () => {
    const body =
      'Keempat inovasi tersebut yakni, Sipena atau sistem informasi pemetaan bencana dari BPBD. Smart BUMDes dari Dinas PMD.'
    const drafts = extract(
      `Bupati meninjau stan inovasi Kampung Foto (KF). (Solopos.com/Tri Rahayu)\n${body}\nBaca Juga: Inovasi Palsu Raih Penghargaan\n${body}\nTinggalkan Balasan\n1.234 views\nLihat Juga : Inovasi Lain (ILA)`,
    )
    expect(drafts.map((draft) => [draft.name, draft.expansion, draft.agency])).toEqual([
      ['Sipena', 'sistem informasi pemetaan bencana', 'BPBD'],
      ['Smart BUMDes', null, 'Dinas PMD'],
    ])
  })

  it('reads a year written as a typo out of range from the rest of the sentence, never a future one', () => {
    const [draft] = extract(
      'Berdasarkan Keputusan Menteri Nomor 27 Tahun 2019 telah ditetapkan Top 99 Inovasi Pelayanan Publik Tahun 2029. Kota Cimahi inovasi, Gastrodiplomacy Cireundeu.',
    )
    expect(draft).toMatchObject({ name: 'Gastrodiplomacy Cireundeu', regency: 'Kota Cimahi', year: 2019 })
    expect(draft?.award).not.toContain('2029')
  })

  it('reads lists led by the agency, and names announced with "diberi nama" or after a colon', () => {
    const drafts = extract(
      [
        'Pemkab Bantaeng menetapkan pemenang lomba inovasi 2022. Yakni, Puskesmas Loka dengan inovasi Raisa, Puskesmas Sinoa dengan Posyandu Sore dan Puskesmas Baruga dengan Dekap Bayi.',
        'Inovasi berikutnya dihadirkan oleh Puskesmas Kebumen II yang diberi nama Makanan Instan Cegah Kerdil (Mie Keriting).',
        '– Puskesmas Kalianda, dengan inovasi: ”Gerobak PTM”.',
      ].join('\n'),
    )
    expect(drafts.map((draft) => [draft.name, draft.agency])).toEqual([
      ['Raisa', 'Puskesmas Loka'],
      ['Posyandu Sore', 'Puskesmas Sinoa'],
      ['Dekap Bayi', 'Puskesmas Baruga'],
      ['Mie Keriting', 'Puskesmas Kebumen II'],
      ['Gerobak PTM', 'Puskesmas Kalianda'],
    ])
  })

  it('gives a confidence for every field, zero for an empty one', () => {
    const [draft] = extractInnovations('Inovasi Gerakan Sadar Sampah masuk nominasi.', {
      regions,
      thisYear: 2026,
    })
    expect(draft?.confidence).toEqual({ name: 0.8, expansion: 0, agency: 0, region: 0, year: 0, award: 0 })
  })

  it.each([[''], ['   '], ['((((('], ['inovasi'], ['“'.repeat(500)], [undefined as unknown as string]])(
    'never throws on odd input %#',
    (text) => {
      expect(() => extractInnovations(text, { regions, thisYear: 2026 })).not.toThrow()
    },
  )
})
