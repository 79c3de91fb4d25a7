/** Practice indicators of the "Manajemen kelas" group. See ../practice-indicators.ts for sources. */
import type { PracticeIndicator } from "../../types.js";

export const manajemenKelas: PracticeIndicator[] = [
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
];
