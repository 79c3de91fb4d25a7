import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { reopenRequests } from "../../db/schema.js";
import { decide } from "../../domain/documents/engine.js";
import type { PracticeKind } from "../../domain/practice/stages.js";
import { writeAudit } from "../core/audit.js";
import { AppError } from "../core/errors.js";
import type { Lang } from "../core/messages.js";
import type { SessionActor } from "../core/session.js";
import { notify } from "../notifications/notify.js";
import { MIN_REASON, reopenDto } from "../planning/reopen.js";
import { refusal } from "./act-on-document.js";
import { assertResultsOpen, loadPracticeScope } from "./load.js";
import { definitionIn, practiceContext, stateOf, targetTitles } from "./present.js";

/**
 * The guru asks to reopen a handed-in practice document, with a reason: the plan's reopen flow
 * (one `reopen_requests` table pointing at documents). The atasan or the district admin decides
 * through the same decision route as for a plan (`decideReopen`).
 */
export async function requestDocumentReopen(
  db: Db,
  actor: SessionActor,
  cycleId: string,
  kind: PracticeKind,
  reason: string,
  lang: Lang,
  now: Date,
) {
  if (reason.trim().length < MIN_REASON) throw new AppError("VALIDATION", "plan.reasonRequired", { min: MIN_REASON });
  return db.transaction(async (tx) => {
    const scope = await loadPracticeScope(tx, actor, cycleId, now);
    const def = definitionIn(scope, kind);
    assertResultsOpen(scope, kind);
    const row = scope.documents.get(kind);
    if (!Object.hasOwn(def.transitions, "requestReopen"))
      throw new AppError("INVALID_STATE", "practice.reopenNotOffered");
    const state = stateOf(def, row);
    const d = decide(
      def,
      state,
      { type: "act", action: "requestReopen" },
      scope.rolesFor(def),
      practiceContext(scope, kind, state.status),
      scope.windowFor(def),
    );
    if (!d.ok) throw refusal(d, lang, targetTitles(scope));
    if (!row) throw new AppError("INVALID_STATE", "practice.reopenNotOffered");
    // At most one waiting request per document, even when two arrive at once.
    const inserted = await tx.execute<{
      id: string;
    }>(sql`insert into ${reopenRequests} (document_id, requested_by, reason, created_at)
      select ${row.id}::uuid, ${actor.personId}::uuid, ${reason.trim()}, ${now.toISOString()}::timestamptz
      where not exists (select 1 from ${reopenRequests} where document_id = ${row.id}::uuid and status = 'pending')
      returning id`);
    const id = inserted.rows[0]?.id;
    if (!id) throw new AppError("CONFLICT", "plan.reopenPending");
    await writeAudit(tx, {
      actorId: actor.personId,
      actingAs: "owner",
      entityType: "document",
      entityId: row.id,
      action: "reopen_requested",
      fromState: row.status,
      toState: row.status,
      reason: reason.trim(),
      data: { cycleId, kind },
    });
    const to = scope.live.ok ? [scope.live.superiorId] : scope.live.assessorIds;
    await notify(tx, to, "reopen_requested", { name: actor.name, document: kind }, `/praktik/${cycleId}`);
    return reopenDto(tx, {
      id,
      documentId: row.id,
      requestedBy: actor.personId,
      reason: reason.trim(),
      status: "pending",
      decidedBy: null,
      decidedAs: null,
      decisionNote: null,
      createdAt: now,
      decidedAt: null,
    });
  });
}
