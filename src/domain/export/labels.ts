import type { Expectation, Predikat } from "../assessment/scale.js";
import type { CycleTrack } from "../org/assessors.js";

/**
 * The Indonesian words our exported files (CSV, JSON, Excel) print next to a code. Files are
 * read outside the app, by the Dinas and BKN staff, so they are in Indonesian whatever language
 * the user chose; the screens translate through i18n as usual.
 */
export const PREDIKAT_LABELS: Record<Predikat, string> = {
  sangat_baik: "Sangat Baik",
  baik: "Baik",
  butuh_perbaikan: "Butuh Perbaikan",
  kurang: "Kurang/Misconduct",
  sangat_kurang: "Sangat Kurang",
};

export const EXPECTATION_LABELS: Record<Expectation, string> = {
  di_atas: "Di atas ekspektasi",
  sesuai: "Sesuai ekspektasi",
  di_bawah: "Di bawah ekspektasi",
};

export const TRACK_LABELS: Record<CycleTrack, string> = {
  guru: "Guru",
  kepala_sekolah: "Kepala Sekolah",
  pengawas: "Pengawas Sekolah",
};
