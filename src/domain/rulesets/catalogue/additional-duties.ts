/**
 * Tugas tambahan a guru may hold (each needs an SK; a guru may hold several).
 * Source: /work/shared/CATALOGUE.md §5. The [found] duties carry their jam pelajaran per week
 * (12 or 6) and `confirmed: true`. The [seen] duties are `confirmed: false`: wali kelas,
 * pembina OSIS, pembina ekstrakurikuler and guru piket at 2 JP as the source says; the
 * coordinators and TPPK with unknown hours (null). No official targets per duty exist.
 */
import type { AdditionalDuty } from "../types.js";

export const additionalDuties: AdditionalDuty[] = [
  // [found]
  { code: "wakil-kepala-satuan-pendidikan", name: "Wakil kepala satuan pendidikan", hoursPerWeek: 12, confirmed: true },
  { code: "kepala-perpustakaan", name: "Kepala perpustakaan", hoursPerWeek: 12, confirmed: true },
  { code: "ketua-program-keahlian", name: "Ketua program keahlian (SMK)", hoursPerWeek: 12, confirmed: true },
  {
    code: "kepala-laboratorium",
    name: "Kepala laboratorium, bengkel, unit produksi, atau teaching factory",
    hoursPerWeek: 12,
    confirmed: true,
  },
  {
    code: "pembimbing-khusus-sekolah-inklusif",
    name: "Pembimbing khusus di satuan pendidikan penyelenggara pendidikan inklusif",
    hoursPerWeek: 6,
    confirmed: true,
  },
  // [seen]
  { code: "wali-kelas", name: "Wali kelas", hoursPerWeek: 2, confirmed: false },
  { code: "pembina-osis", name: "Pembina OSIS", hoursPerWeek: 2, confirmed: false },
  { code: "pembina-ekstrakurikuler", name: "Pembina ekstrakurikuler", hoursPerWeek: 2, confirmed: false },
  { code: "guru-piket", name: "Guru piket", hoursPerWeek: 2, confirmed: false },
  { code: "koordinator-pkb-pkg", name: "Koordinator PKB/PKG", hoursPerWeek: null, confirmed: false },
  {
    code: "koordinator-pengelolaan-kinerja",
    name: "Koordinator pengelolaan kinerja",
    hoursPerWeek: null,
    confirmed: false,
  },
  {
    code: "koordinator-p5",
    name: "Koordinator Projek Penguatan Profil Pelajar Pancasila (P5)",
    hoursPerWeek: null,
    confirmed: false,
  },
  {
    code: "koordinator-pendidikan-inklusif",
    name: "Koordinator pendidikan inklusif",
    hoursPerWeek: null,
    confirmed: false,
  },
  {
    code: "anggota-tppk",
    name: "Anggota Tim Pencegahan dan Penanganan Kekerasan (TPPK)",
    hoursPerWeek: null,
    confirmed: false,
  },
  { code: "koordinator-kkg-mgmp", name: "Koordinator KKG/MGMP", hoursPerWeek: null, confirmed: false },
];
