import { normalizeText } from '../text/normalize.ts'

/**
 * The catalogue's themes. A theme is data (like a region name), not interface text: the slug is what is
 * stored and put in callback data, the label is the Indonesian name shown and typed by users, and the
 * keywords are the words by which a free-text theme ("kesehatan", "umkm", "stunting") is recognised.
 */
export interface Theme {
  slug: string
  label: string
  keywords: readonly string[]
}

/**
 * The government affairs (urusan pemerintahan konkuren) of UU No. 23 Tahun 2014 tentang Pemerintahan
 * Daerah, in the order of Pasal 12: ayat (1) wajib, pelayanan dasar; ayat (2) wajib, non-pelayanan dasar;
 * ayat (3) pilihan (Pasal 14 divides kehutanan, kelautan and ESDM between the centre and the provinces,
 * but regional innovation profiles still file innovations under them). Regional innovation databases
 * (Indeks Inovasi Daerah, KIPP) add two groupings that are no urusan of their own: tata kelola /
 * pemerintahan umum and kebencanaan. No maintained package carries this list; it was checked against a
 * public listing of the 32 urusan (same names, same order). Labels keep the law's wording ("Pelindungan").
 */
export const THEMES: readonly Theme[] = [
  // Pasal 12 ayat (1): wajib, pelayanan dasar
  {
    slug: 'pendidikan',
    label: 'Pendidikan',
    keywords: ['pendidikan', 'sekolah', 'pelajar', 'siswa', 'guru', 'paud', 'beasiswa', 'putus sekolah'],
  },
  {
    slug: 'kesehatan',
    label: 'Kesehatan',
    keywords: [
      'kesehatan',
      'sehat',
      'medis',
      'gizi',
      'stunting',
      'puskesmas',
      'rumah sakit',
      'rsud',
      'posyandu',
      'imunisasi',
      'kesehatan ibu dan anak',
      'kesehatan masyarakat',
    ],
  },
  {
    slug: 'pekerjaan-umum',
    label: 'Pekerjaan Umum dan Penataan Ruang',
    keywords: [
      'pekerjaan umum',
      'penataan ruang',
      'tata ruang',
      'infrastruktur',
      'jalan',
      'jembatan',
      'irigasi',
      'air bersih',
      'air minum',
      'sumber daya air',
      'pupr',
    ],
  },
  {
    slug: 'perumahan',
    label: 'Perumahan Rakyat dan Kawasan Permukiman',
    keywords: ['perumahan', 'permukiman', 'rumah layak huni', 'rtlh', 'kawasan kumuh', 'perkim'],
  },
  {
    slug: 'trantibum',
    label: 'Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat',
    keywords: [
      'trantibum',
      'ketenteraman',
      'ketentraman',
      'ketertiban umum',
      'ketertiban',
      'pelindungan masyarakat',
      'perlindungan masyarakat',
      'linmas',
      'satpol pp',
      'pemadam kebakaran',
      'damkar',
      'kebakaran',
    ],
  },
  {
    slug: 'sosial',
    label: 'Sosial',
    keywords: [
      'sosial',
      'kemiskinan',
      'bansos',
      'bantuan sosial',
      'disabilitas',
      'lansia',
      'dtks',
      'fakir miskin',
    ],
  },
  // Pasal 12 ayat (2): wajib, non-pelayanan dasar
  {
    slug: 'tenaga-kerja',
    label: 'Tenaga Kerja',
    keywords: [
      'tenaga kerja',
      'ketenagakerjaan',
      'naker',
      'pencari kerja',
      'lowongan kerja',
      'pelatihan kerja',
    ],
  },
  {
    slug: 'perempuan-anak',
    label: 'Pemberdayaan Perempuan dan Pelindungan Anak',
    keywords: [
      'pemberdayaan perempuan dan perlindungan anak',
      'pemberdayaan perempuan',
      'perlindungan anak',
      'pelindungan anak',
      'perlindungan perempuan',
      'perempuan',
      'anak',
      'kekerasan anak',
      'kekerasan perempuan',
      'kota layak anak',
      'kabupaten layak anak',
      'gender',
      'pppa',
      'dp3a',
    ],
  },
  {
    slug: 'pangan',
    label: 'Pangan',
    keywords: ['pangan', 'ketahanan pangan', 'cadangan pangan', 'keamanan pangan', 'lumbung pangan'],
  },
  {
    slug: 'pertanahan',
    label: 'Pertanahan',
    keywords: ['pertanahan', 'tanah', 'sertifikat tanah', 'agraria'],
  },
  {
    slug: 'lingkungan-hidup',
    label: 'Lingkungan Hidup',
    keywords: ['lingkungan hidup', 'lingkungan', 'sampah', 'bank sampah', 'sanitasi', 'limbah', 'jamban'],
  },
  {
    slug: 'adminduk',
    label: 'Administrasi Kependudukan dan Pencatatan Sipil',
    keywords: [
      'administrasi kependudukan',
      'kependudukan',
      'adminduk',
      'pencatatan sipil',
      'dukcapil',
      'capil',
      'ktp',
      'e-ktp',
      'kartu keluarga',
      'akta',
      'akta kelahiran',
      'kartu identitas anak',
    ],
  },
  {
    slug: 'masyarakat-desa',
    label: 'Pemberdayaan Masyarakat dan Desa',
    keywords: [
      'pemberdayaan masyarakat dan desa',
      'pemberdayaan masyarakat',
      'pemberdayaan',
      'pemerintahan desa',
      'desa',
      'kelurahan',
      'bumdes',
      'dana desa',
      'pmd',
    ],
  },
  {
    slug: 'penduduk-kb',
    label: 'Pengendalian Penduduk dan Keluarga Berencana',
    keywords: ['pengendalian penduduk', 'keluarga berencana', 'kb', 'kontrasepsi', 'ppkb'],
  },
  {
    slug: 'perhubungan',
    label: 'Perhubungan',
    keywords: ['perhubungan', 'transportasi', 'angkutan', 'lalu lintas', 'parkir', 'terminal', 'dishub'],
  },
  {
    slug: 'kominfo',
    label: 'Komunikasi dan Informatika',
    keywords: [
      'komunikasi dan informatika',
      'kominfo',
      'informatika',
      'komunikasi',
      'spbe',
      'e-government',
      'smart city',
      'kota cerdas',
      'informasi publik',
    ],
  },
  {
    slug: 'koperasi-ukm',
    label: 'Koperasi, Usaha Kecil, dan Menengah',
    keywords: [
      'koperasi dan ukm',
      'koperasi',
      'umkm',
      'ukm',
      'usaha kecil',
      'usaha mikro',
      'ekonomi',
      'ekonomi kerakyatan',
    ],
  },
  {
    slug: 'penanaman-modal',
    label: 'Penanaman Modal',
    keywords: [
      'penanaman modal',
      'investasi',
      'perizinan',
      'izin',
      'ptsp',
      'mal pelayanan publik',
      'dpmptsp',
    ],
  },
  {
    slug: 'pemuda-olahraga',
    label: 'Kepemudaan dan Olahraga',
    keywords: ['kepemudaan', 'pemuda', 'olahraga', 'karang taruna'],
  },
  { slug: 'statistik', label: 'Statistik', keywords: ['statistik', 'satu data'] },
  { slug: 'persandian', label: 'Persandian', keywords: ['persandian', 'sandi', 'keamanan informasi'] },
  {
    slug: 'kebudayaan',
    label: 'Kebudayaan',
    keywords: ['kebudayaan', 'budaya', 'cagar budaya', 'kesenian', 'adat'],
  },
  {
    slug: 'perpustakaan',
    label: 'Perpustakaan',
    keywords: ['perpustakaan', 'literasi', 'minat baca', 'taman baca'],
  },
  { slug: 'kearsipan', label: 'Kearsipan', keywords: ['kearsipan', 'arsip'] },
  // Pasal 12 ayat (3): pilihan
  {
    slug: 'perikanan',
    label: 'Kelautan dan Perikanan',
    keywords: [
      'kelautan dan perikanan',
      'kelautan',
      'perikanan',
      'nelayan',
      'ikan',
      'budidaya ikan',
      'tambak',
    ],
  },
  {
    slug: 'pariwisata',
    label: 'Pariwisata',
    keywords: ['pariwisata', 'wisata', 'desa wisata', 'ekonomi kreatif', 'parekraf'],
  },
  {
    slug: 'pertanian',
    label: 'Pertanian',
    keywords: [
      'pertanian',
      'petani',
      'tani',
      'peternakan',
      'ternak',
      'perkebunan',
      'hortikultura',
      'kesehatan hewan',
      'penyuluhan pertanian',
    ],
  },
  { slug: 'kehutanan', label: 'Kehutanan', keywords: ['kehutanan', 'hutan', 'perhutanan sosial'] },
  {
    slug: 'esdm',
    label: 'Energi dan Sumber Daya Mineral',
    keywords: ['energi dan sumber daya mineral', 'energi', 'esdm', 'listrik', 'pertambangan', 'tambang'],
  },
  {
    slug: 'perdagangan',
    label: 'Perdagangan',
    keywords: ['perdagangan', 'pasar', 'pedagang', 'pasar rakyat', 'metrologi'],
  },
  { slug: 'perindustrian', label: 'Perindustrian', keywords: ['perindustrian', 'industri', 'ikm'] },
  { slug: 'transmigrasi', label: 'Transmigrasi', keywords: ['transmigrasi'] },
  // What regional innovation databases add
  {
    slug: 'tata-kelola',
    label: 'Tata Kelola Pemerintahan',
    keywords: [
      'tata kelola pemerintahan',
      'tata kelola',
      'pemerintahan umum',
      'pemerintahan',
      'reformasi birokrasi',
      'birokrasi',
      'pengawasan',
      'integritas',
      'kepegawaian',
      'asn',
      'keuangan daerah',
      'pendapatan daerah',
      'pajak daerah',
      'perencanaan pembangunan',
      'pengaduan',
    ],
  },
  {
    slug: 'kebencanaan',
    label: 'Kebencanaan',
    keywords: ['kebencanaan', 'bencana', 'penanggulangan bencana', 'banjir', 'gempa', 'longsor', 'bpbd'],
  },
]

