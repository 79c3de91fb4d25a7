/** Indonesian strings of the observation schedule, its month calendar and the calendar subscription. */
export const idPracticeSchedule = {
  calendar: {
    list: "Daftar",
    month: "Kalender",
    previous: "Bulan sebelumnya",
    next: "Bulan berikutnya",
    none: "Tidak ada observasi pada bulan ini.",
    dayWith: "{{date}}: {{count}} observasi",
    day: { mon: "Sen", tue: "Sel", wed: "Rab", thu: "Kam", fri: "Jum", sat: "Sab", sun: "Min" },
  },
  observations: {
    title: "Jadwal observasi",
    intro:
      "Observasi yang akan datang dari pegawai yang Anda dampingi atau amati sebagai Tim Kinerja. Jadwal yang belum dikonfirmasi adalah usulan pegawai.",
    ics: "Unduh ke kalender (.ics)",
    empty: "Belum ada jadwal observasi.",
    confirmed: "Terkonfirmasi",
    toConfirm: "Perlu dikonfirmasi",
    class: "kelas {{name}}",
  },
  feed: {
    title: "Langganan kalender",
    intro:
      'Tambahkan alamat rahasia ini ke Google Calendar atau kalender ponsel ("Tambah kalender dari URL"): jadwal observasi yang baru atau berubah muncul sendiri.',
    create: "Buat alamat langganan",
    renew: "Buat alamat baru",
    stop: "Hentikan langganan",
    address: "Alamat kalender",
    copy: "Salin",
    copied: "Tersalin",
    secret:
      "Alamat ini hanya ditampilkan sekarang. Jangan bagikan: siapa pun yang memegangnya melihat jadwal observasi Anda. Membuat alamat baru menghentikan yang lama.",
    activeSince:
      "Langganan aktif sejak {{date}}. Alamatnya hanya ditampilkan saat dibuat; buat alamat baru bila perlu.",
  },
};
