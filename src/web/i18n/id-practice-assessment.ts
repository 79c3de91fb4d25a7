/** Indonesian strings of the Tim Kinerja's recommendation and the penilaian, spread into the practice strings. */
export const idPracticeAssessment = {
  rekomendasi: {
    intro:
      "Rekomendasi Anda untuk Kepala Dinas, yang memutuskan penilaiannya. Dasarkan pada diskusi tindak lanjut dan refleksi: kualitas refleksi, upaya belajar, dan perubahan praktik — bukan hasil semata. Pegawai tidak membaca rekomendasi ini; ia membaca penilaian Kepala Dinas.",
    axesTitle: "Tiga aspek praktik kinerja",
    axesIntro: "Untuk setiap aspek: tingkatnya dan catatan yang menjelaskannya.",
    ratingsTitle: "Rating yang direkomendasikan",
    hasilKerja: "Rating Hasil Kerja",
    perilaku: "Rating Perilaku Kerja",
    predikat: "Predikat yang akan dihasilkan: ",
    note: "Catatan untuk Kepala Dinas",
    forKadis:
      "Tim Kinerja menulis rekomendasi untuk Kepala Dinas. Hasil penilaian Anda dapat dibaca setelah Kepala Dinas menilai.",
  },
  penilaian: {
    intro:
      "Nilailah kualitas refleksi, upaya belajar, dan perubahan praktik — bukan hasil semata. Seluruh catatan praktik ada di tahap-tahap sebelumnya pada halaman ini.",
    perilakuOnly:
      "Pegawai ini diangkat setelah masa pelaksanaan dimulai, sehingga dinilai pada perilaku kerja saja (tanpa praktik kinerja dan hasil kerja).",
    resultTitle: "Hasil penilaian",
    angkaKredit: "Angka kredit periode ini: {{n}}",
    downloadSkp: "Unduh SKP (PDF)",
    recommendation: "Rekomendasi Tim Kinerja",
    behavioursTitle: "Umpan balik perilaku kerja (BerAKHLAK)",
    ratingsTitle: "Rating dan predikat",
    competence: "Pengembangan kompetensi dipertimbangkan, tidak diberi nilai tersendiri.",
    hasilKerja: "Rating Hasil Kerja",
    perilaku: "Rating Perilaku Kerja",
    predikat: "Predikat kinerja:",
    note: "Catatan atasan (tidak wajib)",
    responseTitle: "Tanggapan pegawai",
    response: "Tanggapan Anda atas penilaian ini (tidak wajib)",
    responseHint:
      "Baca hasilnya. Bila ada yang ingin Anda sampaikan, tulis di sini, lalu tekan “Tandai sudah dibaca”. Bila ada kekeliruan, ajukan pembukaan kembali.",
    notYet: "Atasan sedang menyusun penilaian Anda. Hasilnya tampil di sini setelah ditetapkan.",
  },
};
