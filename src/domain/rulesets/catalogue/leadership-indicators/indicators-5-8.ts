/** Kepala sekolah leadership indicators, 5-8. See ../leadership-indicators.ts for sources. */
import type { LeadershipIndicator } from "../../types.js";

export const leadershipIndicators5to8: LeadershipIndicator[] = [
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
