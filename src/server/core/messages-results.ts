/** Server messages of a period's results (issue 10 §2): the distribution's caps, finalising, the lock. */
export const resultsId = {
  "results.noOrganisationPredikat":
    "Predikat organisasi periode ini belum ditetapkan. Admin dinas menetapkannya dulu sebelum hasil difinalisasi.",
  "results.reasonRequired":
    "Sebaran predikat melanggar {count} batas predikat organisasi. Tuliskan alasan finalisasi (minimal {min} karakter).",
  "results.finalised":
    "Hasil penilaian periode ini sudah difinalisasi; predikat organisasinya tidak dapat diubah lagi.",
  "results.locked": "Hasil penilaian periode ini sudah difinalisasi: penilaian tidak dapat diubah atau dibuka kembali.",
  "results.violation.maxShare": "{predikat} {actual}% melebihi batas {limit}% untuk predikat organisasi {organisation}",
  "results.violation.minShare":
    "{predikat} {actual}% di bawah batas minimal {limit}% untuk predikat organisasi {organisation}",
  "results.violation.minCount":
    "{predikat}: {actual} pegawai, minimal {limit} pegawai untuk predikat organisasi {organisation}",
} as const;

export const resultsEn: Record<keyof typeof resultsId, string> = {
  "results.noOrganisationPredikat":
    "This period's organisation predikat is not set yet. The district admin sets it before the results are finalised.",
  "results.reasonRequired":
    "The predikat distribution breaks {count} caps of the organisation predikat. Write the reason for finalising (at least {min} characters).",
  "results.finalised": "This period's results are finalised; its organisation predikat can no longer change.",
  "results.locked": "This period's results are finalised: the penilaian can no longer be changed or reopened.",
  "results.violation.maxShare":
    "{predikat} {actual}% exceeds the {limit}% cap for the organisation predikat {organisation}",
  "results.violation.minShare":
    "{predikat} {actual}% is below the {limit}% minimum for the organisation predikat {organisation}",
  "results.violation.minCount":
    "{predikat}: {actual} pegawai, at least {limit} needed for the organisation predikat {organisation}",
};
