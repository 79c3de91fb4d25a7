import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { cycles, type documents, files } from "../../db/schema.js";
import type { PlanContent } from "../../domain/planning/content.js";
import { type Decision, decide, MIN_RETURN_NOTE, type PlanCommand } from "../../domain/planning/decide.js";
import { planProblems, rhkTotal } from "../../domain/planning/rules.js";
import { AppError } from "../core/errors.js";
import type { Effects, Notice } from "../core/guarded-write.js";
import type { Lang } from "../core/messages.js";
import type { SessionActor } from "../core/session.js";
import { writeDocument } from "../documents/write-document.js";
import { formatDateId, statusLabel } from "./labels.js";
import { loadPlanScope, PLAN_KIND, type PlanRow, type PlanScope, planById } from "./load.js";
import { planDto, problemsDto } from "./present.js";

/** `ride`: the plan's scope as `planActionRider` read it with the session, if it rode. */
type Options = {
  db: Db;
  actor: SessionActor;
  planId: string;
  command: PlanCommand;
  lang: Lang;
  now: Date;
  ride?: unknown;
};

/** Maps a refused decision to the one error type, with a message that says what to do next. */
export function refusal(d: Exclude<Decision, { ok: true }>, lang: Lang): AppError {
  switch (d.error) {
    case "FORBIDDEN":
      return new AppError("FORBIDDEN", "error.forbidden");
    case "INVALID_STATE":
      return new AppError("INVALID_STATE", "plan.invalidState", { status: statusLabel(d.status, lang) });
    case "STALE_VERSION":
      return new AppError("CONFLICT", "plan.staleVersion");
    case "NOTE_REQUIRED":
      return new AppError("VALIDATION", "plan.returnNoteRequired", { min: MIN_RETURN_NOTE });
    case "INCOMPLETE": {
      const details = problemsDto(d.problems, lang).map((p) => ({ path: p.step, message: p.message }));
      return new AppError("VALIDATION", "plan.incomplete", { count: d.problems.length }, details);
    }
    case "WINDOW_CLOSED":
      return new AppError("INVALID_STATE", "plan.windowClosed", { date: formatDateId(d.date, lang) });
    case "WINDOW_NOT_OPEN":
      return new AppError("INVALID_STATE", "plan.windowNotOpen", { date: formatDateId(d.date, lang) });
  }
}

const STAMP: Partial<
  Record<
    PlanCommand["type"],
    (
      now: Date,
      actorId: string,
      as: string | null,
      plan: PlanRow,
      note?: string,
    ) => Partial<typeof documents.$inferInsert>
  >
> = {
  submit: (now) => ({ submittedAt: now, note: null }),
  approve: (now, by, as) => ({ decidedAt: now, decidedBy: by, decidedAs: as, returnedContent: null }),
  // The content as returned: the review of the resubmitted plan shows what changed since.
  return: (now, by, as, plan, note) => ({
    decidedAt: now,
    decidedBy: by,
    decidedAs: as,
    note: note ?? null,
    returnedContent: plan.content,
  }),
  agree: (now) => ({ completedAt: now }),
};

/**
 * Save, submit, approve, return or agree: load, ask `decide`, write the change guarded by the
 * version and status read, audit it and notify. An autosave is one guarded UPDATE after the
 * scope's one read; a status change writes the plan, its audit event, its notifications and the
 * cycle's phase in one statement (`writeGuarded`). The answer is built from what was written,
 * not read back.
 */
