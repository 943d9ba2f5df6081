/**
 * One row of the synonym table. `phrases` mean the same thing (an abbreviation and its expansions, two
 * spellings): a query naming any of them finds entries with any of them. `related` are narrower or nearby
 * ideas a query for the row also finds, ranked lower (one way only: "sanitasi" finds "jamban", not the
 * reverse unless another row says so). Written in plain lowercase; stopwords inside phrases are ignored.
 */
export interface SynonymEntry {
  phrases: readonly string[]
  related?: readonly string[]
}

/**
 * The domain vocabulary of public-service innovations: programme abbreviations officials type (bumil, KIA,
 * AKI, KB, adminduk, UMKM, bumdes …) and the ideas they belong to. Add a row to teach the search a word.
 */
export const SYNONYMS: readonly SynonymEntry[] = [
  { phrases: ['bumil', 'ibu hamil', 'hamil', 'kehamilan'] },
  { phrases: ['busui', 'ibu menyusui', 'menyusui'] },
  { phrases: ['persalinan', 'bersalin', 'melahirkan', 'ibu bersalin', 'ibu melahirkan'] },
  {
    phrases: ['kia', 'kesehatan ibu dan anak', 'ibu dan anak', 'ibu dan bayi'],
    related: ['kehamilan', 'persalinan', 'balita'],
  },
  { phrases: ['aki', 'angka kematian ibu', 'kematian ibu'] },
  { phrases: ['akb', 'angka kematian bayi', 'kematian bayi'] },
  { phrases: ['bayi', 'neonatal'], related: ['balita', 'anak'] },
  { phrases: ['balita', 'bawah lima tahun'], related: ['bayi', 'anak'] },
  { phrases: ['kb', 'keluarga berencana'] },
  { phrases: ['asi', 'air susu ibu'] },
  { phrases: ['stunting', 'tengkes', 'anak kerdil'], related: ['gizi'] },
  { phrases: ['gizi', 'nutrisi'], related: ['stunting'] },
  { phrases: ['lansia', 'lanjut usia', 'manula'] },
  { phrases: ['disabilitas', 'difabel', 'penyandang cacat'] },
  { phrases: ['tbc', 'tb', 'tuberkulosis'] },
  { phrases: ['dbd', 'demam berdarah'] },
  { phrases: ['jkn', 'jaminan kesehatan nasional'] },
  { phrases: ['phbs', 'perilaku hidup bersih dan sehat'] },
  { phrases: ['posyandu', 'pos pelayanan terpadu'] },
  { phrases: ['puskesmas', 'pusat kesehatan masyarakat'] },
  { phrases: ['rsud', 'rumah sakit umum daerah', 'rs', 'rumah sakit'] },
  { phrases: ['dinkes', 'dinas kesehatan'] },
  { phrases: ['toga', 'tanaman obat keluarga'] },
  { phrases: ['sanitasi'], related: ['jamban', 'sampah', 'limbah', 'air bersih'] },
  { phrases: ['jamban', 'wc', 'toilet', 'kakus'], related: ['sanitasi'] },
  { phrases: ['sampah', 'persampahan'], related: ['limbah', 'kebersihan'] },
  { phrases: ['adminduk', 'dukcapil', 'disdukcapil', 'administrasi kependudukan', 'kependudukan'] },
  { phrases: ['ktp', 'kartu tanda penduduk', 'ektp'] },
  { phrases: ['kk', 'kartu keluarga'] },
  { phrases: ['akta', 'akte'] },
  { phrases: ['umkm', 'ukm', 'usaha mikro kecil dan menengah', 'usaha kecil'] },
  { phrases: ['bumdes', 'badan usaha milik desa'] },
  { phrases: ['pmd', 'pemberdayaan masyarakat desa'] },
  { phrases: ['pkk', 'pemberdayaan kesejahteraan keluarga'] },
  { phrases: ['bansos', 'bantuan sosial'] },
  { phrases: ['ojek', 'ojeg'], related: ['antar jemput', 'transportasi'] },
  { phrases: ['bpbd', 'badan penanggulangan bencana daerah'] },
  { phrases: ['wisata', 'pariwisata'] },
  { phrases: ['pbb', 'pajak bumi dan bangunan'] },
  { phrases: ['pbg', 'imb', 'izin mendirikan bangunan', 'persetujuan bangunan gedung'] },
  { phrases: ['ptsp', 'pelayanan terpadu satu pintu'] },
  { phrases: ['sd', 'sekolah dasar', 'pendidikan dasar'] },
  { phrases: ['smp', 'sekolah menengah pertama'] },
  { phrases: ['ujian'], related: ['penilaian', 'evaluasi', 'asesmen'] },
  {
    phrases: [
      'dindikpora',
      'dinas pendidikan pemuda dan olahraga',
      'dinas pendidikan kepemudaan dan olahraga',
    ],
  },
  { phrases: ['disdik', 'dinas pendidikan'] },
  { phrases: ['bappeda', 'badan perencanaan pembangunan daerah'] },
  {
    phrases: [
      'kemenpan rb',
      'kemenpanrb',
      'kemenpan',
      'menpan rb',
      'kementerian pendayagunaan aparatur negara',
    ],
  },
]
