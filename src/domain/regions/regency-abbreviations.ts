/**
 * Abbreviations of kabupaten/kota that newspapers and officials write ("Flotim", "Kukar", "Inhil"), each
 * with the BPS code of the region it names and the address of a public page that uses it for that
 * region. Reviewed table: an abbreviation goes in only with such a source. An abbreviation listed for
 * two regions is ambiguous and the resolver asks. Keys are normalised by the catalogue (case and
 * punctuation do not matter). Older colloquial names without a recorded source stay in `REGENCY_ALIASES`.
 */
export interface RegencyAbbreviation {
  abbreviation: string
  code: string
  source: string
}

export const REGENCY_ABBREVIATIONS: readonly RegencyAbbreviation[] = [
  // Sumatera Utara
  {
    abbreviation: 'humbahas',
    code: '12.16',
    source:
      'https://palpos.disway.id/read/675227/pemekaran-wilayah-sumatera-utara-perebutan-wilayah-otonomi-baru-provinsi-toba-raya-dan-provinsi-tapanuli/30',
  },
  {
    abbreviation: 'taput',
    code: '12.02',
    source: 'http://batak-people.blogspot.com/2012_12_01_archive.html',
  },
  {
    abbreviation: 'tobasa',
    code: '12.12',
    source:
      'https://www.gosumut.com/berita/baca/2020/03/05/jokowi-tanda-tangani-pp-nomor-14-tahun-2020-kabupaten-toba-samosir-resmi-berganti-nama-jadi',
  },
  // Riau
  {
    abbreviation: 'inhil',
    code: '14.04',
    source: 'http://www.pekanbaruriau.com/2009/05/kabupaten-indragiri-hilir-inhil-sejarah.html',
  },
  {
    abbreviation: 'inhu',
    code: '14.02',
    source: 'https://riaumandiri.co/amp/detail/25919/kapolda-riau-tinjau-pilkada-inhu.html',
  },
  {
    abbreviation: 'rohil',
    code: '14.07',
    source:
      'https://news.detik.com/melindungi-tuah-marwah/d-8028791/strategi-polda-riau-atasi-karhutla-edukasi-aksi-nyata-dan-penegakan-hukum',
  },
  {
    abbreviation: 'rohul',
    code: '14.06',
    source: 'https://riaumandiri.co/amp/detail/28911/polres-rohul-terus-tingkatkan-pengamanan.html',
  },
  // Sumatera Selatan
  {
    abbreviation: 'muba',
    code: '16.06',
    source:
      'https://palpos.bacakoran.co/read/7276/usulan-pembentukan-kabupaten-musi-ilir-menggelinding-pemekaran-kabupaten-muba-provinsi-sumatera-selatan/45',
  },
  {
    abbreviation: 'oku',
    code: '16.01',
    source:
      'https://palpos.disway.id/amp/661418/kabupaten-lahat-di-sumatera-selatan-dihadapkan-pilihan-bergabung-dengan-provinsi-palapa-selatan-atau-sumselbar/32',
  },
  {
    abbreviation: 'oku timur',
    code: '16.08',
    source:
      'https://palpos.disway.id/amp/661418/kabupaten-lahat-di-sumatera-selatan-dihadapkan-pilihan-bergabung-dengan-provinsi-palapa-selatan-atau-sumselbar/32',
  },
  {
    abbreviation: 'oku selatan',
    code: '16.09',
    source:
      'https://palpos.disway.id/amp/661418/kabupaten-lahat-di-sumatera-selatan-dihadapkan-pilihan-bergabung-dengan-provinsi-palapa-selatan-atau-sumselbar/32',
  },
  {
    abbreviation: 'pali',
    code: '16.12',
    source:
      'https://palpos.disway.id/amp/661418/kabupaten-lahat-di-sumatera-selatan-dihadapkan-pilihan-bergabung-dengan-provinsi-palapa-selatan-atau-sumselbar/32',
  },
  // Nusa Tenggara Barat
  {
    abbreviation: 'lobar',
    code: '52.01',
    source:
      'https://tribratanews.polreslobar.id/2022/03/27/patroli-blue-light-gabungan-polres-lobar-pantau-kamtibmas-jelang-bulan-ramadhan',
  },
  {
    abbreviation: 'loteng',
    code: '52.02',
    source: 'https://beriitahangat.blogspot.com/2019/06/soal-penindakantambang-prabu-kapolda.html',
  },
  {
    abbreviation: 'lotim',
    code: '52.03',
    source: 'http://lombokpost.net/2015/08/11/ingin-menjadi-polres-kota-polresta/',
  },
  {
    abbreviation: 'klu',
    code: '52.08',
    source: 'https://radarlombok.co.id/polres-lombok-utara-resmi-definitif.html',
  },
  {
    abbreviation: 'lotara',
    code: '52.08',
    source: 'https://www.barometer99.com/2021/03/ledakan-boom-di-makasar-kapolres-lotara.html',
  },
  // Nusa Tenggara Timur
  {
    abbreviation: 'flotim',
    code: '53.06',
    source: 'https://marlionllc.com/nusa-tenggara-timur/',
  },
  {
    abbreviation: 'sbd',
    code: '53.18',
    source: 'https://www.waingapu.com/sekilas-tentang-pemekaran-kabupaten-sumba-barat-daya-dari-sumba-barat/',
  },
  {
    abbreviation: 'tts',
    code: '53.02',
    source:
      'https://buliran.com/berita/797/buliranlovers-ini-kode-wilayah-baru-untuk-pelat-nomor-kendaraan-bermotor-di-penjuru-indonesia/halaman/3',
  },
  {
    abbreviation: 'ttu',
    code: '53.03',
    source:
      'https://buliran.com/berita/797/buliranlovers-ini-kode-wilayah-baru-untuk-pelat-nomor-kendaraan-bermotor-di-penjuru-indonesia/halaman/3',
  },
  // Kalimantan Tengah
  {
    abbreviation: 'kobar',
    code: '62.01',
    source: 'https://kotawaringinbaratkab.go.id/en/archive/201910',
  },
  // Kalimantan Timur
  {
    abbreviation: 'kukar',
    code: '64.02',
    source:
      'https://kaltim.antaranews.com/berita/234401/polda-kaltim-siapkan-86-posko-dalam-operasi-ketupat-mahakam-2025',
  },
  {
    abbreviation: 'kubar',
    code: '64.07',
    source:
      'https://kaltim.antaranews.com/berita/234401/polda-kaltim-siapkan-86-posko-dalam-operasi-ketupat-mahakam-2025',
  },
  {
    abbreviation: 'ppu',
    code: '64.09',
    source:
      'https://kaltim.antaranews.com/berita/234401/polda-kaltim-siapkan-86-posko-dalam-operasi-ketupat-mahakam-2025',
  },
  // Sulawesi Selatan
  {
    abbreviation: 'pangkep',
    code: '73.10',
    source: 'https://sinjai.info/perintah-kapolri-2-polsek-di-sinjai-dilarang-menyidik',
  },
  {
    abbreviation: 'lutra',
    code: '73.22',
    source: 'https://sinjai.info/perintah-kapolri-2-polsek-di-sinjai-dilarang-menyidik',
  },
  {
    abbreviation: 'sidrap',
    code: '73.14',
    source:
      'https://makassar.tribunnews.com/2023/04/19/dirikan-5-pos-pengamanan-dan-pelayanan-kapolres-sidrap-ajak-pemudik-gunakan-untuk-istirahat',
  },
  // Sulawesi Tenggara
  {
    abbreviation: 'buteng',
    code: '74.14',
    source:
      'https://beritanasional.id/studi-kelayakan-polres-buteng-budi-yuwono-2-daerah-akan-di-prioritaskan',
  },
  {
    abbreviation: 'koltim',
    code: '74.11',
    source:
      'https://beritanasional.id/studi-kelayakan-polres-buteng-budi-yuwono-2-daerah-akan-di-prioritaskan',
  },
  // Sulawesi Barat
  {
    abbreviation: 'matra',
    code: '76.01',
    source: 'http://www.transtipo.com/daerah/matra/kabupaten-pasangkayu-resmi-dipakai-hari-jadi-matra-14/',
  },
  // Sumatera Utara
  {
    abbreviation: 'madina',
    code: '12.13',
    source: 'https://simadanews.com/1-175-personil-polda-sumut-amankan-psu-labuhanbatu-labusel-dan-madina/',
  },
  {
    abbreviation: 'sergai',
    code: '12.18',
    source:
      'https://sumut.jpnn.com/sumut-terkini/4512/kapolrsta-deli-serdang-akbp-raphael-sebut-sinergitas-harus-diperkokoh-untuk-mengamankan-pemilu-2024?page=2',
  },
  {
    abbreviation: 'labusel',
    code: '12.22',
    source: 'https://simadanews.com/1-175-personil-polda-sumut-amankan-psu-labuhanbatu-labusel-dan-madina/',
  },
  // Lampung
  {
    abbreviation: 'lamsel',
    code: '18.01',
    source:
      'https://lampung.tribunnews.com/2018/06/24/amankan-pilgub-lampung-polres-lampung-selatan-terjunkan-895-personel',
  },
  {
    abbreviation: 'lamteng',
    code: '18.02',
    source:
      'https://lampung.tribunnews.com/2023/04/28/jajaran-polda-lampung-amankan-perjalanan-pemudik-yang-melintas-lampung-tengah',
  },
  // Kalimantan Selatan
  {
    abbreviation: 'hss',
    code: '63.06',
    source: 'http://catatanringan.com/hari-jadi-kabupaten-dan-kota-di-kalsel/',
  },
  {
    abbreviation: 'hst',
    code: '63.07',
    source: 'http://catatanringan.com/hari-jadi-kabupaten-dan-kota-di-kalsel/',
  },
  {
    abbreviation: 'hsu',
    code: '63.08',
    source: 'http://catatanringan.com/hari-jadi-kabupaten-dan-kota-di-kalsel/',
  },
  // Sulawesi Utara
  {
    abbreviation: 'bolmong',
    code: '71.01',
    source:
      'https://palpos.disway.id/read/647894/pemekaran-wilayah-provinsi-sulawesi-utara-ini-kata-ketua-p3bmr-terkait-provinsi-bolaang-mongondow-raya/30',
  },
  {
    abbreviation: 'sitaro',
    code: '71.09',
    source:
      'https://okinews.bacakoran.co/amp/2445/hdcu-terima-surat-rekomendasi-dukungan-dari-partai-perindo-di-pilgub-sumsel-2024/80',
  },
  // Sulawesi Tengah
  {
    abbreviation: 'parimo',
    code: '72.08',
    source:
      'https://palu.tribunnews.com/2025/04/14/breaking-news-amankan-psu-polres-parimo-kerahkan-2556-personel',
  },
  {
    abbreviation: 'balut',
    code: '72.11',
    source: 'https://readnews.id/kapolda-sulteng-kunjungi-banggai-laut/2',
  },
  // Sulawesi Selatan (Toraja)
  {
    abbreviation: 'tator',
    code: '73.18',
    source:
      'https://bacapesan.fajar.co.id/2024/12/09/polres-tator-kawal-logistik-hasil-penghitungan-ke-makassar',
  },
  { abbreviation: 'torut', code: '73.26', source: 'https://lontar.id/?p=13369' },
]
