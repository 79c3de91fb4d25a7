/** Indonesian strings of the Rapor Pendidikan admin page (one school's results, a school's or the district's upload). */
export const idRaporAdmin = {
  title: "Rapor Pendidikan",
  intro:
    "Hasil Rapor Pendidikan sekolah menentukan indikator praktik yang direkomendasikan kepada guru saat perencanaan (indikator dengan hasil terlemah). Guru tetap boleh memilih indikator lain.",
  school: "Sekolah",
  current: "Hasil saat ini",
  uploadTitle: "Unggah hasil baru untuk sekolah ini",
  noResults:
    "Sekolah ini belum punya data Rapor Pendidikan, sehingga guru tidak mendapat rekomendasi dan diminta berdiskusi dengan kepala sekolah.",
  recommendation: "Indikator yang direkomendasikan",
  basis: {
    score: "Dipilih karena nilainya paling rendah.",
    category: "Dipilih karena kategorinya paling lemah (tanpa nilai angka).",
  },
  importedAt: "Diunggah {{date}}",
  indicator: "Indikator",
  score: "Nilai",
  category: "Kategori",
  columnsTitle: "Kolom CSV",
  columns:
    "Baris pertama berisi judul kolom: npsn (NPSN sekolah ini), indikator (kode atau nama salah satu dari 8 indikator praktik pembelajaran), nilai (bilangan bulat 0–100) dan/atau kategori (baik, sedang, kurang). Pemisah koma atau titik koma; simpan sebagai CSV UTF-8, maks. 1 MB.",
  columnsDoc:
    "Semua atau tidak sama sekali: bila ada baris bermasalah, tidak ada yang diganti dan setiap masalah ditampilkan dengan nomor barisnya. Bila berhasil, hasil lama sekolah ini diganti seluruhnya. Boleh hanya sebagian indikator.",
  example: "Unduh contoh berkas (CSV)",
  file: "Berkas CSV untuk {{school}}",
  upload: "Unggah dan ganti hasil",
  uploaded: "Hasil Rapor Pendidikan diperbarui ({{n}} indikator).",
  district: {
    title: "Satu berkas untuk seluruh dinas",
    intro:
      "Punya hasil banyak sekolah dalam satu tabel? Unggah satu CSV dengan kolom yang sama; kolom npsn menentukan sekolahnya. Setiap NPSN harus sekolah dinas ini.",
    rules:
      "Semua atau tidak sama sekali, seperti impor pegawai: bila ada baris bermasalah (NPSN tidak dikenal, indikator atau nilai keliru), tidak ada yang diganti. Bila berhasil, hasil setiap sekolah yang ada di berkas diganti seluruhnya; sekolah yang tidak ada di berkas tidak berubah. Maks. 5 MB.",
    example: "Unduh contoh berkas dinas (CSV)",
    file: "Berkas CSV dinas",
    upload: "Unggah berkas dinas",
    uploaded_one: "Hasil Rapor Pendidikan {{count}} sekolah diperbarui ({{rows}} baris).",
    uploaded_other: "Hasil Rapor Pendidikan {{count}} sekolah diperbarui ({{rows}} baris).",
  },
};
