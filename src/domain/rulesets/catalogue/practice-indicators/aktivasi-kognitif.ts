/** Practice indicators of the "Aktivasi kognitif" group. See ../practice-indicators.ts for sources. */
import type { PracticeIndicator } from "../../types.js";

export const aktivasiKognitif: PracticeIndicator[] = [
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
