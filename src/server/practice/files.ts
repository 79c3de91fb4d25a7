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
    .select({ id: files.id, fileName: files.fileName, size: files.size, mimeType: files.mimeType })
    .from(files)
    .where(and(eq(files.ownerId, ownerId), inArray(files.id, [...ids])));
}

/**
 * Before a save is written: a content that refers to uploaded files needs a rule set that takes
 * uploads (2024), and every file must exist and belong to the cycle's owner — a guru cannot attach
 * someone else's file by its id. Refused as a 400 (the same answer whether the file is missing or
 * someone else's), and nothing is written.
 */
export async function checkFiles(q: Queryable, scope: PracticeScope, def: AnyDocumentType, content: unknown) {
  const ids = [...new Set(def.fileIds?.(content) ?? [])];
  if (ids.length === 0) return;
  if (!scope.ruleSet.content.settings.evidenceUploadsRequired) {
    throw new AppError("VALIDATION", "practice.uploadsNotAllowed");
  }
  const found = await ownedFiles(q, scope.cycle.personId, ids);
  if (found.length !== ids.length) throw new AppError("VALIDATION", "practice.fileNotOwned");
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
  const ids = new Set(documents.flatMap((d) => (d.visible ? (documentType(d.kind).fileIds?.(d.content) ?? []) : [])));
  for (const duty of scope.planTargets.duties) if (duty.skFileId) ids.add(duty.skFileId);
  return ownedFiles(q, scope.cycle.personId, [...ids]);
}
