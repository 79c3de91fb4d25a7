import type { AnyDocumentType } from "../documents/engine.js";
import type { CycleTrack } from "../org/assessors.js";
import { PLAN_DOCUMENT } from "../planning/document.js";
import { BUKTI_DUKUNG_DOCUMENT } from "./bukti-dukung.js";
import { OBSERVASI_DOCUMENT } from "./observasi.js";
import { DISKUSI_PERSIAPAN_DOCUMENT } from "./pengawas/diskusi-persiapan.js";
import { DISKUSI_TINDAK_LANJUT_DOCUMENT } from "./pengawas/diskusi-tindak-lanjut.js";
import { PENDAMPINGAN_DOCUMENT } from "./pengawas/pendampingan.js";
import { REFLEKSI_PENGAWAS_DOCUMENT } from "./pengawas/refleksi-pengawas.js";
import { UPAYA_PENGAWAS_DOCUMENT } from "./pengawas/upaya-pengawas.js";
import { PENILAIAN_GURU_DOCUMENT, PENILAIAN_LEADER_DOCUMENT } from "./penilaian.js";
import { PERSIAPAN_DOCUMENT } from "./persiapan.js";
import { REFLEKSI_DOCUMENT } from "./refleksi.js";
import { REKOMENDASI_KS_DOCUMENT, REKOMENDASI_PENGAWAS_DOCUMENT } from "./rekomendasi.js";
import { TINDAK_LANJUT_DOCUMENT } from "./tindak-lanjut.js";
import { UPAYA_DOCUMENT } from "./upaya.js";

/**
 * The documents of Praktik Kinerja of a guru (and of a KS, on a leadership indicator), in the
 * order the stage path shows them: the five stages of DOMAIN.md §4, then the bukti dukung /
 * laporan of the plan's results, then the penilaian in its own window. Each opens when the kinds
 * in its `after` are done; a new document type is one definition and one line here.
 */
const GURU_PRACTICE = {
  persiapan: PERSIAPAN_DOCUMENT,
  observasi: OBSERVASI_DOCUMENT,
  tindak_lanjut: TINDAK_LANJUT_DOCUMENT,
  upaya: UPAYA_DOCUMENT,
  refleksi: REFLEKSI_DOCUMENT,
  bukti_dukung: BUKTI_DUKUNG_DOCUMENT,
} as const;

export const PRACTICE_DOCUMENTS = { ...GURU_PRACTICE, penilaian: PENILAIAN_GURU_DOCUMENT } as const;

/**
 * A KS's: a guru's five stages and bukti dukung, on a leadership indicator and observed by the
 * Tim Kinerja, then the Tim Kinerja's recommendation, then the Kepala Dinas's penilaian.
 */
export const KS_DOCUMENTS = {
  ...GURU_PRACTICE,
  rekomendasi: REKOMENDASI_KS_DOCUMENT,
  penilaian: PENILAIAN_LEADER_DOCUMENT,
} as const;

/**
 * A pengawas's bukti dukung / laporan: the same document (their plan has RHK items and tugas
 * tambahan like everyone's, DOMAIN.md §3, §5), opening with their upaya — after the diskusi
 * tindak lanjut, as a guru's opens after the tindak lanjut.
 */
export const PENGAWAS_BUKTI_DUKUNG_DOCUMENT: typeof BUKTI_DUKUNG_DOCUMENT = {
  ...BUKTI_DUKUNG_DOCUMENT,
  after: ["diskusi_tindak_lanjut"],
};

/** The documents of a pengawas's Praktik Kinerja (seed 002, DOMAIN.md §4), in order, then the bukti dukung / laporan. */
export const PENGAWAS_DOCUMENTS = {
  diskusi_persiapan: DISKUSI_PERSIAPAN_DOCUMENT,
  pendampingan: PENDAMPINGAN_DOCUMENT,
  diskusi_tindak_lanjut: DISKUSI_TINDAK_LANJUT_DOCUMENT,
  upaya_pengawas: UPAYA_PENGAWAS_DOCUMENT,
  refleksi_pengawas: REFLEKSI_PENGAWAS_DOCUMENT,
  bukti_dukung: PENGAWAS_BUKTI_DUKUNG_DOCUMENT,
  rekomendasi: REKOMENDASI_PENGAWAS_DOCUMENT,
  penilaian: PENILAIAN_LEADER_DOCUMENT,
} as const;

/**
 * Every document type by kind: the plan, then the practice documents of every track. Kinds are
 * unique across tracks; the kinds two tracks share (`bukti_dukung`, `rekomendasi`) are the same
 * content and rules, and only their place on the path differs (`definitionFor`).
 */
export const DOCUMENT_TYPES = {
  plan: PLAN_DOCUMENT,
  ...KS_DOCUMENTS,
  ...PENGAWAS_DOCUMENTS,
  bukti_dukung: BUKTI_DUKUNG_DOCUMENT,
  rekomendasi: REKOMENDASI_KS_DOCUMENT,
  penilaian: PENILAIAN_GURU_DOCUMENT,
} as const;

export type DocumentKind = keyof typeof DOCUMENT_TYPES;

export function isDocumentKind(kind: string): kind is DocumentKind {
  return Object.hasOwn(DOCUMENT_TYPES, kind);
}

/** The definition of a kind; throws for an unknown kind (a programming error, not user input). */
export function documentType<K extends DocumentKind>(kind: K): (typeof DOCUMENT_TYPES)[K];
export function documentType(kind: string): AnyDocumentType;
export function documentType(kind: string): AnyDocumentType {
  if (!isDocumentKind(kind)) throw new Error(`Unknown document kind: ${kind}`);
  return DOCUMENT_TYPES[kind];
}

/** The practice documents of a track's cycle, in stage order. */
export function practiceDocumentsOf(track: CycleTrack): Readonly<Record<string, AnyDocumentType>> {
  if (track === "pengawas") return PENGAWAS_DOCUMENTS;
  return track === "kepala_sekolah" ? KS_DOCUMENTS : PRACTICE_DOCUMENTS;
}

/**
 * The definition of `kind` in a track's cycle: what the use case decides with (before
 * `forContext`) and where its `after` comes from. Null when the track has no such document
 * (a pengawas has no observasi, a guru no pendampingan): the route answers 404.
 */
export function definitionFor(track: CycleTrack, kind: string): AnyDocumentType | null {
  const docs = practiceDocumentsOf(track);
  return Object.hasOwn(docs, kind) ? (docs[kind] ?? null) : null;
}
