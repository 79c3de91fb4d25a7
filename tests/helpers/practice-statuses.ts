/** The done status of each practice document of a KS's cycle, and the acknowledged penilaian: a finished cycle. */
export const FINISHED = {
  persiapan: "scheduled",
  observasi: "followed_up",
  tindak_lanjut: "submitted",
  upaya: "done",
  refleksi: "discussed",
  bukti_dukung: "verified",
  rekomendasi: "submitted",
  penilaian: "acknowledged",
} as const;
