/**
 * Indonesian strings of the shared form fields (text limits, whole numbers, dates) and the phase-overlap
 * warning: used by admin and planning pages, fetched with them (merged into idAdmin).
 */
export const idFields = {
  fields: {
    /** Under a bounded text field while typing. */
    count: "{{n}}/{{max}} karakter",
    atMax: "Batas {{max}} karakter tercapai: teks yang lebih panjang tidak dapat diketik.",
    wholeNumber: "Isi bilangan bulat tanpa koma atau titik (mis. 2).",
    min: "Minimal {{min}}.",
    max: "Maksimal {{max}}.",
    empty: "Belum diisi: tidak dihitung.",
    date: {
      placeholder: "Pilih tanggal",
      hint: "Ketik mis. 29/12/2026 atau pilih di kalender.",
    },
    /** The 24-hour time field: "JJ : MM" (jam, menit), never AM/PM. */
    time: {
      minutes: "Menit",
      hoursPlaceholder: "JJ",
      minutesPlaceholder: "MM",
    },
  },
  overlap: {
    title: "Jadwal tahap akan beririsan",
    item: "Jadwal {{phase}} ditutup {{closesOn}}, padahal {{next}} dibuka {{nextOpensOn}}: pegawai bisa berada di dua tahap sekaligus.",
    accept: "Saya paham, jadwal ini memang dibuat beririsan",
    required: "Centang konfirmasi di atas untuk menyimpan jadwal yang beririsan.",
  },
};
