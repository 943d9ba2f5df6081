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
  /** The official name of `code`, written out so that a reviewer sees the pairing (checked by a test). */
  region: string
  source: string
}

export const REGENCY_ABBREVIATIONS: readonly RegencyAbbreviation[] = [
  // Aceh
  {
    abbreviation: 'asel',
    code: '11.01',
    region: 'Kabupaten Aceh Selatan',
    source: 'https://informasi-syarif.blogspot.com/2024/04/bupati-aceh-selatan-dalam-lintasan.html',
  },
  {
    abbreviation: 'agara',
    code: '11.02',
    region: 'Kabupaten Aceh Tenggara',
    source: 'http://ms-kutacane.go.id/tentang-pengadilan/profil-pengadilan/wilayah-yurisdiksi.html',
  },
  {
    abbreviation: 'abes',
    code: '11.06',
    region: 'Kabupaten Aceh Besar',
    source:
      'https://kabarnanggroe.com/10/11/2024/debat-cabup-dan-wabup-aceh-besar-digelar-di-the-pade-hotel-disiarkan-aceh-tv',
  },
  {
    abbreviation: 'abdya',
    code: '11.12',
    region: 'Kabupaten Aceh Barat Daya',
    source: 'https://cobrabhayangkaranews.co.id/?p=61051',
  },
  {
    abbreviation: 'galus',
    code: '11.13',
    region: 'Kabupaten Gayo Lues',
    source:
      'https://aceh.tribunnews.com/2022/04/11/hari-jadi-kabupaten-gayo-lues-ke-20-diperingati-secara-sederhana-hanya-sidang-istimewa-buka-puasa',
  },
  {
    abbreviation: 'atam',
    code: '11.16',
    region: 'Kabupaten Aceh Tamiang',
    source: 'https://halaman7.com/2020/06/m-nur-dilantik-pimpinan-dprk-atam-lengkap',
  },
  {
    abbreviation: 'pijay',
    code: '11.18',
    region: 'Kabupaten Pidie Jaya',
    source: 'https://aceh.tribunnews.com/2023/06/18/pj-gubernur-aceh-buka-pkpj',
  },
  {
    abbreviation: 'bna',
    code: '11.71',
    region: 'Kota Banda Aceh',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  // Sumatera Utara
  {
    abbreviation: 'tapteng',
    code: '12.01',
    region: 'Kabupaten Tapanuli Tengah',
    source:
      'https://topikseru.com/news/pilkada/8323/pilkada-tapteng-2024-kiyedi-darwin-gugat-ke-mk-kubu-mama-jawab-begini/3',
  },
  {
    abbreviation: 'taput',
    code: '12.02',
    region: 'Kabupaten Tapanuli Utara',
    source: 'http://batak-people.blogspot.com/2012_12_01_archive.html',
  },
  {
    abbreviation: 'tapsel',
    code: '12.03',
    region: 'Kabupaten Tapanuli Selatan',
    source: 'http://lahmuddinsiregar.wordpress.com/2008/04/07/',
  },
  {
    abbreviation: 'tobasa',
    code: '12.12',
    region: 'Kabupaten Toba',
    source:
      'https://www.gosumut.com/berita/baca/2020/03/05/jokowi-tanda-tangani-pp-nomor-14-tahun-2020-kabupaten-toba-samosir-resmi-berganti-nama-jadi',
  },
  {
    abbreviation: 'madina',
    code: '12.13',
    region: 'Kabupaten Mandailing Natal',
    source: 'https://simadanews.com/1-175-personil-polda-sumut-amankan-psu-labuhanbatu-labusel-dan-madina/',
  },
  {
    abbreviation: 'nisel',
    code: '12.14',
    region: 'Kabupaten Nias Selatan',
    source:
      'https://nawacitapost.com/hukum/2022/07/02/9-putra-nias-selatan-berpeluang-besar-menjadi-bupati-nisel-periode-2024-2029-ini-versi-nawacitapost/',
  },
  {
    abbreviation: 'humbahas',
    code: '12.16',
    region: 'Kabupaten Humbang Hasundutan',
    source:
      'https://palpos.disway.id/read/675227/pemekaran-wilayah-sumatera-utara-perebutan-wilayah-otonomi-baru-provinsi-toba-raya-dan-provinsi-tapanuli/30',
  },
  {
    abbreviation: 'sergai',
    code: '12.18',
    region: 'Kabupaten Serdang Bedagai',
    source:
      'https://sumut.jpnn.com/sumut-terkini/4512/kapolrsta-deli-serdang-akbp-raphael-sebut-sinergitas-harus-diperkokoh-untuk-mengamankan-pemilu-2024?page=2',
  },
  {
    abbreviation: 'paluta',
    code: '12.20',
    region: 'Kabupaten Padang Lawas Utara',
    source: 'https://www.metro24.co/sah-kpu-paluta-tetapkan-paslon-horas-pemenang-pilkada-2024/',
  },
  {
    abbreviation: 'palas',
    code: '12.21',
    region: 'Kabupaten Padang Lawas',
    source:
      'https://starmedia.id/politik/sebelum-mendaftar-ke-kpu-palas-ifdal-hasayangan-harahap-gelar-upacara-adat/',
  },
  {
    abbreviation: 'labusel',
    code: '12.22',
    region: 'Kabupaten Labuhanbatu Selatan',
    source: 'https://simadanews.com/1-175-personil-polda-sumut-amankan-psu-labuhanbatu-labusel-dan-madina/',
  },
  {
    abbreviation: 'labura',
    code: '12.23',
    region: 'Kabupaten Labuhanbatu Utara',
    source:
      'https://m.wiki-indonesia.club/w/index.php?direction=next&oldid=19517645&title=Kabupaten_Labuhanbatu_Utara',
  },
  {
    abbreviation: 'nisut',
    code: '12.24',
    region: 'Kabupaten Nias Utara',
    source:
      'https://inti-news.com/pemkab-nisut-melaksanakan-rapat-bersama-kepala-desa-lingkup-pemkab-nisut-yang-segera-akan-di-kukuhkan',
  },
  {
    abbreviation: 'mdn',
    code: '12.71',
    region: 'Kota Medan',
    source: 'https://wiki.richxsearch.com/view_html.php?lang=id&q=Kota_Medan&sq=NATO',
  },
  {
    abbreviation: 'p siantar',
    code: '12.72',
    region: 'Kota Pematangsiantar',
    source: 'https://en.wikipedia.org/wiki/Pematangsiantar',
  },
  {
    abbreviation: 'bnj',
    code: '12.75',
    region: 'Kota Binjai',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'tbt',
    code: '12.76',
    region: 'Kota Tebing Tinggi',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'psp',
    code: '12.77',
    region: 'Kota Padang Sidempuan',
    source: 'https://sumut.jelajahnews.id/?p=31323',
  },
  {
    abbreviation: 'p sidimpuan',
    code: '12.77',
    region: 'Kota Padang Sidempuan',
    source: 'https://sumut.jelajahnews.id/?p=31323',
  },
  // Sumatera Barat
  {
    abbreviation: 'pessel',
    code: '13.01',
    region: 'Kabupaten Pesisir Selatan',
    source: 'https://m.jpnn.com/amp/news/irman-gusman-puji-pembangunan-di-pesisir-selatan',
  },
  {
    abbreviation: 'solsel',
    code: '13.11',
    region: 'Kabupaten Solok Selatan',
    source: 'https://langgam.id/saat-dharmasraya-solsel-dan-pasbar-ulang-tahun-serentak/',
  },
  {
    abbreviation: 'pasbar',
    code: '13.12',
    region: 'Kabupaten Pasaman Barat',
    source: 'https://langgam.id/saat-dharmasraya-solsel-dan-pasbar-ulang-tahun-serentak/',
  },
  {
    abbreviation: 'slk',
    code: '13.72',
    region: 'Kota Solok',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'swl',
    code: '13.73',
    region: 'Kota Sawahlunto',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'pyh',
    code: '13.76',
    region: 'Kota Payakumbuh',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  // Riau
  {
    abbreviation: 'inhu',
    code: '14.02',
    region: 'Kabupaten Indragiri Hulu',
    source: 'https://riaumandiri.co/amp/detail/25919/kapolda-riau-tinjau-pilkada-inhu.html',
  },
  {
    abbreviation: 'inhil',
    code: '14.04',
    region: 'Kabupaten Indragiri Hilir',
    source: 'http://www.pekanbaruriau.com/2009/05/kabupaten-indragiri-hilir-inhil-sejarah.html',
  },
  {
    abbreviation: 'rohul',
    code: '14.06',
    region: 'Kabupaten Rokan Hulu',
    source: 'https://riaumandiri.co/amp/detail/28911/polres-rohul-terus-tingkatkan-pengamanan.html',
  },
  {
    abbreviation: 'rohil',
    code: '14.07',
    region: 'Kabupaten Rokan Hilir',
    source:
      'https://news.detik.com/melindungi-tuah-marwah/d-8028791/strategi-polda-riau-atasi-karhutla-edukasi-aksi-nyata-dan-penegakan-hukum',
  },
  {
    abbreviation: 'kuansing',
    code: '14.09',
    region: 'Kabupaten Kuantan Singingi',
    source:
      'https://www.goriau.com/berita/baca/79753-hektar-lahan-di-riau-terbakar-selama-januari-hingga-pertengahan-maret-2020.html',
  },
  {
    abbreviation: 'pku',
    code: '14.71',
    region: 'Kota Pekanbaru',
    source: 'https://idwikipedia.org/wiki/Pekanbaru',
  },
  // Jambi
  {
    abbreviation: 'tanjabbar',
    code: '15.06',
    region: 'Kabupaten Tanjung Jabung Barat',
    source: 'https://halosumatera.com/konsep-ilir-dan-ulu-masih-dipakai-di-pilkada-2020',
  },
  {
    abbreviation: 'tanjab barat',
    code: '15.06',
    region: 'Kabupaten Tanjung Jabung Barat',
    source: 'https://halosumatera.com/konsep-ilir-dan-ulu-masih-dipakai-di-pilkada-2020',
  },
  {
    abbreviation: 'tanjabtim',
    code: '15.07',
    region: 'Kabupaten Tanjung Jabung Timur',
    source:
      'https://jambi.tribunnews.com/2021/07/04/kisah-kejayaan-muara-sabak-sebagai-pusat-perdagangan-dan-kampung-halaman-tokoh-berpengaruh-di-jambi?page=all',
  },
  // Sumatera Selatan
  {
    abbreviation: 'oku',
    code: '16.01',
    region: 'Kabupaten Ogan Komering Ulu',
    source:
      'https://palpos.disway.id/amp/661418/kabupaten-lahat-di-sumatera-selatan-dihadapkan-pilihan-bergabung-dengan-provinsi-palapa-selatan-atau-sumselbar/32',
  },
  {
    abbreviation: 'oki',
    code: '16.02',
    region: 'Kabupaten Ogan Komering Ilir',
    source: 'https://koransn.com/teka-teki-pasangan-incumbent-di-pilkada-oki/',
  },
  {
    abbreviation: 'mura',
    code: '16.05',
    region: 'Kabupaten Musi Rawas',
    source:
      'https://indonesiaparlemen.com/2020/12/11/tiga-petahana-tumbang-dalam-pilkada-serentak-sumatera-selatan/',
  },
  {
    abbreviation: 'muba',
    code: '16.06',
    region: 'Kabupaten Musi Banyuasin',
    source:
      'https://palpos.bacakoran.co/read/7276/usulan-pembentukan-kabupaten-musi-ilir-menggelinding-pemekaran-kabupaten-muba-provinsi-sumatera-selatan/45',
  },
  {
    abbreviation: 'oku timur',
    code: '16.08',
    region: 'Kabupaten Ogan Komering Ulu Timur',
    source:
      'https://palpos.disway.id/amp/661418/kabupaten-lahat-di-sumatera-selatan-dihadapkan-pilihan-bergabung-dengan-provinsi-palapa-selatan-atau-sumselbar/32',
  },
  {
    abbreviation: 'okut',
    code: '16.08',
    region: 'Kabupaten Ogan Komering Ulu Timur',
    source: 'http://sumsel.nagara.id/2020/01/17/nuansa-akrab-warnai-hari-jadi-ke-16-kabupaten-oku-timur-2/',
  },
  {
    abbreviation: 'oku selatan',
    code: '16.09',
    region: 'Kabupaten Ogan Komering Ulu Selatan',
    source:
      'https://palpos.disway.id/amp/661418/kabupaten-lahat-di-sumatera-selatan-dihadapkan-pilihan-bergabung-dengan-provinsi-palapa-selatan-atau-sumselbar/32',
  },
  {
    abbreviation: 'okus',
    code: '16.09',
    region: 'Kabupaten Ogan Komering Ulu Selatan',
    source: 'https://pelitasumsel.com/2021/01/22/berkunjung-ke-okus-gubernur-sumsel-bakal-resmikan-ini',
  },
  {
    abbreviation: 'oi',
    code: '16.10',
    region: 'Kabupaten Ogan Ilir',
    source: 'https://www.wikimili.com/en/Ogan_Ilir_Regency',
  },
  {
    abbreviation: 'pali',
    code: '16.12',
    region: 'Kabupaten Penukal Abab Lematang Ilir',
    source:
      'https://palpos.disway.id/amp/661418/kabupaten-lahat-di-sumatera-selatan-dihadapkan-pilihan-bergabung-dengan-provinsi-palapa-selatan-atau-sumselbar/32',
  },
  {
    abbreviation: 'muratara',
    code: '16.13',
    region: 'Kabupaten Musi Rawas Utara',
    source:
      'https://indonesiaparlemen.com/2020/12/11/tiga-petahana-tumbang-dalam-pilkada-serentak-sumatera-selatan/',
  },
  {
    abbreviation: 'plg',
    code: '16.71',
    region: 'Kota Palembang',
    source: 'https://m.wiki-indonesia.club/w/index.php?diff=25867208&oldid=24775316&title=Kota_Palembang',
  },
  {
    abbreviation: 'llg',
    code: '16.73',
    region: 'Kota Lubuk Linggau',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'linggau',
    code: '16.73',
    region: 'Kota Lubuk Linggau',
    source:
      'https://metro7.co.id/nasional/sumatera-selatan/lubuklinggau/prana-putra-sohe-membangun-linggau-saya-bukan-semangat-lagi-tapi-membara/2021',
  },
  // Bengkulu
  {
    abbreviation: 'benteng',
    code: '17.09',
    region: 'Kabupaten Bengkulu Tengah',
    source: 'https://bengkuluekspress.disway.id/amp/92034/karang-tinggi-diputuskan-jadi-ibukota-kabupaten',
  },
  // Lampung
  {
    abbreviation: 'lamsel',
    code: '18.01',
    region: 'Kabupaten Lampung Selatan',
    source:
      'https://lampung.tribunnews.com/2018/06/24/amankan-pilgub-lampung-polres-lampung-selatan-terjunkan-895-personel',
  },
  {
    abbreviation: 'lamteng',
    code: '18.02',
    region: 'Kabupaten Lampung Tengah',
    source:
      'https://lampung.tribunnews.com/2023/04/28/jajaran-polda-lampung-amankan-perjalanan-pemudik-yang-melintas-lampung-tengah',
  },
  {
    abbreviation: 'lampura',
    code: '18.03',
    region: 'Kabupaten Lampung Utara',
    source:
      'https://daerah.sindonews.com/newsread/353934/174/dua-pekan-polres-lampung-utara-ungkap-50-kasus-dan-ciduk-52-tersangka-1614834239',
  },
  {
    abbreviation: 'lambar',
    code: '18.04',
    region: 'Kabupaten Lampung Barat',
    source:
      'https://www.lampost.co/berita-parosil-minta-dukungan-kejari-lambar-soal-transparansi-anggaran.html',
  },
  {
    abbreviation: 'tuba',
    code: '18.05',
    region: 'Kabupaten Tulang Bawang',
    source:
      'https://lensapandawa.com/hut-tubaba-masyarakat-apresiasi-segala-capaian-pembangunan-selama-13-tahun',
  },
  {
    abbreviation: 'lamtim',
    code: '18.07',
    region: 'Kabupaten Lampung Timur',
    source: 'https://radarlampung.disway.id/read/665313/operasi-ketupat-polres-lamtim-terjunkan-762-personil',
  },
  {
    abbreviation: 'tubaba',
    code: '18.12',
    region: 'Kabupaten Tulang Bawang Barat',
    source: 'https://lampungraya.id/belum-merasa-di-lampung-kalau-belum-mampir-ke-tubaba/',
  },
  {
    abbreviation: 'pesbar',
    code: '18.13',
    region: 'Kabupaten Pesisir Barat',
    source:
      'https://radarlampung.bacakoran.co/read/3706/dikunjungi-wakapolda-lampung-kapolres-pesbar-laporkan-kurang-personel',
  },
  {
    abbreviation: 'pesibar',
    code: '18.13',
    region: 'Kabupaten Pesisir Barat',
    source: 'https://jurnalpolisi.id/2023/11/biro-lemtala-srena-polri-berkunjung-ke-polres-pesisir-barat',
  },
  {
    abbreviation: 'bdl',
    code: '18.71',
    region: 'Kota Bandar Lampung',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  // Kepulauan Bangka Belitung
  {
    abbreviation: 'basel',
    code: '19.03',
    region: 'Kabupaten Bangka Selatan',
    source:
      'https://negerilaskarpelangi.com/2023/03/30/operasi-ketupat-menumbing-2023-polres-basel-kerahkan-151-personel',
  },
  {
    abbreviation: 'bateng',
    code: '19.04',
    region: 'Kabupaten Bangka Tengah',
    source:
      'https://lintasbabel.inews.id/read/105441/pilkades-bateng-2022-kapolres-akui-ada-desa-yang-hawa-politiknya-tinggi',
  },
  {
    abbreviation: 'babar',
    code: '19.05',
    region: 'Kabupaten Bangka Barat',
    source:
      'http://infobangkabarat.blogspot.com/2009/07/kabupaten-bangka-barat-pulau-bangka.html?showComment=1465656003966',
  },
  {
    abbreviation: 'beltim',
    code: '19.06',
    region: 'Kabupaten Belitung Timur',
    source: 'http://sailindonesiabeltim.blogspot.com/2012/11/letak-dan-luas-wilayah-beltim.html',
  },
  // Kepulauan Riau
  {
    abbreviation: 'btm',
    code: '21.71',
    region: 'Kota Batam',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'tg pinang',
    code: '21.72',
    region: 'Kota Tanjung Pinang',
    source: 'https://kepriau.com/profile-tanjungpinang/',
  },
  // Dki Jakarta
  {
    abbreviation: 'jakpus',
    code: '31.71',
    region: 'Kota Administrasi Jakarta Pusat',
    source: 'https://en.wikipedia.org/wiki/Central_Jakarta',
  },
  {
    abbreviation: 'jakut',
    code: '31.72',
    region: 'Kota Administrasi Jakarta Utara',
    source:
      'https://radarnonstop.co/read/52669/Banjir-Air-Rob-Wali-Kota-Jakut-Jangan-Merasa-Kuat-Karena-Dekat-Dengan-Aktivis',
  },
  {
    abbreviation: 'jakbar',
    code: '31.73',
    region: 'Kota Administrasi Jakarta Barat',
    source:
      'https://news.detik.com/berita/d-5904149/walkot-jakbar-tinjau-banjir-di-permukiman-warga-pastikan-surut-cepat',
  },
  {
    abbreviation: 'jaksel',
    code: '31.74',
    region: 'Kota Administrasi Jakarta Selatan',
    source:
      'https://metro.tempo.co/read/1429174/soal-wali-kota-jakarta-selatan-wagub-dki-nanti-pak-anies-baswedan-yang-umumkan',
  },
  {
    abbreviation: 'jaktim',
    code: '31.75',
    region: 'Kota Administrasi Jakarta Timur',
    source: 'https://jualinlaptop.id/kota-administrasi-jakarta-timur',
  },
  // Jawa Barat
  {
    abbreviation: 'kbb',
    code: '32.17',
    region: 'Kabupaten Bandung Barat',
    source:
      'https://www.jabarnews.com/daerah/dedi-mulyadi-usul-nama-bandung-barat-diganti-agar-lebih-berwibawa',
  },
  {
    abbreviation: 'bgr',
    code: '32.71',
    region: 'Kota Bogor',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'bdg',
    code: '32.73',
    region: 'Kota Bandung',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'crb',
    code: '32.74',
    region: 'Kota Cirebon',
    source: 'https://dokumen123.com/Kota_Cirebon',
  },
  {
    abbreviation: 'bks',
    code: '32.75',
    region: 'Kota Bekasi',
    source: 'https://m.wiki-indonesia.club/wiki/Bekasi',
  },
  {
    abbreviation: 'dpk',
    code: '32.76',
    region: 'Kota Depok',
    source: 'https://id.wikipedia.org/wiki/Kota_Depok',
  },
  {
    abbreviation: 'cmh',
    code: '32.77',
    region: 'Kota Cimahi',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'bjr',
    code: '32.79',
    region: 'Kota Banjar',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  // Jawa Tengah
  {
    abbreviation: 'slt',
    code: '33.73',
    region: 'Kota Salatiga',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'smg',
    code: '33.74',
    region: 'Kota Semarang',
    source: 'https://pwojczyn.com/wiki/view_html.php?lang=id&q=Kota_Semarang&sq=crain_ford',
  },
  // Daerah Istimewa Yogyakarta
  {
    abbreviation: 'yyk',
    code: '34.71',
    region: 'Kota Yogyakarta',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  // Jawa Timur
  {
    abbreviation: 'mlg',
    code: '35.73',
    region: 'Kota Malang',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  // Banten
  {
    abbreviation: 'tng',
    code: '36.71',
    region: 'Kota Tangerang',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'clg',
    code: '36.72',
    region: 'Kota Cilegon',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'tangsel',
    code: '36.74',
    region: 'Kota Tangerang Selatan',
    source: 'https://tangselinfo.com/sekilas-sejarah-kota-tangsel-refleksi-16-tahun/',
  },
  // Nusa Tenggara Barat
  {
    abbreviation: 'lobar',
    code: '52.01',
    region: 'Kabupaten Lombok Barat',
    source:
      'https://tribratanews.polreslobar.id/2022/03/27/patroli-blue-light-gabungan-polres-lobar-pantau-kamtibmas-jelang-bulan-ramadhan',
  },
  {
    abbreviation: 'loteng',
    code: '52.02',
    region: 'Kabupaten Lombok Tengah',
    source: 'https://beriitahangat.blogspot.com/2019/06/soal-penindakantambang-prabu-kapolda.html',
  },
  {
    abbreviation: 'lotim',
    code: '52.03',
    region: 'Kabupaten Lombok Timur',
    source: 'http://lombokpost.net/2015/08/11/ingin-menjadi-polres-kota-polresta/',
  },
  {
    abbreviation: 'ksb',
    code: '52.07',
    region: 'Kabupaten Sumbawa Barat',
    source: 'http://rrcindonesia.com/kabupaten-sumbawa-barat-provinsi-nusa-tenggara-barat/',
  },
  {
    abbreviation: 'klu',
    code: '52.08',
    region: 'Kabupaten Lombok Utara',
    source: 'https://radarlombok.co.id/polres-lombok-utara-resmi-definitif.html',
  },
  {
    abbreviation: 'lotara',
    code: '52.08',
    region: 'Kabupaten Lombok Utara',
    source: 'https://www.barometer99.com/2021/03/ledakan-boom-di-makasar-kapolres-lotara.html',
  },
  // Nusa Tenggara Timur
  {
    abbreviation: 'tts',
    code: '53.02',
    region: 'Kabupaten Timor Tengah Selatan',
    source:
      'https://buliran.com/berita/797/buliranlovers-ini-kode-wilayah-baru-untuk-pelat-nomor-kendaraan-bermotor-di-penjuru-indonesia/halaman/3',
  },
  {
    abbreviation: 'ttu',
    code: '53.03',
    region: 'Kabupaten Timor Tengah Utara',
    source:
      'https://buliran.com/berita/797/buliranlovers-ini-kode-wilayah-baru-untuk-pelat-nomor-kendaraan-bermotor-di-penjuru-indonesia/halaman/3',
  },
  {
    abbreviation: 'flotim',
    code: '53.06',
    region: 'Kabupaten Flores Timur',
    source: 'https://marlionllc.com/nusa-tenggara-timur/',
  },
  {
    abbreviation: 'sumtim',
    code: '53.11',
    region: 'Kabupaten Sumba Timur',
    source: 'https://www.nttsatu.com/gubernur-lantik-penjabat-bupati-sumtim-dan-mabar/',
  },
  {
    abbreviation: 'mabar',
    code: '53.15',
    region: 'Kabupaten Manggarai Barat',
    source: 'https://www.nttsatu.com/gubernur-lantik-penjabat-bupati-sumtim-dan-mabar/',
  },
  {
    abbreviation: 'sbd',
    code: '53.18',
    region: 'Kabupaten Sumba Barat Daya',
    source: 'https://www.waingapu.com/sekilas-tentang-pemekaran-kabupaten-sumba-barat-daya-dari-sumba-barat/',
  },
  {
    abbreviation: 'matim',
    code: '53.19',
    region: 'Kabupaten Manggarai Timur',
    source: 'https://beritaflores.com/?p=6598',
  },
  {
    abbreviation: 'kmt',
    code: '53.19',
    region: 'Kabupaten Manggarai Timur',
    source: 'https://kominfo.manggaraitimurkab.go.id/berita/berita-kominfo/8-berita.html?start=6',
  },
  {
    abbreviation: 'sarai',
    code: '53.20',
    region: 'Kabupaten Sabu Raijua',
    source: 'http://sabu-raijua.blogspot.com/2010/11/pejabat-sabu-raijua-menghilang.html',
  },
  {
    abbreviation: 'kpg',
    code: '53.71',
    region: 'Kota Kupang',
    source: 'https://id.scribd.com/document/611277270/Kupang',
  },
  // Kalimantan Barat
  {
    abbreviation: 'mpw',
    code: '61.02',
    region: 'Kabupaten Mempawah',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'kku',
    code: '61.11',
    region: 'Kabupaten Kayong Utara',
    source: 'https://www.antaranews.com/berita/67836/mendagri-ad-interim-resmikan-kabupaten-kayong-utara',
  },
  {
    abbreviation: 'kkr',
    code: '61.12',
    region: 'Kabupaten Kubu Raya',
    source: 'https://kuburayaforindonesia.blogspot.com/2012/06',
  },
  {
    abbreviation: 'skw',
    code: '61.72',
    region: 'Kota Singkawang',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  // Kalimantan Tengah
  {
    abbreviation: 'kobar',
    code: '62.01',
    region: 'Kabupaten Kotawaringin Barat',
    source: 'https://kotawaringinbaratkab.go.id/en/archive/201910',
  },
  {
    abbreviation: 'kotim',
    code: '62.02',
    region: 'Kabupaten Kotawaringin Timur',
    source: 'https://kanalpepatsuara.blogspot.com/2014/01/catatan-sampit.html',
  },
  {
    abbreviation: 'barsel',
    code: '62.04',
    region: 'Kabupaten Barito Selatan',
    source: 'https://www.bajentabajurah.com/2024/01/16/sekda-hadiri-kunker-kapolda-kalteng-di-barsel',
  },
  {
    abbreviation: 'barut',
    code: '62.05',
    region: 'Kabupaten Barito Utara',
    source: 'https://www.bajentabajurah.com/2024/01/16/sekda-hadiri-kunker-kapolda-kalteng-di-barsel',
  },
  {
    abbreviation: 'gumas',
    code: '62.10',
    region: 'Kabupaten Gunung Mas',
    source: 'https://tabengan.co.id/?p=60518',
  },
  {
    abbreviation: 'pulpis',
    code: '62.11',
    region: 'Kabupaten Pulang Pisau',
    source:
      'https://kalamanthana.id/2020/07/01/hari-jadi-ke-18-pulang-pisau-ditengah-pandemi-pemkab-terus-berkarya',
  },
  {
    abbreviation: 'mura',
    code: '62.12',
    region: 'Kabupaten Murung Raya',
    source: 'http://vivingusta.blogspot.com/',
  },
  {
    abbreviation: 'bartim',
    code: '62.13',
    region: 'Kabupaten Barito Timur',
    source: 'https://www.bajentabajurah.com/2024/01/16/sekda-hadiri-kunker-kapolda-kalteng-di-barsel',
  },
  // Kalimantan Selatan
  {
    abbreviation: 'tala',
    code: '63.01',
    region: 'Kabupaten Tanah Laut',
    source:
      'https://banjarmasin.tribunnews.com/2023/12/21/tinggalkan-rumah-selama-libur-nataru-warga-tala-diimbau-lapor-ke-polisi-terdekat',
  },
  {
    abbreviation: 'batola',
    code: '63.04',
    region: 'Kabupaten Barito Kuala',
    source:
      'https://metro7.co.id/daerah/kalimantan-selatan/laporan-khusus-hari-jadi-batola-ke-54-tahun/2014/',
  },
  {
    abbreviation: 'hss',
    code: '63.06',
    region: 'Kabupaten Hulu Sungai Selatan',
    source: 'http://catatanringan.com/hari-jadi-kabupaten-dan-kota-di-kalsel/',
  },
  {
    abbreviation: 'hst',
    code: '63.07',
    region: 'Kabupaten Hulu Sungai Tengah',
    source: 'http://catatanringan.com/hari-jadi-kabupaten-dan-kota-di-kalsel/',
  },
  {
    abbreviation: 'hsu',
    code: '63.08',
    region: 'Kabupaten Hulu Sungai Utara',
    source: 'http://catatanringan.com/hari-jadi-kabupaten-dan-kota-di-kalsel/',
  },
  {
    abbreviation: 'tanbu',
    code: '63.10',
    region: 'Kabupaten Tanah Bumbu',
    source: 'https://mc.tanahbumbukab.go.id/diskusi-tanbu-penyangga-ikn/',
  },
  {
    abbreviation: 'bjm',
    code: '63.71',
    region: 'Kota Banjarmasin',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  // Kalimantan Timur
  {
    abbreviation: 'kukar',
    code: '64.02',
    region: 'Kabupaten Kutai Kartanegara',
    source:
      'https://kaltim.antaranews.com/berita/234401/polda-kaltim-siapkan-86-posko-dalam-operasi-ketupat-mahakam-2025',
  },
  {
    abbreviation: 'kubar',
    code: '64.07',
    region: 'Kabupaten Kutai Barat',
    source:
      'https://kaltim.antaranews.com/berita/234401/polda-kaltim-siapkan-86-posko-dalam-operasi-ketupat-mahakam-2025',
  },
  {
    abbreviation: 'kutim',
    code: '64.08',
    region: 'Kabupaten Kutai Timur',
    source: 'https://disbudkutim.wordpress.com/selayangpandangkutim/',
  },
  {
    abbreviation: 'ppu',
    code: '64.09',
    region: 'Kabupaten Penajam Paser Utara',
    source:
      'https://kaltim.antaranews.com/berita/234401/polda-kaltim-siapkan-86-posko-dalam-operasi-ketupat-mahakam-2025',
  },
  {
    abbreviation: 'mahulu',
    code: '64.11',
    region: 'Kabupaten Mahakam Ulu',
    source:
      'https://www.suara.com/bestie/2023/10/06/181803/mayoritas-suku-yang-mendiami-kabupaten-mahakam-ulu-ada-apa-saja',
  },
  {
    abbreviation: 'smr',
    code: '64.72',
    region: 'Kota Samarinda',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  // Kalimantan Utara
  {
    abbreviation: 'ktt',
    code: '65.04',
    region: 'Kabupaten Tana Tidung',
    source: 'http://www.vivaborneo.com/kabupaten-tana-tidung-kabupaten-termuda-di-kaltim.htm',
  },
  // Sulawesi Utara
  {
    abbreviation: 'bolmong',
    code: '71.01',
    region: 'Kabupaten Bolaang Mongondow',
    source:
      'https://palpos.disway.id/read/647894/pemekaran-wilayah-provinsi-sulawesi-utara-ini-kata-ketua-p3bmr-terkait-provinsi-bolaang-mongondow-raya/30',
  },
  {
    abbreviation: 'minsel',
    code: '71.05',
    region: 'Kabupaten Minahasa Selatan',
    source:
      'https://manado.tribunnews.com/2019/09/12/pilkada-minsel-2020-bisa-jadi-pertarungan-srikandi-srikandi-ini',
  },
  {
    abbreviation: 'minut',
    code: '71.06',
    region: 'Kabupaten Minahasa Utara',
    source: 'https://manado.tribunnews.com/2021/11/21/hut-ke-18-minut-dapat-hadiah-ppkm-level-2',
  },
  {
    abbreviation: 'mitra',
    code: '71.07',
    region: 'Kabupaten Minahasa Tenggara',
    source:
      'https://www.monitorsulut.com/wabup-legi-marathon-hadiri-serah-trima-jabatan-di-lima-kecamatan-di-mitra/?amp=1&noamp=mobile',
  },
  {
    abbreviation: 'bolmut',
    code: '71.08',
    region: 'Kabupaten Bolaang Mongondow Utara',
    source: 'http://keidupa.blogspot.com/2007/',
  },
  {
    abbreviation: 'sitaro',
    code: '71.09',
    region: 'Kabupaten Kepulauan Siau Tagulandang Biaro',
    source:
      'https://okinews.bacakoran.co/amp/2445/hdcu-terima-surat-rekomendasi-dukungan-dari-partai-perindo-di-pilgub-sumsel-2024/80',
  },
  {
    abbreviation: 'boltim',
    code: '71.10',
    region: 'Kabupaten Bolaang Mongondow Timur',
    source:
      'https://m.wiki-indonesia.club/w/index.php?oldid=23987758&title=Kabupaten_Bolaang_Mongondow_Timur',
  },
  {
    abbreviation: 'bolsel',
    code: '71.11',
    region: 'Kabupaten Bolaang Mongondow Selatan',
    source: 'https://totabuan.co/?p=109740',
  },
  {
    abbreviation: 'mnd',
    code: '71.71',
    region: 'Kota Manado',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'tmh',
    code: '71.73',
    region: 'Kota Tomohon',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  {
    abbreviation: 'ktg',
    code: '71.74',
    region: 'Kota Kotamobagu',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  // Sulawesi Tengah
  {
    abbreviation: 'bangkep',
    code: '72.07',
    region: 'Kabupaten Banggai Kepulauan',
    source: 'https://medula.id/?p=4162',
  },
  {
    abbreviation: 'banggaikep',
    code: '72.07',
    region: 'Kabupaten Banggai Kepulauan',
    source: 'https://banggaikep.go.id/portal/2021/02/05/',
  },
  {
    abbreviation: 'parimo',
    code: '72.08',
    region: 'Kabupaten Parigi Moutong',
    source:
      'https://palu.tribunnews.com/2025/04/14/breaking-news-amankan-psu-polres-parimo-kerahkan-2556-personel',
  },
  {
    abbreviation: 'touna',
    code: '72.09',
    region: 'Kabupaten Tojo Una Una',
    source: 'https://dm1.co.id/mohammad-lahay-tancap-gas-ekonomi-touna-siap-siap-meroket',
  },
  {
    abbreviation: 'balut',
    code: '72.11',
    region: 'Kabupaten Banggai Laut',
    source: 'https://readnews.id/kapolda-sulteng-kunjungi-banggai-laut/2',
  },
  {
    abbreviation: 'morut',
    code: '72.12',
    region: 'Kabupaten Morowali Utara',
    source:
      'https://sabo.news/berita/hut-ke-12-morut-jadi-momentum-kebangkitan-pertumbuhan-ekonomi-melesat-rakyat-kian-sejahtera',
  },
  // Sulawesi Selatan
  {
    abbreviation: 'pangkep',
    code: '73.10',
    region: 'Kabupaten Pangkajene dan Kepulauan',
    source: 'https://sinjai.info/perintah-kapolri-2-polsek-di-sinjai-dilarang-menyidik',
  },
  {
    abbreviation: 'sidrap',
    code: '73.14',
    region: 'Kabupaten Sidenreng Rappang',
    source:
      'https://makassar.tribunnews.com/2023/04/19/dirikan-5-pos-pengamanan-dan-pelayanan-kapolres-sidrap-ajak-pemudik-gunakan-untuk-istirahat',
  },
  {
    abbreviation: 'tator',
    code: '73.18',
    region: 'Kabupaten Tana Toraja',
    source:
      'https://bacapesan.fajar.co.id/2024/12/09/polres-tator-kawal-logistik-hasil-penghitungan-ke-makassar',
  },
  {
    abbreviation: 'lutra',
    code: '73.22',
    region: 'Kabupaten Luwu Utara',
    source: 'https://sinjai.info/perintah-kapolri-2-polsek-di-sinjai-dilarang-menyidik',
  },
  {
    abbreviation: 'lutim',
    code: '73.24',
    region: 'Kabupaten Luwu Timur',
    source: 'https://koranseruya.com/?p=112347',
  },
  {
    abbreviation: 'torut',
    code: '73.26',
    region: 'Kabupaten Toraja Utara',
    source: 'https://lontar.id/?p=13369',
  },
  {
    abbreviation: 'mks',
    code: '73.71',
    region: 'Kota Makassar',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  // Sulawesi Tenggara
  {
    abbreviation: 'konsel',
    code: '74.05',
    region: 'Kabupaten Konawe Selatan',
    source:
      'https://www.mediasultra.co.id/2025/05/02/wabup-konawe-hadiri-peringatan-hut-ke-22-konawe-selatan',
  },
  {
    abbreviation: 'kolut',
    code: '74.08',
    region: 'Kabupaten Kolaka Utara',
    source:
      'https://kompasiana.com/hamzah-baubau/55bb4ab303b0bdbf07711d39/kolut-surga-baru-di-teluk-bonesulawesi-tenggara?page=all',
  },
  {
    abbreviation: 'konut',
    code: '74.09',
    region: 'Kabupaten Konawe Utara',
    source:
      'https://sultra.tribunnews.com/2021/04/24/ruksamin-abu-haera-siap-jalankan-konasara-jilid-ii-konawe-utara-sejahtera-dan-berdaya-saing',
  },
  {
    abbreviation: 'butur',
    code: '74.10',
    region: 'Kabupaten Buton Utara',
    source: 'https://koransultra.com/2015/10/14/kapolda-sultra-kunjungi-muna/',
  },
  {
    abbreviation: 'koltim',
    code: '74.11',
    region: 'Kabupaten Kolaka Timur',
    source:
      'https://beritanasional.id/studi-kelayakan-polres-buteng-budi-yuwono-2-daerah-akan-di-prioritaskan',
  },
  {
    abbreviation: 'konkep',
    code: '74.12',
    region: 'Kabupaten Konawe Kepulauan',
    source: 'https://anoatimes.id/pemkab-konkep-sosialisasikan-perubahan-nama-daerah/',
  },
  {
    abbreviation: 'mubar',
    code: '74.13',
    region: 'Kabupaten Muna Barat',
    source: 'https://koransultra.com/2015/10/14/kapolda-sultra-kunjungi-muna/',
  },
  {
    abbreviation: 'buteng',
    code: '74.14',
    region: 'Kabupaten Buton Tengah',
    source:
      'https://beritanasional.id/studi-kelayakan-polres-buteng-budi-yuwono-2-daerah-akan-di-prioritaskan',
  },
  {
    abbreviation: 'busel',
    code: '74.15',
    region: 'Kabupaten Buton Selatan',
    source:
      'https://sultra.tribunnews.com/2022/05/21/3-nama-ini-jadi-pj-bupati-busel-buteng-dan-mubar-pemprov-sultra-sudah-terima-sk-kemendagri?page=3',
  },
  {
    abbreviation: 'kdi',
    code: '74.71',
    region: 'Kota Kendari',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  // Gorontalo
  {
    abbreviation: 'kabgor',
    code: '75.01',
    region: 'Kabupaten Gorontalo',
    source:
      'https://www.suara.com/partner/content/mediasulutgo/2021/03/02/111217/kembali-pimpin-kabgor-nelson-minta-peningkatan-kinerja',
  },
  {
    abbreviation: 'bonbol',
    code: '75.03',
    region: 'Kabupaten Bone Bolango',
    source: 'https://berita.gorontaloprov.go.id/2017/05/05/bonbol-ukir-prestasi-cemerlang/',
  },
  {
    abbreviation: 'gorut',
    code: '75.05',
    region: 'Kabupaten Gorontalo Utara',
    source:
      'https://portal.gorutkab.go.id/dukung-pengembangan-pariwisata-dirjen-pkp-kemendesa-pdtt-ri-resmikan-rm-terapung-saronde',
  },
  // Sulawesi Barat
  {
    abbreviation: 'matra',
    code: '76.01',
    region: 'Kabupaten Pasangkayu',
    source: 'http://www.transtipo.com/daerah/matra/kabupaten-pasangkayu-resmi-dipakai-hari-jadi-matra-14/',
  },
  {
    abbreviation: 'polman',
    code: '76.04',
    region: 'Kabupaten Polewali Mandar',
    source: 'https://manakarrapos.com/polman/bupati-kabupaten-polman-dari-masa-ke-masa/?pgrelated=2',
  },
  {
    abbreviation: 'mateng',
    code: '76.06',
    region: 'Kabupaten Mamuju Tengah',
    source:
      'https://sulbarta.com/wabup-polman-hadiri-puncak-peringatan-hari-jadi-ke-13-kabupaten-mamuju-tengah/?pgrelated=102',
  },
  // Maluku
  {
    abbreviation: 'malteng',
    code: '81.01',
    region: 'Kabupaten Maluku Tengah',
    source:
      'https://ambon.antaranews.com/amp/berita/117877/kapolda-maluku-ganti-kapolres-malteng-pascakonflik-pulau-haruku',
  },
  {
    abbreviation: 'malra',
    code: '81.02',
    region: 'Kabupaten Maluku Tenggara',
    source: 'https://terasmaluku.com/headline/2022/01/14/kemenpan-rb-restui-polres-malra-dan-buru-selatan/',
  },
  {
    abbreviation: 'kkt',
    code: '81.03',
    region: 'Kabupaten Kepulauan Tanimbar',
    source:
      'https://www.tabloidskandal.com/gemanusa/upacara-hut-kab-kepulauan-tanimbar%C2%A0-berbudaya-tenun-dan-bahasa-daerah.html',
  },
  {
    abbreviation: 'mtb',
    code: '81.03',
    region: 'Kabupaten Kepulauan Tanimbar',
    source: 'https://lelemuku.com/2018/09/jalan-santai-jelang-hut-ke-19-kabupaten.html',
  },
  {
    abbreviation: 'sbt',
    code: '81.05',
    region: 'Kabupaten Seram Bagian Timur',
    source: 'https://beritabeta.com/tag/pemkab-sbt/20',
  },
  {
    abbreviation: 'sbb',
    code: '81.06',
    region: 'Kabupaten Seram Bagian Barat',
    source: 'https://www.geokepo.id/id/lokasi/seram-bagian-barat',
  },
  {
    abbreviation: 'aru',
    code: '81.07',
    region: 'Kabupaten Kepulauan Aru',
    source: 'http://tribunarunews.blogspot.com/',
  },
  {
    abbreviation: 'mbd',
    code: '81.08',
    region: 'Kabupaten Maluku Barat Daya',
    source: 'https://jurnalmaluku.com/?p=20378',
  },
  {
    abbreviation: 'bursel',
    code: '81.09',
    region: 'Kabupaten Buru Selatan',
    source: 'https://www.kabartimurnews.com/2019/07/26/usia-11-tahun-ini-sejarah-terbentuknya-bursel/',
  },
  {
    abbreviation: 'amb',
    code: '81.71',
    region: 'Kota Ambon',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  // Maluku Utara
  {
    abbreviation: 'halbar',
    code: '82.01',
    region: 'Kabupaten Halmahera Barat',
    source: 'https://malut.relasipublik.com/?p=6622',
  },
  {
    abbreviation: 'halteng',
    code: '82.02',
    region: 'Kabupaten Halmahera Tengah',
    source:
      'https://jazirah.id/2022/11/08/pj-bupati-halteng-segera-diusulkan-nama-kepala-bappeda-hingga-adik-ipar-gubernur-mencuat/?pgrelated=381',
  },
  {
    abbreviation: 'halut',
    code: '82.03',
    region: 'Kabupaten Halmahera Utara',
    source: 'http://tabloidmetrolima.blogspot.com/2016/02/serah-terima-bupati-halut-digelar-dalam.html',
  },
  {
    abbreviation: 'halsel',
    code: '82.04',
    region: 'Kabupaten Halmahera Selatan',
    source:
      'https://ternate.tribunnews.com/2025/04/13/daftar-3-daerah-di-maluku-utara-dengan-jumlah-pulau-terbanyak?page=2',
  },
  {
    abbreviation: 'kepsul',
    code: '82.05',
    region: 'Kabupaten Kepulauan Sula',
    source: 'https://teluknews.com/hut-kepsul-ke-21-tahun-berlangsung-khidmat-dan-meriah/',
  },
  {
    abbreviation: 'sula',
    code: '82.05',
    region: 'Kabupaten Kepulauan Sula',
    source: 'https://admin.moderatorsua.com/author/redaktur/page/5',
  },
  {
    abbreviation: 'haltim',
    code: '82.06',
    region: 'Kabupaten Halmahera Timur',
    source: 'http://haltimkab.go.id/kecamatan-maba/',
  },
  {
    abbreviation: 'pultab',
    code: '82.08',
    region: 'Kabupaten Pulau Taliabu',
    source:
      'https://metro7.co.id/pilkada/untuk-sula-bahagia-fam-sah-akan-perjuangkan-negeri-para-kapita-sesuai-visi-dan-misi/2020/',
  },
  {
    abbreviation: 'taliabu',
    code: '82.08',
    region: 'Kabupaten Pulau Taliabu',
    source:
      'https://lintaskhatulistiwa.com/2022/11/10/bupati-aliong-potong-pita-peresmian-kantor-bupati-pulau-taliabu/',
  },
  {
    abbreviation: 'tikep',
    code: '82.72',
    region: 'Kota Tidore Kepulauan',
    source:
      'https://ambon.antaranews.com/berita/93030/dprd-paripurna-penetapan-wali-kota-dan-wawali-tikep-terpilih-2020-2024',
  },
  // Papua
  {
    abbreviation: 'biak',
    code: '91.06',
    region: 'Kabupaten Biak Numfor',
    source: 'https://indoplaces.com/mod.php?mod=indonesia&op=view_region&regid=211',
  },
  {
    abbreviation: 'mambra',
    code: '91.20',
    region: 'Kabupaten Mamberamo Raya',
    source: 'https://dpr-papua.go.id/tepat-jika-kabupaten-mambra-masuk-dapeng-mamta-tabi',
  },
  // Papua Barat
  {
    abbreviation: 'mansel',
    code: '92.11',
    region: 'Kabupaten Manokwari Selatan',
    source: 'https://linkpapua.id/mansel-rayakan-hut-ke-13-wabup-teluk-bintuni-sampaikan-harapan/',
  },
  {
    abbreviation: 'pegaf',
    code: '92.12',
    region: 'Kabupaten Pegunungan Arfak',
    source:
      'https://papuabarat.tribunnews.com/2022/11/27/profil-kabupaten-pegunungan-arfak-daerah-di-papua-barat-dengan-wilayah-terkecil-dan-dataran-tinggi?page=all',
  },
  // Papua Selatan
  {
    abbreviation: 'mrk',
    code: '93.01',
    region: 'Kabupaten Merauke',
    source:
      'https://github.com/ichadhr/db-wilayah-indonesia/blob/1e2c7d4eb298708baaa8b9abb5df71e531a659ff/csv/tbl_kabkot.csv',
  },
  // Papua Pegunungan
  {
    abbreviation: 'pegubin',
    code: '95.02',
    region: 'Kabupaten Pegunungan Bintang',
    source: 'https://papuabangkit.com/tag/bupati-spei-yan-bidana/',
  },
  {
    abbreviation: 'mamteng',
    code: '95.05',
    region: 'Kabupaten Mamberamo Tengah',
    source:
      'https://teraspapua.com/2023/10/11/masyarakat-mamberamo-tengah-sambut-kedatangan-penjabat-bupati/',
  },
  // Papua Barat Daya
  {
    abbreviation: 'sorsel',
    code: '96.02',
    region: 'Kabupaten Sorong Selatan',
    source: 'https://papuabarat.bpk.go.id/kabupaten-sorong-selatan',
  },
]
