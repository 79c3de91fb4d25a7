import type { AnyDocumentType } from "../documents/engine.js";
import { PLAN_DOCUMENT } from "../planning/document.js";
import { OBSERVASI_DOCUMENT } from "./observasi.js";
import { PERSIAPAN_DOCUMENT } from "./persiapan.js";
import { REFLEKSI_DOCUMENT } from "./refleksi.js";
import { TINDAK_LANJUT_DOCUMENT } from "./tindak-lanjut.js";
import { UPAYA_DOCUMENT } from "./upaya.js";

/** Every document type of a guru's cycle, by kind: the plan, then the five practice stages. */
export const DOCUMENT_TYPES = {
  plan: PLAN_DOCUMENT,
  persiapan: PERSIAPAN_DOCUMENT,
  observasi: OBSERVASI_DOCUMENT,
  tindak_lanjut: TINDAK_LANJUT_DOCUMENT,
  upaya: UPAYA_DOCUMENT,
  refleksi: REFLEKSI_DOCUMENT,
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