export async function actOnPlan({ db, actor, planId, command, lang, now, ride }: Options) {
  const scope = await loadPlanScope(db, actor, { planId }, now, ride);
  const { plan } = scope;
  if (command.type === "save") await assertOwnFiles(db, command.content, scope.cycle.personId);
  const d = decide(plan, command, scope.roles, scope.ctx, scope.window);
  if (!d.ok) throw refusal(d, lang);
  let row = plan;
  if (d.changed) {
    const next = d.next;
    const note = command.type === "return" ? command.note.trim() : undefined;
    const set = {
      status: next.status,
      version: next.version,
      // A status change keeps the content (the same object): not sent, not rewritten, no new TOAST.
      ...(next.content === plan.content ? {} : { content: next.content }),
      updatedAt: now,
      ...(STAMP[command.type]?.(now, actor.personId, scope.actingAs, plan, note) ?? {}),
    };
    const updated = { ...plan, ...set } as PlanRow;
    const matched =
      (await writeDocument(db, {
        read: plan,
        cycleId: plan.cycleId,
        kind: PLAN_KIND,
        values: set,
        now,
        ...(next.status === plan.status
          ? {}
          : { effects: transitionEffects(scope, plan.status, updated, actor, note) }),
      })) !== null;
    row = matched ? updated : await alreadyDone(db, planId, command, scope);
  }
  return {
    plan: await planDto(db, row, new Map([...scope.names, [actor.personId, actor.name]])),
    problems: problemsDto(planProblems(row.content, scope.ctx), lang),
    rhkTotal: rhkTotal(row.content.rhk, scope.ctx.ruleSet),
  };
}

/**
 * The guarded UPDATE matched nothing: someone changed the plan since we read it. When that was
 * this very command (a double click, a retry over a flaky connection: the same submit of the
 * same version), the plan is already where this command takes it — answer success, like a
 * retried submit. Anything else is a real conflict.
 */
async function alreadyDone(tx: Queryable, planId: string, command: PlanCommand, scope: PlanScope) {
  const current = await planById(tx, planId);
  const again = decide(current, command, scope.roles, scope.ctx, scope.window);
  if (!again.ok || again.changed) throw new AppError("CONFLICT", "plan.staleVersion");
  return current;
}

/** An SK referenced by the plan must be a file the plan's owner uploaded. */
async function assertOwnFiles(tx: Queryable, content: PlanContent, ownerId: string) {
  const ids = [...new Set(content.duties.flatMap((d) => (d.skFileId ? [d.skFileId] : [])))];
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: files.id })
    .from(files)
    // An SK is an upload of kind `sk` (a PDF): another of the owner's files (a video, a photo) is not.
    .where(and(inArray(files.id, ids), eq(files.ownerId, ownerId), eq(files.kind, "sk")));
  if (found.length !== ids.length) throw new AppError("VALIDATION", "plan.fileNotFound");
}

/** What a status change records and announces, written with it in one statement. */
function transitionEffects(scope: PlanScope, from: string, plan: PlanRow, actor: SessionActor, note?: string): Effects {
  const as =
    scope.roles.includes("owner") && (plan.status === "submitted" || plan.status === "agreed")
      ? "owner"
      : scope.actingAs;
  const link = `/perencanaan/${plan.cycleId}`;
  const reviewLink = `/pegawai/perencanaan/${plan.cycleId}`;
  const data = { name: actor.name };
  const notices: Notice[] = [];
  if (plan.status === "submitted") {
    const to = scope.live.ok ? [scope.live.superiorId, ...scope.live.assessorIds] : scope.live.assessorIds;
    notices.push({ to, kind: "plan_submitted", data, link: reviewLink });
  }
  if (plan.status === "returned") notices.push({ to: [scope.cycle.personId], kind: "plan_returned", data, link });
  if (plan.status === "approved") notices.push({ to: [scope.cycle.personId], kind: "plan_approved", data, link });
  if (plan.status === "agreed" && scope.live.ok) {
    notices.push({ to: [scope.live.superiorId], kind: "plan_agreed", data, link: reviewLink });
  }
  return {
    audit: {
      actorId: actor.personId,
      actingAs: as ?? "",
      entityType: "plan",
      entityId: plan.id,
      action: `plan_${plan.status}`,
      fromState: from,
      toState: plan.status,
      reason: note ?? null,
      data: { cycleId: plan.cycleId, version: plan.version, revision: plan.revision },
    },
    notices,
    // Agreeing closes the planning phase of the cycle, at the agreement's time (the injected clock's).
    also:
      plan.status === "agreed"
        ? [
            // plan_status too, so the tallies move once (not via the documents trigger in a second step).
            sql`update ${cycles} set phase = 'pelaksanaan', plan_status = 'agreed', updated_at = ${plan.updatedAt.toISOString()}::timestamptz
              where id = ${plan.cycleId} and exists (select 1 from changed)`,
          ]
        : [],
  };
}
