import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { auditEvents, documentRevisions } from "../../db/schema.js";
import type { PlanContent } from "../../domain/planning/content.js";
import { changedSteps } from "../../domain/planning/diff.js";
import type { SessionActor } from "../core/session.js";
import { loadPlanScope } from "./load.js";
import { namesOf } from "./present.js";

/** Who did what and when, why, and which steps changed between versions. Visible to all who may see the plan. */
export async function planHistory(db: Db, actor: SessionActor, planId: string, now: Date) {
  const { plan } = await loadPlanScope(db, actor, { planId }, now);
  const events = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "plan"), eq(auditEvents.entityId, planId)))
    .orderBy(asc(auditEvents.at));
  const revisions = await db
    .select()
    .from(documentRevisions)
    .where(eq(documentRevisions.documentId, planId))
    .orderBy(asc(documentRevisions.revision));
  const names = await namesOf(
    db,
    events.map((e) => e.actorId),
  );
  // Revision r was replaced by r+1 (or by the current plan): that is what its reopening changed.
  const nextContent = (rev: number) =>
    (revisions.find((r) => r.revision === rev + 1)?.content as PlanContent | undefined) ?? plan.content;
  return {
    events: events.map((e) => {
      const rev = typeof e.data.revision === "number" ? e.data.revision : null;
      const archived = rev !== null ? revisions.find((r) => r.revision === rev) : undefined;
      return {
        at: e.at.toISOString(),
        actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
        actingAs: e.actingAs,
        action: e.action,
        fromState: e.fromState,
        toState: e.toState,
        reason: e.reason,
        revision: rev,
        changedSteps:
          e.action === "plan_reopened" && archived && rev !== null
            ? changedSteps(archived.content as PlanContent, nextContent(rev))
            : [],
      };
    }),
    revisions: revisions.map((r) => ({
      revision: r.revision,
      status: r.status,
      archivedAt: r.archivedAt.toISOString(),
      content: r.content as PlanContent,
    })),
  };
}
