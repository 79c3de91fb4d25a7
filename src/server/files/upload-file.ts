import { createHash } from "node:crypto";
import type { Db } from "../../db/client.js";
import { files } from "../../db/schema.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import { AppError } from "../core/errors.js";
import type { Lang } from "../core/messages.js";
import type { SessionActor } from "../core/session.js";
import type { Storage } from "../core/storage.js";
import { cleanFileName, detectUploadType } from "./content.js";
import { ACCEPTED_TYPES, type FileKind, MAX_UPLOAD_BYTES, type StoredFile, type UploadType } from "./contract.js";
import { type Upload, UploadProblem } from "./read-upload.js";

const LABELS: Record<Lang, Record<FileKind, string>> = {
  id: { sk: "SK", rpp: "RPP/modul ajar", evidence: "bukti", video: "video praktik" },
  en: { sk: "SK", rpp: "lesson plan", evidence: "evidence", video: "practice video" },
};

const TYPE_NAMES: Record<UploadType, string> = {
  pdf: "PDF",
  docx: "DOCX",
  png: "PNG",
  jpg: "JPEG",
  webp: "WebP",
  mp4: "MP4",
  mov: "MOV",
  webm: "WebM",
};

type Options = {
  db: Db;
  storage: Storage;
  actor: SessionActor;
  kind: FileKind;
  lang: Lang;
  /** Reads the upload, refusing it past `maxBytes`; called only once the actor may upload. */
  read: (maxBytes: number) => Promise<Upload>;
};

/**
 * Checks the bytes (≤ 10 MB, a video ≤ 50 MB, cut off at the cap while they arrive; the type by
 * content: an SK is a PDF, an RPP or evidence a PDF, DOCX or image, a video MP4, MOV or WebM),
 * stores them, and records the file, with the type found, as the actor's.
 */
export async function uploadFile({ db, storage, actor, kind, lang, read }: Options): Promise<StoredFile> {
  authorize(actor, { do: "file.upload" });
  const accepted = ACCEPTED_TYPES[kind];
  const maxBytes = MAX_UPLOAD_BYTES[kind];
  const params = {
    label: LABELS[lang][kind],
    max: maxBytes / 1024 / 1024,
    types: accepted.map((t) => TYPE_NAMES[t]).join(", "),
  };
  let upload: Upload;
  try {
    upload = await read(maxBytes);
  } catch (err) {
    if (err instanceof UploadProblem && err.problem === "tooLarge")
      throw new AppError("VALIDATION", "file.tooLarge", params);
    if (err instanceof UploadProblem) throw new AppError("VALIDATION", "file.noFile");
    throw err;
  }
  const found = await detectUploadType(upload.bytes, accepted);
  if (!found) throw new AppError("VALIDATION", accepted.length === 1 ? "file.notPdf" : "file.wrongType", params);

  const sha256 = createHash("sha256").update(upload.bytes).digest("hex");
  const fileName = cleanFileName(upload.fileName, `berkas.${found.type}`);
  const storageKey = await storage.put(upload.bytes);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(files)
        .values({
          ownerId: actor.personId,
          kind,
          fileName,
          mimeType: found.mimeType,
          size: upload.bytes.length,
          sha256,
          storageKey,
        })
        .returning();
      if (!row) throw new Error("file insert returned nothing");
      await writeAudit(tx, {
        actorId: actor.personId,
        actingAs: "owner",
        entityType: "file",
        entityId: row.id,
        action: "file_uploaded",
        data: { kind, fileName, size: row.size, sha256, mimeType: found.mimeType },
      });
      return {
        id: row.id,
        fileName,
        size: row.size,
        kind,
        mimeType: found.mimeType,
        createdAt: row.createdAt.toISOString(),
      };
    });
  } catch (err) {
    // No row points at the bytes: remove them rather than leave an orphan on disk.
    await storage.delete(storageKey).catch(() => undefined);
    throw err;
  }
}
