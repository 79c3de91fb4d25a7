/**
 * Kepala sekolah leadership indicators (indikator praktik kinerja kepala sekolah).
 * Source: /work/shared/CATALOGUE.md §3. The list of eight is [found]; the targets of indicator 1
 * and the first two targets of indicator 2 are [seen]. Everything else (groups, descriptions,
 * targets of indicators 3–8, the third target of indicator 2) is ours: `confirmed: false`.
 * The groups are our own arrangement; the platform's grouping for KS indicators is not known.
 */
import type { LeadershipIndicator } from "../types.js";

export const leadershipIndicators: LeadershipIndicator[] = [
  {
    code: "presentasi-visi-misi",
    name: "Presentasi visi-misi satuan pendidikan",
    group: "Visi dan program satuan pendidikan",
    description:
      "Kepala sekolah mempresentasikan visi dan misi satuan pendidikan kepada warga sekolah dan pemangku " +
      "kepentingan secara jelas dan melibatkan audiens, sehingga visi dan misi dipahami dan didukung bersama.",
    targets: [
      {
        code: "presentasi-jelas-terstruktur",
        title: "Menyampaikan presentasi yang jelas dan terstruktur",
        recommended: [
          "Kepala sekolah menggunakan bahasa yang sederhana dan mudah dipahami.",
          "Kepala sekolah menyampaikan materi dengan alur yang logis.",
          "Kepala sekolah memberikan contoh nyata dari kehidupan sekolah.",
        ],
        avoid: [
          "Kepala sekolah menggunakan istilah teknis yang tidak dijelaskan.",
          "Kepala sekolah menyampaikan rincian yang tidak relevan dengan visi dan misi.",
        ],
      },
      {
        code: "keterlibatan-audiens",
        title: "Melibatkan audiens selama presentasi",
        recommended: [
          "Kepala sekolah mengajukan pertanyaan kepada audiens.",
          "Kepala sekolah memberi kesempatan kepada audiens untuk bertanya dan menanggapi.",
          "Kepala sekolah memperhatikan bahasa tubuh audiens dan menyesuaikan penyampaiannya.",
        ],
        avoid: [
          "Kepala sekolah berbicara terus-menerus tanpa jeda.",
          "Kepala sekolah tidak membuka interaksi dengan audiens.",
        ],
      },
    ],
    evidence: ["Agenda kegiatan", "Materi presentasi", "Notulen", "Daftar hadir", "Foto kegiatan"],
    confirmed: true,
  },
  {
    code: "perencanaan-program-anggaran-berbasis-data",
    name: "Memandu perencanaan program dan anggaran berbasis data",
    group: "Perencanaan berbasis data",
    description:
      "Kepala sekolah memandu warga satuan pendidikan menyusun program dan anggaran berdasarkan data, terutama " +
      "hasil Rapor Pendidikan, sehingga program yang dipilih menjawab kebutuhan belajar murid dan dapat " +
      "dipantau pelaksanaannya.",
    targets: [
      {
        code: "memimpin-rapat-terarah",
        title: "Memimpin rapat perencanaan yang terarah",
        recommended: [
          "Kepala sekolah mendengarkan pendapat peserta rapat.",
          "Kepala sekolah menjaga pembahasan tetap sesuai dengan tujuan rapat.",
          "Kepala sekolah merangkum hasil pembahasan dan kesepakatan.",
        ],
        avoid: [
          "Kepala sekolah memimpin rapat tanpa agenda.",
          "Kepala sekolah mendominasi pembicaraan.",
          "Kepala sekolah membiarkan rapat melewati waktu yang disepakati.",
        ],
      },
      {
        code: "keputusan-berbasis-data",
        title: "Mengambil keputusan berdasarkan data",
        recommended: [
          "Kepala sekolah memeriksa konteks di balik data sebelum mengambil keputusan.",
          "Kepala sekolah membagikan temuan dari data kepada warga sekolah.",
          "Kepala sekolah merevisi rencana ketika ada data baru.",
        ],
        avoid: [
          "Kepala sekolah mengambil keputusan hanya berdasarkan intuisi.",
          "Kepala sekolah tidak membagikan data kepada warga sekolah.",
        ],
      },
      {
        code: "kriteria-dan-rencana-pemantauan",
        title: "Menetapkan kriteria keberhasilan dan rencana pemantauan semester",
        recommended: [
          "Kepala sekolah menetapkan kriteria keberhasilan program bersama tim.",
          "Kepala sekolah menyusun jadwal pemantauan program selama satu semester.",
          "Kepala sekolah menentukan penanggung jawab pemantauan setiap program.",
        ],
        avoid: [
          "Kepala sekolah menyusun program tanpa ukuran keberhasilan yang jelas.",
          "Kepala sekolah tidak merencanakan pemantauan pelaksanaan program.",
        ],
      },
    ],
    evidence: [
      "Agenda rapat",
      "Data Rapor Pendidikan yang digunakan",
      "RKAS",
      "Notulen",
      "Daftar hadir",
      "Foto kegiatan",
    ],
    // Targets 1–2 are [seen]; the behaviours of target 3 and the evidence list are ours.
    confirmed: false,
  },
  {
    code: "praktik-baik-kepemimpinan-pembelajaran",
    name: "Menceritakan praktik baik kepemimpinan pembelajaran",
    group: "Kepemimpinan pembelajaran",
    description:
      "Kepala sekolah membagikan pengalaman nyata dalam memimpin peningkatan kualitas pembelajaran, termasuk " +
      "tantangan, langkah yang diambil, dan dampaknya pada murid, sehingga dapat dipelajari oleh kepala " +
      "sekolah dan guru lain.",
    targets: [
      {
        code: "cerita-praktik-berbasis-bukti",
        title: "Menceritakan praktik baik secara runtut dan berbasis bukti",
        recommended: [
          "Kepala sekolah menjelaskan situasi awal, tantangan, langkah, dan hasilnya secara runtut.",
          "Kepala sekolah menunjukkan bukti perubahan pada guru dan murid.",
          "Kepala sekolah menyampaikan pelajaran yang dapat diterapkan di sekolah lain.",
        ],
        avoid: [
          "Kepala sekolah hanya menceritakan keberhasilan tanpa menyebut tantangan.",
          "Kepala sekolah menyampaikan klaim tanpa bukti.",
          "Kepala sekolah berfokus pada kegiatan administratif, bukan pada pembelajaran.",
        ],
      },
      {
        code: "refleksi-praktik-kepemimpinan",
        title: "Merefleksikan praktik kepemimpinannya secara terbuka",
        recommended: [
          "Kepala sekolah menyebutkan hal yang masih perlu diperbaiki.",
          "Kepala sekolah menjelaskan peran guru dan murid dalam keberhasilan tersebut.",
          "Kepala sekolah menerima pertanyaan dan masukan dari pendengar dengan terbuka.",
        ],
        avoid: [
          "Kepala sekolah menganggap praktiknya sudah sempurna.",
          "Kepala sekolah mengklaim keberhasilan sebagai hasil kerjanya sendiri.",
          "Kepala sekolah menolak pertanyaan atau masukan.",
        ],
      },
    ],
    evidence: [
      "Materi atau naskah cerita praktik baik",
      "Dokumentasi kegiatan pembelajaran",
      "Daftar hadir",
      "Foto atau video kegiatan",
    ],
    confirmed: false,
  },
  {
    code: "presentasi-program-satuan-pendidikan",
    name: "Presentasi program satuan pendidikan",
    group: "Visi dan program satuan pendidikan",
    description:
      "Kepala sekolah mempresentasikan program satuan pendidikan kepada warga sekolah, orang tua, dan " +
      "pemangku kepentingan, menunjukkan kaitan program dengan visi-misi dan data, serta mengajak mereka " +
      "terlibat dalam pelaksanaannya.",
    targets: [
      {
        code: "program-terkait-visi-dan-data",
        title: "Menjelaskan kaitan program dengan visi-misi dan data",
        recommended: [
          "Kepala sekolah menjelaskan alasan setiap program berdasarkan data sekolah.",
          "Kepala sekolah menunjukkan kaitan program dengan visi dan misi.",
          "Kepala sekolah menyampaikan target dan waktu pelaksanaan program dengan jelas.",
        ],
        avoid: [
          "Kepala sekolah hanya membacakan daftar kegiatan.",
          "Kepala sekolah menyampaikan program tanpa alasan dan target.",
        ],
      },
      {
        code: "melibatkan-pemangku-kepentingan",
        title: "Mengajak pemangku kepentingan terlibat",
        recommended: [
          "Kepala sekolah memberi kesempatan kepada audiens untuk bertanya dan memberi usulan.",
          "Kepala sekolah menjelaskan peran yang dapat diambil oleh orang tua dan masyarakat.",
          "Kepala sekolah mencatat masukan untuk perbaikan program.",
        ],
        avoid: [
          "Kepala sekolah tidak membuka sesi tanya jawab.",
          "Kepala sekolah menganggap program sudah final dan tidak dapat diubah.",
        ],
      },
    ],
    evidence: ["Agenda kegiatan", "Materi presentasi", "Notulen", "Daftar hadir", "Foto kegiatan"],
    confirmed: false,
  },
  {
    code: "refleksi-pengelolaan-kurikulum",
    name: "Refleksi pengelolaan kurikulum",
    group: "Kepemimpinan pembelajaran",
    description:
      "Kepala sekolah memimpin refleksi bersama guru tentang pelaksanaan kurikulum satuan pendidikan " +
      "berdasarkan data hasil belajar dan pengalaman di kelas, lalu menetapkan perbaikan yang akan dilakukan.",
    targets: [
      {
        code: "refleksi-kurikulum-bersama-guru",
        title: "Memfasilitasi refleksi kurikulum bersama guru",
        recommended: [
          "Kepala sekolah mengajak guru menyampaikan pengalamannya menerapkan kurikulum.",
          "Kepala sekolah menggunakan data hasil belajar murid sebagai bahan refleksi.",
          "Kepala sekolah menciptakan suasana yang aman untuk menyampaikan kendala.",
        ],
        avoid: [
          "Kepala sekolah hanya memeriksa kelengkapan dokumen kurikulum.",
          "Kepala sekolah menyalahkan guru atas kendala yang disampaikan.",
        ],
      },
      {
        code: "rencana-perbaikan-kurikulum",
        title: "Menetapkan rencana perbaikan kurikulum",
        recommended: [
          "Kepala sekolah menyepakati prioritas perbaikan bersama guru.",
          "Kepala sekolah menetapkan langkah, penanggung jawab, dan jadwal perbaikan.",
          "Kepala sekolah merencanakan dukungan yang dibutuhkan guru.",
        ],
        avoid: [
          "Kepala sekolah menutup refleksi tanpa rencana tindak lanjut.",
          "Kepala sekolah menetapkan perbaikan tanpa melibatkan guru.",
        ],
      },
    ],
    evidence: [
      "Agenda kegiatan",
      "Dokumen kurikulum satuan pendidikan",
      "Notulen refleksi",
      "Daftar hadir",
      "Foto kegiatan",
    ],
    confirmed: false,
  },
  {
    code: "aktivasi-komunitas-belajar",
    name: "Aktivasi komunitas belajar",
    group: "Pengembangan kompetensi guru",
    description:
      "Kepala sekolah menggerakkan komunitas belajar di satuan pendidikan agar guru rutin berbagi, belajar " +
      "bersama, dan memperbaiki praktik pembelajaran berdasarkan kebutuhan murid.",
    targets: [
      {
        code: "membentuk-komunitas-belajar",
        title: "Membentuk komunitas belajar dengan tujuan yang jelas",
        recommended: [
          "Kepala sekolah mengajak guru menentukan tujuan komunitas berdasarkan kebutuhan murid.",
          "Kepala sekolah memfasilitasi penyusunan jadwal pertemuan rutin.",
          "Kepala sekolah memberi kesempatan kepada guru untuk memimpin pertemuan.",
        ],
        avoid: [
          "Kepala sekolah membentuk komunitas hanya untuk memenuhi administrasi.",
          "Kepala sekolah menentukan semua kegiatan komunitas sendiri.",
        ],
      },
      {
        code: "mendukung-keberlanjutan-komunitas",
        title: "Mendukung keberlanjutan komunitas belajar",
        recommended: [
          "Kepala sekolah menyediakan waktu dan tempat untuk pertemuan komunitas.",
          "Kepala sekolah hadir dan ikut belajar dalam pertemuan komunitas.",
          "Kepala sekolah menghargai guru yang berbagi praktik baik.",
        ],
        avoid: [
          "Kepala sekolah menjadwalkan kegiatan lain yang bertabrakan dengan pertemuan komunitas.",
          "Kepala sekolah tidak pernah menanyakan perkembangan komunitas.",
        ],
      },
      {
        code: "memantau-dampak-komunitas",
        title: "Memantau dampak komunitas belajar pada pembelajaran",
        recommended: [
          "Kepala sekolah mengajak guru merefleksikan perubahan praktik setelah mengikuti komunitas.",
          "Kepala sekolah mengumpulkan bukti perubahan pembelajaran di kelas.",
        ],
        avoid: [
          "Kepala sekolah hanya menghitung jumlah pertemuan.",
          "Kepala sekolah tidak menindaklanjuti hasil pertemuan komunitas.",
        ],
      },
    ],
    evidence: ["Jadwal dan agenda komunitas belajar", "Notulen pertemuan", "Daftar hadir", "Foto kegiatan"],
    confirmed: false,
  },
  {
    code: "siklus-penguatan-praktik-pembelajaran",
    name: "Siklus penguatan kualitas praktik pembelajaran",
    group: "Kepemimpinan pembelajaran",
    description:
      "Kepala sekolah menjalankan siklus observasi, umpan balik, dan tindak lanjut bersama guru untuk " +
      "memperkuat kualitas praktik pembelajaran, dengan peran sebagai coach, bukan penilai.",
    targets: [
      {
        code: "observasi-kelas-disepakati",
        title: "Melakukan observasi kelas yang disepakati bersama guru",
        recommended: [
          "Kepala sekolah menyepakati fokus dan jadwal observasi dengan guru.",
          "Kepala sekolah mencatat perilaku guru dan respons murid secara objektif.",
          "Kepala sekolah menggunakan rubrik yang sudah diketahui guru sebelumnya.",
        ],
        avoid: [
          "Kepala sekolah datang mengobservasi tanpa pemberitahuan.",
          "Kepala sekolah mengomentari guru di depan murid saat observasi.",
        ],
      },
      {
        code: "umpan-balik-coaching",
        title: "Memberikan umpan balik dan tindak lanjut dengan pendekatan coaching",
        recommended: [
          "Kepala sekolah mengajukan pertanyaan yang membantu guru merefleksikan praktiknya.",
          "Kepala sekolah menyampaikan umpan balik spesifik berdasarkan catatan observasi.",
          "Kepala sekolah menyepakati rencana tindak lanjut dan dukungan bersama guru.",
        ],
        avoid: [
          "Kepala sekolah langsung memberi nilai tanpa diskusi.",
          "Kepala sekolah hanya menyampaikan kekurangan guru.",
          "Kepala sekolah tidak menindaklanjuti rencana yang sudah disepakati.",
        ],
      },
    ],
    evidence: ["Jadwal observasi", "Catatan observasi", "Notulen diskusi tindak lanjut", "Foto kegiatan"],
    confirmed: false,
  },
  {
    code: "refleksi-program-pengembangan-kompetensi-guru",
    name: "Refleksi program pengembangan kompetensi guru",
    group: "Pengembangan kompetensi guru",
    description:
      "Kepala sekolah merefleksikan program pengembangan kompetensi guru yang telah berjalan, menilai " +
      "dampaknya pada praktik pembelajaran dan hasil belajar murid, lalu menyusun perbaikan program bersama guru.",
    targets: [
      {
        code: "evaluasi-dampak-program",
        title: "Mengevaluasi dampak program pada praktik pembelajaran",
        recommended: [
          "Kepala sekolah mengumpulkan data tentang perubahan praktik guru.",
          "Kepala sekolah mengaitkan program dengan hasil belajar murid.",
          "Kepala sekolah meminta masukan guru tentang manfaat program.",
        ],
        avoid: [
          "Kepala sekolah hanya melaporkan jumlah pelatihan yang diikuti guru.",
          "Kepala sekolah menganggap program berhasil tanpa bukti.",
        ],
      },
      {
        code: "perbaikan-program-kompetensi",
        title: "Menyusun perbaikan program pengembangan kompetensi guru",
        recommended: [
          "Kepala sekolah menyesuaikan program dengan kebutuhan guru yang beragam.",
          "Kepala sekolah menyusun rencana perbaikan bersama guru.",
          "Kepala sekolah menyediakan sumber daya untuk program berikutnya.",
        ],
        avoid: [
          "Kepala sekolah mengulang program yang sama tanpa evaluasi.",
          "Kepala sekolah menetapkan program tanpa melibatkan guru.",
        ],
      },
    ],
    evidence: [
      "Dokumen program pengembangan kompetensi guru",
      "Laporan hasil program",
      "Notulen refleksi",
      "Daftar hadir",
      "Foto kegiatan",
    ],
    confirmed: false,
  },
];
