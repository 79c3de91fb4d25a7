/** Indonesian strings of the Tim Kinerja workspace (/tim-kinerja), under `timKinerja.workspace`. */
export const idTimKinerjaWorkspace = {
  title: "Tim Kinerja",
  titleHead: "Kepala sekolah & pengawas",
  intro:
    "Kepala sekolah dan pengawas yang Anda amati dan nilai sebagai Tim Kinerja: tahap masing-masing, yang menunggu Anda, dan rekomendasi Anda untuk Kepala Dinas. Buka nama seseorang untuk mengisi observasi, penilaian, atau rekomendasi.",
  introHead:
    "Semua kepala sekolah dan pengawas di dinas Anda: tahap masing-masing, anggota Tim Kinerja yang mengamati, dan rekomendasi mereka. Anda tetap atasan yang memutuskan penilaiannya.",
  schedule: "Jadwal observasi",
  empty:
    "Belum ada kepala sekolah atau pengawas yang Anda amati pada periode berjalan. Admin dinas menetapkannya di menu Tim Kinerja.",
  statAll: "Semua",
  statWaiting: "Menunggu Anda",
  statRecommended: "Rekomendasi",
  waiting: "Menunggu Anda",
  everyone: "Semua yang Anda ikuti",
  members: "Tim Kinerja: {{names}}",
  noMembers: "Belum ada anggota Tim Kinerja",
  noRecommendation: "Belum ada rekomendasi",
  recommendationDraft: "Rekomendasi sedang ditulis",
  recommended: "Rekomendasi:",
  ratings: "hasil kerja {{hasil}}, perilaku {{perilaku}}",
};
