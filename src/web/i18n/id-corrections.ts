/** Indonesian strings of a data correction's outcome: the guru's profile step and the operator's screen. */
export const idCorrections = {
  correctionOutcome: {
    changed: "Data diperbarui",
    unchanged: "Selesai tanpa perubahan data",
    recheck:
      "Laporan Anda sudah ditindaklanjuti. Periksa lagi data di atas: pilih “Data sudah sesuai” bila benar, atau laporkan lagi bila masih keliru.",
  },
  correctionData: {
    current: "Data {{name}} saat ini",
    edit: "Ubah data pegawai",
    notChanged:
      "Data pegawai ini belum diubah sejak laporan dikirim. Bila laporannya benar, ubah datanya dulu; bila tidak, jelaskan alasannya di catatan.",
    changed: "Data pegawai sudah diubah sejak laporan dikirim.",
  },
};
