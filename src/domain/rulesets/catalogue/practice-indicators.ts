/**
 * Teacher practice indicators (indikator praktik pembelajaran) with their target perilaku.
 * Source: /work/shared/CATALOGUE.md §1 (groups from the Rapor Pendidikan "kualitas pembelajaran"
 * sub-dimensions, targets and do/avoid behaviours [seen]); names from DOMAIN.md §3 [seed 001].
 * Wording is ours in Indonesian. `confirmed: false` marks content a district should check:
 * - Ekspektasi pada peserta didik, Aktivitas interaktif: the group placement is ours.
 * - Instruksi pembelajaran, Instruksi yang adaptif: the targets are ours, from low-confidence hints.
 * Avoid-behaviours are read in reverse when observed (not shown is good).
 */
import type { PracticeIndicator } from "../types.js";

export const practiceIndicators: PracticeIndicator[] = [
  {
    code: "keteraturan-suasana-kelas",
    name: "Keteraturan suasana kelas",
    group: "Manajemen kelas",
    description:
      "Guru membangun suasana kelas yang teratur melalui kesepakatan kelas yang disusun bersama murid, " +
      "diingat bersama, dan direfleksikan secara berkala. Dengan suasana yang tenang dan tertib, murid " +
      "dapat berfokus pada kegiatan belajar.",
    targets: [
      {
        code: "komunikasi-positif",
        title: "Menggunakan komunikasi positif untuk menciptakan suasana kelas yang tenang",
        recommended: [
          "Guru memanggil murid dengan namanya.",
          "Guru menyampaikan harapan positif kepada murid di awal pelajaran.",
          "Guru membuka pelajaran dengan kegiatan pencair suasana (ice breaking).",
        ],
        avoid: [
          "Guru memanggil murid dengan julukan yang merendahkan.",
          "Guru meluapkan keluhan atau kekesalannya di depan kelas.",
          "Guru memulai pelajaran ketika kelas belum tenang.",
        ],
      },
      {
        code: "strategi-pengelompokan",
        title: "Menerapkan strategi pengelompokan yang membuat murid terlibat",
        recommended: [
          "Guru menjelaskan alasan dan tujuan pembentukan kelompok.",
          "Guru memberikan peran yang beragam kepada anggota kelompok.",
          "Guru mendorong murid untuk berinteraksi dengan anggota kelompoknya.",
        ],
        avoid: [
          "Guru membentuk kelompok tanpa kriteria yang jelas.",
          "Guru meminta murid bekerja dalam kelompok tanpa tujuan yang jelas.",
          "Guru membiarkan murid memilih kelompoknya sendiri tanpa arahan.",
        ],
      },
      {
        code: "kesepakatan-kelas",
        title: "Menyusun dan mengingatkan kesepakatan kelas bersama murid",
        recommended: [
          "Guru menyusun kesepakatan kelas bersama murid dan memajangnya di kelas.",
          "Guru mengajak murid mengingat kembali kesepakatan kelas secara berkala.",
          "Guru mengajak murid menilai sejauh mana kesepakatan kelas sudah dijalankan.",
        ],
        avoid: [
          "Guru menetapkan aturan kelas sendiri tanpa melibatkan murid.",
          "Guru hanya membahas kesepakatan kelas ketika ada murid yang melanggar.",
          "Guru sendiri melanggar kesepakatan kelas yang sudah dibuat.",
        ],
      },
    ],
    confirmed: true,
  },
  {
    code: "penerapan-disiplin-positif",
    name: "Penerapan disiplin positif",
    group: "Manajemen kelas",
    description:
      "Guru menerapkan prinsip disiplin positif untuk mengelola perilaku dan membangun kebiasaan baik di kelas. " +
      "Guru menumbuhkan motivasi dari dalam diri murid melalui refleksi, penguatan positif, dan restitusi, " +
      "bukan melalui hukuman.",
    targets: [
      {
        code: "refleksi-dinamika-kelas",
        title: "Merefleksikan dinamika kelas bersama murid",
        recommended: [
          "Guru mengajak murid merefleksikan suasana dan kebiasaan kelas secara terbuka.",
          "Guru mendengarkan pendapat murid dengan sungguh-sungguh.",
          "Guru menyesuaikan cara mengelola kelas berdasarkan hasil refleksi bersama.",
        ],
        avoid: [
          "Guru mengabaikan pandangan murid tentang suasana kelas.",
          "Guru bersikap defensif ketika murid menyampaikan pendapat.",
          "Guru memberikan hukuman fisik kepada murid.",
        ],
      },
      {
        code: "penguatan-positif",
        title: "Memberikan penguatan positif",
        recommended: [
          "Guru segera memberikan penguatan ketika murid menunjukkan perilaku baik.",
          "Guru memberikan bentuk penguatan yang beragam.",
          "Guru menyebutkan perilaku baik murid secara spesifik beserta alasannya.",
        ],
        avoid: [
          "Guru memberikan penguatan secara tidak konsisten.",
          "Guru hanya memperhatikan perilaku negatif murid.",
          "Guru memberikan penghargaan pada perilaku yang tidak mendukung belajar.",
        ],
      },
      {
        code: "restitusi",
        title: "Menerapkan restitusi ketika murid melakukan kesalahan",
        recommended: [
          "Guru membantu murid memahami akibat dari perbuatannya.",
          "Guru mendengarkan penjelasan murid sebelum menanggapi.",
          "Guru mendampingi murid memperbaiki kesalahannya.",
        ],
        avoid: [
          "Guru langsung menghukum murid tanpa mencari tahu penyebabnya.",
          "Guru menunjukkan sikap tidak sabar ketika murid berbuat salah.",
          "Guru membungkam murid yang ingin menjelaskan.",
        ],
      },
    ],
    confirmed: true,
  },
  {
    code: "umpan-balik-konstruktif",
    name: "Umpan balik konstruktif",
    group: "Dukungan afektif",
    description:
      "Guru memberikan informasi kepada murid tentang proses dan hasil belajarnya sehingga murid tahu apa yang " +
      "sudah baik dan apa yang perlu diperbaiki. Umpan balik disampaikan secara spesifik, terkait tujuan " +
      "pembelajaran, dan membuka ruang dialog.",
    targets: [
      {
        code: "umpan-balik-spesifik",
        title: "Memberikan umpan balik yang spesifik dan terkait tujuan pembelajaran",
        recommended: [
          "Guru menyebutkan dengan tepat bagian pekerjaan murid yang sudah baik atau perlu diperbaiki.",
          "Guru mengaitkan umpan balik dengan tujuan pembelajaran.",
          "Guru mengajukan pertanyaan yang membantu murid menemukan cara memperbaiki pekerjaannya.",
        ],
        avoid: [
          "Guru memberikan umpan balik yang umum dan tidak jelas.",
          "Guru menyampaikan kritik tanpa menunjukkan cara memperbaikinya.",
          "Guru menggunakan kata-kata yang kasar atau menyakitkan.",
        ],
      },
      {
        code: "umpan-balik-proses-usaha",
        title: "Memberikan umpan balik pada proses dan usaha murid",
        recommended: [
          "Guru berfokus pada usaha yang dilakukan murid.",
          "Guru menunjukkan kaitan antara usaha murid dan hasil yang dicapainya.",
          "Guru mengajak murid merefleksikan usaha belajarnya.",
        ],
        avoid: [
          "Guru hanya menanggapi hasil akhir pekerjaan murid.",
          "Guru tidak memberi kesempatan kepada murid untuk memperbaiki pekerjaannya.",
          "Guru memberikan umpan balik berdasarkan kesan pribadi.",
        ],
      },
      {
        code: "diskusi-umpan-balik",
        title: "Terbuka untuk mendiskusikan umpan balik",
        recommended: [
          "Guru memberi ruang kepada murid untuk bertanya tentang umpan balik yang diterimanya.",
          "Guru mendengarkan tanggapan murid secara aktif.",
          "Guru menyediakan waktu khusus untuk berdiskusi dengan murid.",
        ],
        avoid: [
          "Guru menolak membahas umpan balik yang sudah diberikan.",
          "Guru mengabaikan kekhawatiran murid.",
          "Guru terburu-buru ketika berdiskusi dengan murid.",
        ],
      },
    ],
    confirmed: true,
  },
  {
    code: "perhatian-dan-kepedulian",
    name: "Perhatian dan kepedulian",
    group: "Dukungan afektif",
    description:
      "Guru memberikan perhatian dan dukungan yang sesuai dengan kebutuhan setiap murid. Guru berempati, " +
      "memahami karakteristik murid, dan menghargai usaha mereka sehingga murid merasa aman dan dihargai di kelas.",
    targets: [
      {
        code: "empati",
        title: "Menunjukkan empati kepada murid",
        recommended: [
          "Guru memberikan perhatian penuh ketika murid berbicara.",
          "Guru mengajukan pertanyaan lanjutan untuk memahami perasaan murid.",
          "Guru berusaha melihat masalah dari sudut pandang murid.",
        ],
        avoid: [
          "Guru mengabaikan perasaan murid.",
          "Guru menghakimi murid sebelum memahami keadaannya.",
          "Guru tidak memberi kesempatan kepada murid untuk bercerita.",
        ],
      },
      {
        code: "memahami-kebutuhan-murid",
        title: "Memahami kebutuhan dan karakteristik murid",
        recommended: [
          "Guru mengamati dinamika dan interaksi murid di kelas.",
          "Guru berinteraksi dengan murid secara santun dan saling menghormati.",
          "Guru meminta masukan dari murid tentang kebutuhan belajarnya.",
        ],
        avoid: [
          "Guru bertindak berdasarkan anggapan tentang murid tanpa memeriksanya.",
          "Guru bersikap kaku dan tidak mau menyesuaikan diri dengan kebutuhan murid.",
          "Guru menghindari masukan dari murid.",
        ],
      },
      {
        code: "menghargai-usaha",
        title: "Menghargai usaha murid",
        recommended: [
          "Guru menunjukkan minat pada hasil kerja murid.",
          "Guru memuji usaha murid secara spesifik.",
          "Guru mendukung murid di depan teman-temannya.",
        ],
        avoid: [
          "Guru meremehkan hasil kerja murid.",
          "Guru memberikan pujian yang umum dan tanpa makna.",
          "Guru terlalu banyak mengkritik hasil kerja murid.",
        ],
      },
    ],
    confirmed: true,
  },
  {
    code: "ekspektasi-pada-peserta-didik",
    name: "Ekspektasi pada peserta didik",
    group: "Dukungan afektif",
    description:
      "Guru menunjukkan keyakinan bahwa setiap murid mampu belajar dan berprestasi. Guru menyampaikan harapan " +
      "yang tinggi dan setara kepada semua murid serta memberikan tantangan yang bermakna disertai dukungan.",
    targets: [
      {
        code: "harapan-masa-depan",
        title: "Menyampaikan harapan tinggi tentang masa depan setiap murid",
        recommended: [
          "Guru mengaitkan pembelajaran dengan masa depan yang bermakna bagi murid.",
          "Guru mengajak murid menyampaikan harapan dan cita-citanya sendiri.",
          "Guru menyebutkan potensi yang dimiliki murid.",
        ],
        avoid: [
          "Guru terus membahas perilaku buruk murid di masa lalu.",
          "Guru menyampaikan harapan yang tidak relevan dengan kehidupan murid.",
          "Guru lebih banyak menyoroti kelemahan murid.",
        ],
      },
      {
        code: "ekspektasi-setara",
        title: "Menunjukkan ekspektasi positif yang setara kepada semua murid",
        recommended: [
          "Guru bersikap terbuka dan memberi kesempatan yang sama kepada semua murid.",
          "Guru menghargai potensi murid yang beragam.",
          "Guru membantu murid menemukan potensi yang belum terlihat.",
        ],
        avoid: [
          "Guru hanya memberi perhatian kepada sebagian murid.",
          "Guru menyampaikan harapan yang hanya sesuai untuk sebagian murid di kelas.",
          "Guru hanya mengakui bakat yang mudah terlihat.",
        ],
      },
      {
        code: "tantangan-bermakna",
        title: "Memberikan tantangan yang bermakna disertai motivasi",
        recommended: [
          "Guru memberikan tantangan yang relevan dengan kemampuan dan minat murid.",
          "Guru berulang kali menyampaikan keyakinan bahwa murid mampu.",
          "Guru memberikan dukungan ketika murid menghadapi kesulitan.",
        ],
        avoid: [
          "Guru memberikan tantangan tanpa dukungan yang memadai.",
          "Guru memotivasi murid hanya dengan iming-iming hadiah dan ancaman hukuman.",
          "Guru menciptakan persaingan yang berlebihan antarmurid.",
        ],
      },
    ],
    // The targets are [seen]; placing this indicator under "Dukungan afektif" is ours.
    confirmed: false,
  },
  {
    code: "instruksi-pembelajaran",
    name: "Instruksi pembelajaran",
    group: "Aktivasi kognitif",
    description:
      "Guru menyampaikan penjelasan yang terstruktur dan jelas sehingga murid memahami konsep, mampu " +
      "menerapkannya, dan merefleksikan pembelajarannya. Guru menggunakan contoh nyata dan memeriksa " +
      "pemahaman murid sebelum melanjutkan materi.",
    targets: [
      {
        code: "penjelasan-runtut",
        title: "Menyampaikan tujuan dan penjelasan pembelajaran secara runtut",
        recommended: [
          "Guru menyampaikan tujuan pembelajaran di awal pelajaran.",
          "Guru menjelaskan materi secara bertahap dengan urutan yang logis.",
          "Guru merangkum poin penting sebelum berpindah ke bagian berikutnya.",
        ],
        avoid: [
          "Guru memberikan penjelasan yang berbelit-belit.",
          "Guru berpindah-pindah topik tanpa kaitan yang jelas.",
          "Guru tidak menyampaikan apa yang akan dipelajari murid.",
        ],
      },
      {
        code: "contoh-nyata",
        title: "Menggunakan contoh nyata yang dekat dengan kehidupan murid",
        recommended: [
          "Guru memberikan contoh dari kehidupan sehari-hari murid.",
          "Guru memperagakan cara menerapkan konsep sebelum murid mencoba sendiri.",
          "Guru memberi kesempatan kepada murid untuk menerapkan konsep pada situasi baru.",
        ],
        avoid: [
          "Guru hanya menggunakan contoh yang jauh dari pengalaman murid.",
          "Guru terburu-buru menyelesaikan materi.",
          "Guru langsung memberikan tugas tanpa contoh atau peragaan.",
        ],
      },
      {
        code: "cek-pemahaman",
        title: "Memeriksa pemahaman murid dan mengajak murid berefleksi",
        recommended: [
          "Guru mengajukan pertanyaan untuk memeriksa pemahaman murid selama pelajaran.",
          "Guru menjelaskan ulang dengan cara lain ketika murid belum paham.",
          "Guru mengajak murid merefleksikan apa yang telah dipelajari di akhir pelajaran.",
        ],
        avoid: [
          "Guru melanjutkan materi tanpa memeriksa pemahaman murid.",
          "Guru hanya bertanya “Sudah paham?” tanpa menindaklanjuti jawaban murid.",
          "Guru menutup pelajaran tanpa refleksi.",
        ],
      },
    ],
    // Targets not found in the sources; written by us from low-confidence hints.
    confirmed: false,
  },
  {
    code: "aktivitas-interaktif",
    name: "Aktivitas interaktif",
    group: "Aktivasi kognitif",
    description:
      "Guru merancang kegiatan yang mendorong kolaborasi dan komunikasi antarmurid. Guru mengajukan pertanyaan " +
      "yang memantik diskusi, memberi peran kepada setiap murid, dan memastikan diskusi kelompok berjalan inklusif.",
    targets: [
      {
        code: "pertanyaan-pemantik",
        title: "Mengajukan pertanyaan yang memantik diskusi",
        recommended: [
          "Guru mengajukan pertanyaan terbuka yang memiliki banyak kemungkinan jawaban.",
          "Guru mengaitkan pertanyaan dengan gagasan yang disampaikan murid sebelumnya.",
          "Guru mengajak murid membandingkan beberapa konsep atau pendapat.",
        ],
        avoid: [
          "Guru hanya mengajukan pertanyaan untuk menguji hafalan.",
          "Guru meminta murid menirukan jawaban guru.",
          "Guru langsung menilai benar atau salah jawaban murid tanpa menggali alasannya.",
        ],
      },
      {
        code: "peran-setiap-murid",
        title: "Memberikan peran kepada setiap murid",
        recommended: [
          "Guru memotivasi semua murid untuk terlibat.",
          "Guru memastikan setiap anggota kelompok memiliki peran.",
          "Guru mendampingi murid yang pasif agar ikut berpartisipasi.",
        ],
        avoid: [
          "Guru menyerahkan pembagian peran sepenuhnya kepada murid.",
          "Guru menyediakan peran yang terlalu sedikit untuk jumlah anggota kelompok.",
          "Guru membiarkan beberapa murid mendominasi kegiatan.",
        ],
      },
      {
        code: "diskusi-kelompok-inklusif",
        title: "Memfasilitasi diskusi kelompok yang inklusif",
        recommended: [
          "Guru mendorong murid menyampaikan pendapat secara terbuka.",
          "Guru membentuk kelompok dengan anggota yang beragam.",
          "Guru berkeliling untuk mendampingi setiap kelompok.",
        ],
        avoid: [
          "Guru hanya berdiri di depan kelas selama diskusi.",
          "Guru membiarkan murid selalu memilih kelompoknya sendiri.",
          "Guru meredam perbedaan pendapat antarmurid.",
        ],
      },
    ],
    // The targets are [seen]; placing this indicator under "Aktivasi kognitif" is ours.
    confirmed: false,
  },
  {
    code: "instruksi-yang-adaptif",
    name: "Instruksi yang adaptif",
    group: "Aktivasi kognitif",
    description:
      "Guru menyesuaikan cara mengajar berdasarkan umpan balik dan kebutuhan murid selama pembelajaran. Guru " +
      "memperhatikan dinamika kelas, memilih metode yang sesuai dengan kesiapan belajar murid, dan menutup " +
      "pelajaran dengan refleksi untuk merencanakan langkah berikutnya.",
    targets: [
      {
        code: "respons-dinamika-kelas",
        title: "Menanggapi dinamika kelas selama pembelajaran",
        recommended: [
          "Guru memperhatikan tanda-tanda murid bingung, bosan, atau kesulitan.",
          "Guru mengubah kecepatan atau kegiatan belajar ketika murid membutuhkannya.",
          "Guru meminta umpan balik singkat dari murid selama pelajaran.",
        ],
        avoid: [
          "Guru tetap menjalankan rencana pembelajaran apa pun kondisi kelasnya.",
          "Guru mengabaikan murid yang menunjukkan kesulitan.",
          "Guru menganggap semua murid sudah paham karena tidak ada yang bertanya.",
        ],
      },
      {
        code: "metode-sesuai-murid",
        title: "Menyesuaikan metode dengan kebutuhan belajar murid",
        recommended: [
          "Guru menggunakan hasil asesmen awal untuk merencanakan pembelajaran.",
          "Guru menyediakan pilihan kegiatan atau bahan ajar sesuai kesiapan murid.",
          "Guru memberikan bantuan tambahan kepada murid yang membutuhkan.",
        ],
        avoid: [
          "Guru memberikan kegiatan yang sama untuk semua murid tanpa mempertimbangkan kebutuhan mereka.",
          "Guru hanya menggunakan satu metode mengajar.",
          "Guru mengelompokkan murid secara tetap berdasarkan nilai.",
        ],
      },
      {
        code: "refleksi-penutup",
        title: "Menutup pembelajaran dengan refleksi untuk merencanakan langkah berikutnya",
        recommended: [
          "Guru mengajak murid merefleksikan apa yang sudah dan belum dipahami.",
          "Guru menggunakan hasil refleksi untuk merencanakan pertemuan berikutnya.",
          "Guru memberi tahu murid perubahan yang akan dilakukan berdasarkan masukan mereka.",
        ],
        avoid: [
          "Guru menutup pelajaran tanpa refleksi.",
          "Guru tidak menindaklanjuti hasil refleksi murid.",
          "Guru menyalahkan murid ketika pembelajaran tidak berjalan sesuai rencana.",
        ],
      },
    ],
    // Targets not found in the sources; written by us from low-confidence hints.
    confirmed: false,
  },
];
