import { createHash } from "node:crypto";
import type { Db } from "../../db/client.js";
import { files } from "../../db/schema.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import { AppError } from "../core/errors.js";
import type { Lang } from "../core/messages.js";
import type { SessionActor } from "../core/session.js";
import type { Storage } from "../core/storage.js";
import { cleanFileName, isPdf } from "./content.js";
import { type FileKind, MAX_FILE_BYTES, type StoredFile } from "./contract.js";
import { type Upload, UploadProblem } from "./read-upload.js";

const LABELS: Record<Lang, Record<FileKind, string>> = {
  id: { sk: "SK", rpp: "RPP/modul ajar", evidence: "bukti" },
  en: { sk: "SK", rpp: "lesson plan", evidence: "evidence" },
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

/** Checks the bytes (PDF by content, ≤ 10 MB), stores them, and records the file as the actor's. */
export async function uploadFile({ db, storage, actor, kind, lang, read }: Options): Promise<StoredFile> {
  authorize(actor, { do: "file.upload" });
  const params = { label: LABELS[lang][kind], max: MAX_FILE_BYTES / 1024 / 1024 };
  let upload: Upload;
  try {
    upload = await read(MAX_FILE_BYTES);
  } catch (err) {
    if (err instanceof UploadProblem && err.problem === "tooLarge")
      throw new AppError("VALIDATION", "file.tooLarge", params);
    if (err instanceof UploadProblem) throw new AppError("VALIDATION", "file.noFile");
    throw err;
  }
  if (!isPdf(upload.bytes)) throw new AppError("VALIDATION", "file.notPdf", params);

  const sha256 = createHash("sha256").update(upload.bytes).digest("hex");
  const fileName = cleanFileName(upload.fileName);
  const storageKey = await storage.put(upload.bytes);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(files)
        .values({
          ownerId: actor.personId,
          kind,
          fileName,
          mimeType: "application/pdf",
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
        data: { kind, fileName, size: row.size, sha256 },
      });
      return { id: row.id, fileName, size: row.size, kind, createdAt: row.createdAt.toISOString() };
    });
  } catch (err) {
    // No row points at the bytes: remove them rather than leave an orphan on disk.
    await storage.delete(storageKey).catch(() => undefined);
    throw err;
  }
}
