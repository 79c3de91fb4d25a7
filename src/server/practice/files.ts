import { and, eq, inArray } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { files } from "../../db/schema.js";
import type { AnyDocumentType } from "../../domain/documents/engine.js";
import { documentType } from "../../domain/practice/registry.js";
import { AppError } from "../core/errors.js";
import type { PracticeScope } from "./load.js";

/** The files among `ids` that belong to `ownerId`, with what the page shows of them. One statement. */
export async function ownedFiles(q: Queryable, ownerId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return q
    .select({ id: files.id, fileName: files.fileName, size: files.size, mimeType: files.mimeType, kind: files.kind })
    .from(files)
    .where(and(eq(files.ownerId, ownerId), inArray(files.id, [...ids])));
}

/** Every upload a content refers to: its evidence and its videos. */
function referredFiles(def: AnyDocumentType, content: unknown) {
  return { evidence: def.fileIds?.(content) ?? [], videos: def.videoFileIds?.(content) ?? [] };
}

/**
 * Before a save is written: every file a content refers to must exist and belong to the cycle's
 * owner — a guru cannot attach someone else's file by its id — and be what its place asks for.
 * Evidence (an RPP, a bukti dukung) needs a rule set that takes uploads (2024) and is never a
 * video upload; a KS's practice video is not evidence, so any rule set takes it, but it must be an
 * upload of kind `video`. Refused as a 400 (the same answer whether the file is missing or someone
 * else's), and nothing is written.
 */
export async function checkFiles(q: Queryable, scope: PracticeScope, def: AnyDocumentType, content: unknown) {
  const { evidence, videos } = referredFiles(def, content);
  if (evidence.length === 0 && videos.length === 0) return;
  if (evidence.length > 0 && !scope.ruleSet.content.settings.evidenceUploadsRequired) {
    throw new AppError("VALIDATION", "practice.uploadsNotAllowed");
  }
  const ids = [...new Set([...evidence, ...videos])];
  const found = new Map((await ownedFiles(q, scope.cycle.personId, ids)).map((f) => [f.id, f.kind]));
  if (found.size !== ids.length) throw new AppError("VALIDATION", "practice.fileNotOwned");
  if (videos.some((id) => found.get(id) !== "video")) throw new AppError("VALIDATION", "practice.videoNotVideo");
  if (evidence.some((id) => found.get(id) === "video")) throw new AppError("VALIDATION", "practice.videoNotEvidence");
}

/**
 * The files the reader may see referred to — by the documents they may read, and the SKs of the
 * plan's tugas tambahan — with names and types for the page's links.
 */
export async function documentFiles(
  q: Queryable,
  scope: PracticeScope,
  documents: readonly { kind: string; visible: boolean; content: unknown }[],
) {
  const ids = new Set(
    documents.flatMap((d) => {
      if (!d.visible) return [];
      const { evidence, videos } = referredFiles(documentType(d.kind), d.content);
      return [...evidence, ...videos];
    }),
  );
  for (const duty of scope.planTargets.duties) if (duty.skFileId) ids.add(duty.skFileId);
  const found = await ownedFiles(q, scope.cycle.personId, [...ids]);
  return found.map(({ kind: _, ...f }) => f);
}
