/**
 * Indonesian strings of every document's editor (documents/: the plan and the practice documents):
 * the save state, no signal, and a version changed elsewhere. Loaded with the planning area.
 */
export const idDocuments = {
  save: {
    idle: "Semua perubahan tersimpan",
    pending: "Perubahan belum tersimpan…",
    saving: "Menyimpan…",
    saved: "Tersimpan {{time}}",
    offline: "Belum terkirim — tersimpan di perangkat ini",
    conflict: "Belum terkirim — dokumen berubah di tempat lain",
    stale: "Belum terkirim — pilih versi yang dipakai",
    error: "Gagal menyimpan",
  },
  offline: {
    title: "Koneksi terputus",
    body: "Tenang, isian Anda aman: disimpan di perangkat ini dan dikirim otomatis saat koneksi kembali.",
  },
  conflict: {
    title: "Dokumen ini sudah diubah di tempat lain",
    body: "Perubahan Anda belum terkirim dan tetap tersimpan di perangkat ini. Versi terbaru sedang dimuat; setelah itu Anda memilih versi mana yang dipakai.",
    reload: "Muat versi terbaru",
  },
  staleDraft: {
    title: "Dokumen ini sudah diubah di tempat lain",
    body: "Yang tampil sekarang adalah versi terbaru di server. Perubahan Anda dari {{date}} belum terkirim dan masih tersimpan di perangkat ini. Pakai perubahan Anda (menggantikan versi terbaru), atau pakai versi terbaru (perubahan Anda dibuang)?",
    use: "Pakai perubahan saya",
    discard: "Pakai versi terbaru",
  },
};
