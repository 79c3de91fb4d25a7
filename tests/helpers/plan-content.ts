/** A 2025-annual guru plan that passes every submit rule (32 RHK points, indicator, duties answered). */
export const COMPLETE_GURU_PLAN = {
  lastStep: "rangkuman",
  profileConfirmed: true,
  indicatorCode: "umpan-balik-konstruktif",
  rhk: [
    { code: "penggerak-komunitas-belajar", quantity: 1 },
    { code: "peserta-webinar", quantity: 1 },
  ],
  noDuties: true,
  duties: [],
  behaviourNotes: { kolaboratif: "Aktif di KKG" },
  schoolIds: [],
};
