import type { Expectation, OrganisationPredikat, Predikat } from "../assessment/scale.js";
import type { Phase } from "../cycles/phase.js";
import type { CycleTrack } from "../org/assessors.js";
import type { PlanStatus } from "../planning/state.js";
import type { PracticeKind } from "../practice/stages.js";

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

export const ORGANISATION_PREDIKAT_LABELS: Record<OrganisationPredikat, string> = {
  istimewa: "Istimewa",
  baik: "Baik",
  butuh_perbaikan: "Butuh Perbaikan",
  kurang: "Kurang",
  sangat_kurang: "Sangat Kurang",
};

export const PHASE_LABELS: Record<Phase, string> = {
  perencanaan: "Perencanaan",
  pelaksanaan: "Pelaksanaan",
  penilaian: "Penilaian",
  selesai: "Selesai",
};

export const PLAN_STATUS_LABELS: Record<PlanStatus | "not_started", string> = {
  not_started: "Belum mulai",
  draft: "Draf",
  submitted: "Menunggu persetujuan",
  returned: "Dikembalikan",
  approved: "Disetujui",
  agreed: "Disepakati",
};

/** The practice documents as the stage path names them (src/web/i18n/id-practice.ts `stage`). */
export const STAGE_LABELS: Record<PracticeKind, string> = {
  persiapan: "Dokumen Persiapan",
  observasi: "Observasi",
  tindak_lanjut: "Dokumen Tindak Lanjut",
  upaya: "Upaya Tindak Lanjut",
  refleksi: "Refleksi Tindak Lanjut",
  bukti_dukung: "Bukti Dukung / Laporan",
  diskusi_persiapan: "Diskusi Persiapan",
  pendampingan: "Pendampingan Satuan Pendidikan",
  diskusi_tindak_lanjut: "Diskusi Tindak Lanjut",
  upaya_pengawas: "Upaya Tindak Lanjut",
  refleksi_pengawas: "Refleksi Tindak Lanjut",
  rekomendasi: "Rekomendasi Tim Kinerja",
  penilaian: "Penilaian",
};
