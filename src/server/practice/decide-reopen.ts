import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { reopenRequests } from "../../db/schema.js";
import { reopenDecisionRefusal } from "../../domain/documents/reopen.js";
import { isPracticeKind } from "../../domain/practice/stages.js";
import { writeAudit } from "../core/audit.js";
import { AppError, forbidden, notFound } from "../core/errors.js";
import type { Lang } from "../core/messages.js";
import type { SessionActor } from "../core/session.js";
import { notify } from "../notifications/notify.js";
import { reopenDto } from "../planning/reopen.js";
import { actOnDocument } from "./act-on-document.js";
import { assertResultsOpen, loadPracticeScope } from "./load.js";
import { definitionIn } from "./present.js";

type Request = typeof reopenRequests.$inferSelect & { kind: string; cycleId: string };

/**
 * The atasan (or Plt within dates) or the district admin decides a request to reopen a practice
 * document, inside the caller's transaction: approving applies the document's own `reopen`
 * (the old version archived, revision + 1, back to its first status) and the request's decision
 * is written with it; refusing only records the decision. The guru is told either way.
 */
export async function decideDocumentReopen(
  tx: Tx,
  actor: SessionActor,
  request: Request,
  decision: { approve: boolean; note: string },
  lang: Lang,
  now: Date,
) {
  if (!isPracticeKind(request.kind)) throw notFound();
  const kind = request.kind;
  const scope = await loadPracticeScope(tx, actor, request.cycleId, now);
  // A Tim Kinerja member does not decide on the penilaian, which only the atasan writes.
  const roles = scope.rolesFor(definitionIn(scope, kind));
  if (!roles.includes("superior") && !roles.includes("admin")) throw forbidden();
  if (request.status !== "pending") throw new AppError("INVALID_STATE", "plan.reopenDecided");
  // Finalised results are not reopened; a waiting request may still be refused, so no inbox keeps it forever.
  if (decision.approve) assertResultsOpen(scope, kind);
  const noteMissing = reopenDecisionRefusal(decision);
  if (noteMissing) throw new AppError("VALIDATION", "plan.refusalNoteRequired", noteMissing);
  const actingAs = roles.includes("superior") ? scope.actingAs : "admin";
  const note = decision.note.trim();
  if (decision.approve) {
    await actOnDocument({
      db: tx,
      actor,
      cycleId: request.cycleId,
      kind,
      command: { type: "act", action: "reopen", version: scope.documents.get(kind)?.version, note: note || undefined },
      lang,
      now,
      quiet: true,
    });
  }
  const [row] = await tx
    .update(reopenRequests)
    .set({
      status: decision.approve ? "approved" : "refused",
      decidedBy: actor.personId,
      decidedAs: actingAs,
      decisionNote: note || null,
      decidedAt: now,
    })
    .where(eq(reopenRequests.id, request.id))
    .returning();
  if (!row) throw notFound();
  await writeAudit(tx, {
    actorId: actor.personId,
    actingAs: actingAs ?? "",
    entityType: "document",
    entityId: request.documentId,
    action: decision.approve ? "reopen_approved" : "reopen_refused",
    reason: note || null,
    data: { requestId: request.id, cycleId: request.cycleId, kind },
  });
  await notify(
    tx,
    [request.requestedBy],
    "reopen_decided",
    { name: actor.name, decision: decision.approve ? "approved" : "refused", document: kind },
    `/praktik/${request.cycleId}`,
  );
  return reopenDto(tx, row);
}
