import { and, eq } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { cycles, documentRevisions, documents, reopenRequests } from "../../db/schema.js";
import { reopenDecisionRefusal } from "../../domain/documents/reopen.js";
import { transition } from "../../domain/planning/state.js";
import { writeAudit } from "../core/audit.js";
import { AppError, forbidden, notFound } from "../core/errors.js";
import type { Lang } from "../core/messages.js";
import type { SessionActor } from "../core/session.js";
import { notify } from "../notifications/notify.js";
import { decideDocumentReopen } from "../practice/decide-reopen.js";
import { refusal } from "./act-on-plan.js";
import { loadPlanScope, PLAN_KIND } from "./load.js";
import { namesOf } from "./present.js";

export const MIN_REASON = 10;
type RequestRow = typeof reopenRequests.$inferSelect;

/** Requests as the API shows them, with one name look-up for all of them (no query per request). */
export async function reopenDtos(tx: Queryable, rows: readonly RequestRow[]) {
  const names = await namesOf(
    tx,
    rows.flatMap((r) => [r.requestedBy, r.decidedBy]),
  );
  return rows.map((r) => reopenView(r, names));
}

export async function reopenDto(tx: Queryable, r: RequestRow) {
  return reopenView(r, await namesOf(tx, [r.requestedBy, r.decidedBy]));
}

function reopenView(r: RequestRow, names: ReadonlyMap<string, string>) {
  return {
    id: r.id,
    reason: r.reason,
    status: r.status,
    requestedByName: names.get(r.requestedBy) ?? "",
    createdAt: r.createdAt.toISOString(),
    decidedByName: r.decidedBy ? (names.get(r.decidedBy) ?? null) : null,
    decidedAs: r.decidedAs,
    decisionNote: r.decisionNote,
    decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
  };
}

/** A pegawai asks to reopen an approved or agreed plan, with a reason (replaces the "Form Reset SKP"). */
export async function requestReopen(
  db: Db,
  actor: SessionActor,
  planId: string,
  reason: string,
  lang: Lang,
  now: Date,
) {
  if (reason.trim().length < MIN_REASON) throw new AppError("VALIDATION", "plan.reasonRequired", { min: MIN_REASON });
  return db.transaction(async (tx) => {
    const scope = await loadPlanScope(tx, actor, { planId }, now);
    const { plan } = scope;
    const t = transition(plan.status, "requestReopen", scope.roles);
    if (!t.ok) throw refusal({ ok: false, error: t.reason, status: plan.status }, lang);
    const pending = await tx
      .select({ id: reopenRequests.id })
      .from(reopenRequests)
      .where(and(eq(reopenRequests.documentId, planId), eq(reopenRequests.status, "pending")));
    if (pending.length > 0) throw new AppError("CONFLICT", "plan.reopenPending");
    const [row] = await tx
      .insert(reopenRequests)
      .values({ documentId: planId, requestedBy: actor.personId, reason: reason.trim() })
      .returning();
    if (!row) throw new Error("reopen request insert failed");
    await writeAudit(tx, {
      actorId: actor.personId,
      actingAs: "owner",
      entityType: "plan",
      entityId: planId,
      action: "reopen_requested",
      fromState: plan.status,
      toState: plan.status,
      reason: row.reason,
    });
    const to = scope.live.ok ? [scope.live.superiorId] : scope.live.assessorIds;
    await notify(tx, to, "reopen_requested", { name: actor.name }, `/pegawai/perencanaan/${plan.cycleId}`);
    return reopenDto(tx, row);
  });
}

/**
 * The atasan or the district admin decides. Approval archives the current version, returns the
 * plan to draft with the next revision number, and moves the cycle back to perencanaan.
 */
export async function decideReopen(
  db: Db,
  actor: SessionActor,
  requestId: string,
  decision: { approve: boolean; note: string },
  lang: Lang,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select({ r: reopenRequests, kind: documents.kind, cycleId: documents.cycleId })
      .from(reopenRequests)
      .innerJoin(documents, eq(documents.id, reopenRequests.documentId))
      .where(eq(reopenRequests.id, requestId))
      .then((rows) => rows.map((x) => ({ ...x.r, kind: x.kind, cycleId: x.cycleId })));
    if (!request) throw notFound();
    // A practice document's request: the same decision, the document's own reopen.
    if (request.kind !== PLAN_KIND) return decideDocumentReopen(tx, actor, request, decision, lang, now);
    const scope = await loadPlanScope(tx, actor, { planId: request.documentId }, now);
    const { plan } = scope;
    if (!scope.roles.includes("superior") && !scope.roles.includes("admin")) throw forbidden();
    if (request.status !== "pending") throw new AppError("INVALID_STATE", "plan.reopenDecided");
    const noteMissing = reopenDecisionRefusal(decision);
    if (noteMissing) throw new AppError("VALIDATION", "plan.refusalNoteRequired", noteMissing);
    const actingAs = scope.roles.includes("superior") ? scope.actingAs : "admin";
    if (decision.approve) {
      const t = transition(plan.status, "reopen", scope.roles);
      if (!t.ok) throw refusal({ ok: false, error: t.reason, status: plan.status }, lang);
      await tx
        .insert(documentRevisions)
        .values({ documentId: plan.id, revision: plan.revision, status: plan.status, content: plan.content });
      const [updated] = await tx
        .update(documents)
        .set({
          status: t.to,
          revision: plan.revision + 1,
          version: plan.version + 1,
          submittedAt: null,
          decidedAt: null,
          decidedBy: null,
          decidedAs: null,
          note: null,
          completedAt: null,
          updatedAt: now,
        })
        .where(and(eq(documents.id, plan.id), eq(documents.version, plan.version)))
        .returning();
      if (!updated) throw new AppError("CONFLICT", "plan.staleVersion");
      await tx.update(cycles).set({ phase: "perencanaan", updatedAt: now }).where(eq(cycles.id, plan.cycleId));
    }
    const [row] = await tx
      .update(reopenRequests)
      .set({
        status: decision.approve ? "approved" : "refused",
        decidedBy: actor.personId,
        decidedAs: actingAs,
        decisionNote: decision.note.trim() || null,
        decidedAt: now,
      })
      .where(eq(reopenRequests.id, requestId))
      .returning();
    if (!row) throw notFound();
    await writeAudit(tx, {
      actorId: actor.personId,
      actingAs: actingAs ?? "",
      entityType: "plan",
      entityId: plan.id,
      action: decision.approve ? "plan_reopened" : "reopen_refused",
      fromState: plan.status,
      toState: decision.approve ? "draft" : plan.status,
      // The decider's words only: the pegawai's reason is on the request, not theirs to sign.
      reason: decision.note.trim() || null,
      data: { requestId, revision: plan.revision },
    });
    await notify(
      tx,
      [request.requestedBy],
      "reopen_decided",
      { name: actor.name, decision: decision.approve ? "approved" : "refused" },
      `/perencanaan/${plan.cycleId}`,
    );
    return reopenDto(tx, row);
  });
}