const bySlug = new Map(THEMES.map((theme) => [theme.slug, theme]))

/** Every slug, label and keyword in normalised form → its theme; a word names one theme only. */
const byWords = (() => {
  const map = new Map<string, Theme>()
  for (const theme of THEMES) {
    for (const text of [theme.slug, theme.label, ...theme.keywords]) {
      const key = normalizeText(text)
      const known = map.get(key)
      if (known && known !== theme)
        throw new Error(`theme word "${text}" names ${known.slug} and ${theme.slug}`)
      map.set(key, theme)
    }
  }
  return map
})()

/** The theme with this slug, if it is one of ours. */
export function findTheme(slug: string): Theme | undefined {
  return bySlug.get(slug)
}

/** A theme typed by a person or a file: its slug, its label or one of its keywords, in any case. */
export function resolveTheme(text: string): Theme | undefined {
  const wanted = normalizeText(text)
  return wanted ? byWords.get(wanted) : undefined
}

/** The themes of a cell: our slugs, and the parts no theme knows, kept as the source wrote them. */
export interface ThemeReading {
  themes: string[]
  tags: string[]
}

/** A list separator inside a theme cell; commas too, after the whole cell did not name one theme. */
const THEME_SEPARATORS = /[;|/\n]+|,/

/**
 * Reads a theme cell as lists write it: one theme ("Koperasi, Usaha Kecil, dan Menengah", "UMKM"), or
 * several separated by ";", ",", "/" or "|". A part no theme knows ("lainnya") is never guessed at: it is
 * kept as a tag, spelled as the source spelled it.
 */
export function readThemes(cell: string): ThemeReading {
  const whole = resolveTheme(cell)
  if (whole) return { themes: [whole.slug], tags: [] }
  const themes: string[] = []
  const tags: string[] = []
  for (const part of cell.split(THEME_SEPARATORS)) {
    const text = part.trim().replace(/\s+/g, ' ')
    if (!normalizeText(text)) continue
    const theme = resolveTheme(text)
    if (theme) themes.push(theme.slug)
    else tags.push(text)
  }
  return { themes: [...new Set(themes)], tags: [...new Set(tags)] }
}
