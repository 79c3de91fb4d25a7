import type { TFunction } from "i18next";

export const NEXT_STEP_KEYS = [
  "next.perencanaan.open",
  "next.perencanaan.wait",
  "next.perencanaan.closed",
  "next.perencanaan.submitted",
  "next.perencanaan.returned",
  "next.perencanaan.approved",
  "next.pelaksanaan.open",
  "next.pelaksanaan.wait",
  "next.pelaksanaan.closed",
  "next.pelaksanaan.persiapan.you",
  "next.pelaksanaan.persiapan.superior",
  "next.pelaksanaan.observasi.you",
  "next.pelaksanaan.observasi.superior",
  "next.pelaksanaan.tindak_lanjut.you",
  "next.pelaksanaan.tindak_lanjut.superior",
  "next.pelaksanaan.upaya.you",
  "next.pelaksanaan.upaya.superior",
  "next.pelaksanaan.refleksi.you",
  "next.pelaksanaan.refleksi.superior",
  "next.pelaksanaan.bukti_dukung.you",
  "next.pelaksanaan.bukti_dukung.superior",
  "next.pelaksanaan.diskusi_persiapan.you",
  "next.pelaksanaan.diskusi_persiapan.superior",
  "next.pelaksanaan.pendampingan.you",
  "next.pelaksanaan.pendampingan.superior",
  "next.pelaksanaan.diskusi_tindak_lanjut.you",
  "next.pelaksanaan.diskusi_tindak_lanjut.superior",
  "next.pelaksanaan.upaya_pengawas.you",
  "next.pelaksanaan.upaya_pengawas.superior",
  "next.pelaksanaan.refleksi_pengawas.you",
  "next.pelaksanaan.refleksi_pengawas.superior",
  "next.pelaksanaan.rekomendasi.superior",
  "next.pelaksanaan.penilaian.you",
  "next.pelaksanaan.penilaian.superior",
  "next.penilaian.open",
  "next.penilaian.wait",
  "next.penilaian.closed",
  "next.penilaian.rated",
  "next.done",
] as const;

/** The server sends a key (domain/cycles/phase.ts nextStepKey); an unknown one falls back gently. */
export function nextStepText(t: TFunction, key: string): string {
  const known = NEXT_STEP_KEYS.find((k) => k === key);
  return known ? t(known) : t("next.unknown");
}
