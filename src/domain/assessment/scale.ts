/**
 * The scales of Penilaian (DOMAIN.md §5). Identifiers are English per the glossary where one
 * exists; the level values are the Indonesian terms the regulation uses, stored as written.
 */

/** A *Rating Hasil Kerja* or *Rating Perilaku Kerja*: below, as, or above expectation. */
export const EXPECTATIONS = ["di_bawah", "sesuai", "di_atas"] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

/** The individual predikat (PermenPANRB 6/2022), best first. */
export const PREDIKATS = ["sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"] as const;
export type Predikat = (typeof PREDIKATS)[number];

/**
 * The three axes practice is judged on (seed 003: "fokus pada kualitas refleksi, upaya belajar dan
 * perubahan praktik"), each rated on the expectation scale with a note.
 */
export const PRACTICE_AXES = ["upayaRefleksi", "upayaMempelajari", "perubahanPraktik"] as const;
export type PracticeAxis = (typeof PRACTICE_AXES)[number];

/** The jenjang jabatan of the teacher career, for the angka kredit. */
export const POSITION_LEVELS = ["ahli_pertama", "ahli_muda", "ahli_madya", "ahli_utama"] as const;
export type PositionLevel = (typeof POSITION_LEVELS)[number];

/**
 * The organisation predikat the Admin Dinas sets (SE MenPANRB); it caps how the individual
 * predikat may be distributed inside the organisation (`distribution.ts`). Best first.
 */
export const ORGANISATION_PREDIKATS = ["istimewa", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"] as const;
export type OrganisationPredikat = (typeof ORGANISATION_PREDIKATS)[number];
