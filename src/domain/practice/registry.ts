import type { AnyDocumentType } from "../documents/engine.js";
import { PLAN_DOCUMENT } from "../planning/document.js";
import { BUKTI_DUKUNG_DOCUMENT } from "./bukti-dukung.js";
import { OBSERVASI_DOCUMENT } from "./observasi.js";
import { PERSIAPAN_DOCUMENT } from "./persiapan.js";
import { REFLEKSI_DOCUMENT } from "./refleksi.js";
import { TINDAK_LANJUT_DOCUMENT } from "./tindak-lanjut.js";
import { UPAYA_DOCUMENT } from "./upaya.js";

/**
 * The documents of Praktik Kinerja, in the order the stage path shows them: the five stages of
 * DOMAIN.md §4, then the bukti dukung / laporan of the plan's results. Each opens when the kinds
 * in its `after` are done; a new document type is one definition and one line here.
 */
export const PRACTICE_DOCUMENTS = {
  persiapan: PERSIAPAN_DOCUMENT,
  observasi: OBSERVASI_DOCUMENT,
  tindak_lanjut: TINDAK_LANJUT_DOCUMENT,
  upaya: UPAYA_DOCUMENT,
  refleksi: REFLEKSI_DOCUMENT,
  bukti_dukung: BUKTI_DUKUNG_DOCUMENT,
} as const;

/** Every document type of a guru's cycle, by kind: the plan, then the practice documents. */
export const DOCUMENT_TYPES = { plan: PLAN_DOCUMENT, ...PRACTICE_DOCUMENTS } as const;

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
