import { THEMES } from '../../src/domain/innovations/themes.ts'
import type { RegionCatalogue } from '../../src/domain/regions/catalogue.ts'
import type { Random } from './random.ts'

const SYLLABLES = [
  'si',
  'ja',
  'ga',
  'ma',
  'ku',
  'te',
  'ra',
  'pin',
  'tar',
  'lo',
  'be',
  'sa',
  'mu',
  'dan',
  'ri',
  'ko',
]
const EXPANSION_WORDS = [
  'sistem',
  'layanan',
  'informasi',
  'terpadu',
  'cepat',
  'ibu',
  'anak',
  'desa',
  'sehat',
  'pintar',
  'online',
  'keliling',
  'gizi',
  'aman',
  'warga',
]
const AGENCIES = [
  'Puskesmas',
  'Dinas Kesehatan',
  'Dinas Pendidikan',
  'RSUD',
  'Kecamatan',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'BPBD',
  'Dinas Pertanian',
  'Bappeda',
  'Dinas Sosial',
]
const AWARDS = [
  'Top 99 Inovasi Pelayanan Publik KemenPAN-RB',
  'Top 45 Inovasi Pelayanan Publik KemenPAN-RB',
  'Top 30 KIPP Provinsi',
  'Top 10 Inovasi Perangkat Daerah Kabupaten',
]
const VOCABULARY = [
  'pelayanan',
  'masyarakat',
  'kesehatan',
  'ibu',
  'hamil',
  'bayi',
  'stunting',
  'gizi',
  'sekolah',
  'guru',
  'dokumen',
  'kependudukan',
  'desa',
  'petani',
  'pangan',
  'sampah',
  'jamban',
  'bencana',
  'banjir',
  'aplikasi',
  'digital',
  'antrian',
  'posyandu',
  'kader',
  'bidan',
  'umkm',
  'pasar',
  'pajak',
  'perizinan',
  'transportasi',
  'warga',
  'pengaduan',
  'cepat',
  'mudah',
  'gratis',
  'terintegrasi',
  'menurunkan',
  'meningkatkan',
  'angka',
  'kematian',
  'cakupan',
  'imunisasi',
  'remaja',
  'lansia',
  'disabilitas',
]

/** One generated import row, in the columns of `cli import`. */
export interface GeneratedRow {
  name: string
  expansion: string
  agency: string
  regency: string
  province: string
  year: number
  award: string
  theme: string
  description: string
}

function acronym(random: Random) {
  const parts = Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES))
  return parts.join('').toUpperCase()
}

/** Realistic rows over the real regions: acronym names, agencies, years, awards, ~80-word descriptions. */
export function generateImportRows(count: number, regions: RegionCatalogue, random: Random): GeneratedRow[] {
  return Array.from({ length: count }, (_, index) => {
    const regency = random.pick(regions.regencies)
    const province = regions.province(regency.provinceCode)
    const year = random.int(2014, 2024)
    const agency = `${random.pick(AGENCIES)} ${random.pick(EXPANSION_WORDS)} ${index % 97}`
    return {
      name: `${acronym(random)} ${index}`,
      expansion: Array.from({ length: random.int(2, 4) }, () => random.pick(EXPANSION_WORDS)).join(' '),
      agency,
      regency: regency.officialName,
      province: province?.name ?? '',
      year,
      award: `${random.pick(AWARDS)} ${year}`,
      theme: random.pick(THEMES).slug,
      description: Array.from({ length: random.int(70, 90) }, () => random.pick(VOCABULARY)).join(' '),
    }
  })
}
