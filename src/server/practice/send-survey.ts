import { sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { practiceSurveys } from "../../db/schema.js";
import { focusSchoolOf, ZDiskusiPersiapanContent } from "../../domain/practice/pengawas/diskusi-persiapan.js";
import { newSurvey } from "../../domain/practice/pengawas/survey.js";
import { writeAudit } from "../core/audit.js";
import { AppError } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { notify } from "../notifications/notify.js";
import type { PracticeScope } from "./load.js";
import { principalsOf } from "./surveys.js";

/**
 * The pengawas sends the survey to the KS of the focus school agreed in the diskusi persiapan,
 * with the period's questions as they are now. Once per cycle: sending again changes nothing.
 * The school's KS (or Plt) is told, with a link to answer it.
 */
export async function sendSurvey(db: Queryable, scope: PracticeScope, actor: SessionActor, now: Date): Promise<void> {
  const stored = scope.documents.get("diskusi_persiapan");
  const focus = focusSchoolOf(
    stored ? { status: stored.status, content: ZDiskusiPersiapanContent.parse(stored.content) } : null,
  );
  const survey = newSurvey(focus, scope.ruleSet.content);
  if (!survey) throw new AppError("INVALID_STATE", "survey.noFocusSchool");
  const principals = await principalsOf(db, survey.schoolId, scope.today);
  if (principals.length === 0) throw new AppError("INVALID_STATE", "survey.noPrincipal");
  await db.transaction(async (tx) => {
    const { rows } = await tx.execute<{ id: string }>(sql`insert into ${practiceSurveys}
        (cycle_id, school_id, status, questions, sent_at)
      values (${scope.cycle.id}, ${survey.schoolId}, 'sent', ${JSON.stringify(survey.questions)}::jsonb,
        ${now.toISOString()}::timestamptz)
      on conflict (cycle_id) do nothing returning id`);
    const id = rows[0]?.id;
    if (!id) return; // Sent before: the same click again.
    await writeAudit(tx, {
      actorId: actor.personId,
      actingAs: "owner",
      entityType: "survey",
      entityId: id,
      action: "survey_sent",
      toState: "sent",
      data: { cycleId: scope.cycle.id, schoolId: survey.schoolId },
    });
    await notify(tx, principals, "survey_sent", { name: actor.name }, `/survei/${id}`);
  });
}
