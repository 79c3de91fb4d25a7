import { z } from "zod";
import { idParams } from "../../domain/validation/vocabulary.js";
import { defineContract } from "../core/contract.js";

/**
 * What an upload is for: the SK of a tugas tambahan, an RPP / modul ajar, other evidence, or the
 * video of a KS's practice that the Tim Kinerja observes *tidak langsung* (not evidence).
 */
export const FILE_KINDS = ["sk", "rpp", "evidence", "video"] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** At most 10 MB each: a scanned SK of a few pages or a modul ajar with photos is well under that. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** A practice video: a few minutes of a meeting recorded on a phone at a modest resolution. */
export const MAX_VIDEO_BYTES = 50 * 1024 * 1024;

/** Each kind's size cap, enforced while the upload streams in: only a video may exceed 10 MB. */
export const MAX_UPLOAD_BYTES: Record<FileKind, number> = {
  sk: MAX_FILE_BYTES,
  rpp: MAX_FILE_BYTES,
  evidence: MAX_FILE_BYTES,
  video: MAX_VIDEO_BYTES,
};

/** The types an upload may be, judged by its content (magic bytes; a DOCX by its Word parts). */
export const UPLOAD_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  mp4: "video/mp4",
  mov: "video/quicktime",
  webm: "video/webm",
} as const;
export type UploadType = keyof typeof UPLOAD_TYPES;

/**
 * What each kind accepts. An SK stays PDF: it is a signed decree, the planning step asks for a
 * PDF and says so. An RPP / modul ajar / asesmen or other evidence is often a Word file or a
 * photo taken on a phone, so those are accepted too. A video is what phones record: MP4 (Android,
 * iPhone "most compatible"), QuickTime MOV (iPhone) or WebM (recorded in a browser).
 */
export const ACCEPTED_TYPES: Record<FileKind, readonly UploadType[]> = {
  sk: ["pdf"],
  rpp: ["pdf", "docx", "png", "jpg", "webp"],
  evidence: ["pdf", "docx", "png", "jpg", "webp"],
  video: ["mp4", "mov", "webm"],
};

export const ZStoredFile = z.object({
  id: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  kind: z.enum(FILE_KINDS),
  mimeType: z.string(),
  createdAt: z.string(),
});
export type StoredFile = z.infer<typeof ZStoredFile>;

export const uploadFile = defineContract({
  method: "POST",
  path: "/api/files",
  summary:
    "Unggah satu berkas sebagai multipart/form-data di isian `file`: SK harus PDF; RPP/modul ajar dan bukti boleh " +
    "PDF, DOCX, PNG, JPEG, atau WebP (maks. 10 MB); video praktik kepala sekolah (`kind=video`, untuk observasi " +
    "tidak langsung) boleh MP4, MOV, atau WebM (maks. 50 MB). Jenis berkas diperiksa dari isinya, bukan dari " +
    "namanya; ukuran dibatasi selama berkas diterima. Berkas menjadi milik pengunggah.",
  tags: ["files"],
  auth: "session",
  query: z.object({ kind: z.enum(FILE_KINDS, "Jenis berkas harus sk, rpp, evidence, atau video") }),
  response: ZStoredFile,
});

export const downloadFile = defineContract({
  method: "GET",
  path: "/api/files/:id",
  summary:
    "Unduh berkas dengan Content-Type jenisnya (PDF, DOCX, PNG, JPEG, WebP, MP4, MOV, WebM). Boleh bagi pemiliknya, " +
    "atasan atau Tim Kinerja yang sedang menilai pemiliknya, dan admin dinas tempat pemiliknya bertugas.",
  tags: ["files"],
  auth: "session",
  params: idParams,
  // The body is the file itself, sent as bytes: no JSON schema applies.
  response: z.unknown().describe("Isi berkas"),
});
