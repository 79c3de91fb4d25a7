import type { Db } from "../../db/client.js";
import { headedSchools } from "../../domain/auth/policy.js";
import { type ProgressRow, schoolProgress } from "../../domain/dashboard/progress.js";
import { assessorRoleOn } from "../../domain/org/assessors.js";
import { effectiveClose, planningOverdue } from "../../domain/planning/window.js";
import { practiceSummary } from "../../domain/practice/stages.js";
import { dateInZone } from "../../domain/time/today.js";
import { authorize } from "../core/authorize.js";
import { forbidden, notFound } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import type { SchoolDashboard } from "./contract.js";
import { type SchoolAnswer, schoolStatement } from "./school-statement.js";

export type SchoolDashboardInput = {
  db: Db;
  actor: SessionActor;
  now: Date;
  schoolId?: string | undefined;
  periodId?: string | undefined;
};

/**
 * The KS's (or Plt's) dashboard of their school: the policy first (they head it today), then one
 * statement, then each teacher's cycle kept only when `assessorRoleOn` gives the actor a role on it
 * today — the queue's rule — so a definitive KS beside an appointed Plt sees zeros and nobody sees
 * a cycle they do not assess. Planning overdue is the queue's (`effectiveClose`), the practice
 * stage and who acts the queue's (`practiceSummary`), with the pelaksanaan and penilaian
 * extensions covering each teacher.
 */
export async function schoolDashboard({
  db,
  actor,
  now,
  schoolId,
  periodId,
}: SchoolDashboardInput): Promise<SchoolDashboard> {
  const school = schoolId ?? headedSchools(actor)[0];
  if (!school) throw forbidden();
  authorize(actor, { do: "dashboard.school", schoolId: school });
  const [result] = await schoolStatement(db).execute({
    school,
    period: periodId ?? null,
    now: now.toISOString(),
  });
  const answer = result?.answer;
  if (!answer?.school || (periodId && !answer.period)) throw notFound();
  const { period } = answer;
  const { id, name } = answer.school;
  const rows = period ? confirmedRows(answer, actor.personId, dateInZone(now, answer.school.timeZone)) : [];
  return {
    school: { id, name },
    periods: answer.periods,
    period: period && { id: period.id, name: period.name, startsOn: period.startsOn, endsOn: period.endsOn },
    ...schoolProgress(rows),
  };
}

function confirmedRows(answer: SchoolAnswer, actorId: string, today: string): ProgressRow[] {
  const { school, period, facts, extensions } = answer;
  if (!school || !period) return [];
  const closing = (phase: "perencanaan" | "pelaksanaan" | "penilaian", close: string, personId: string) =>
    effectiveClose(
      close,
      extensions.filter((e) => e.phase === phase),
      { personId, schoolId: school.id },
    );
  return answer.rows.flatMap((r): ProgressRow[] => {
    const subject = {
      personId: r.personId,
      track: "guru" as const,
      districtId: school.districtId,
      schoolId: school.id,
    };
    if (!assessorRoleOn(actorId, subject, facts, today)) return [];
    const practice =
      r.status === "agreed"
        ? practiceSummary({
            track: "guru",
            planStatus: "agreed",
            window: {
              opensOn: period.executionOpensOn,
              closesOn: closing("pelaksanaan", period.executionClosesOn, r.personId),
            },
            assessmentWindow: {
              opensOn: period.assessmentOpensOn,
              closesOn: closing("penilaian", period.assessmentClosesOn, r.personId),
            },
            today,
            documents: r.documents ?? {},
          })
        : null;
    return [
      {
        cycleId: r.cycleId,
        name: r.name,
        phase: r.phase,
        planStatus: r.status,
        planningOverdue: planningOverdue(r.status, today, closing("perencanaan", period.planningClosesOn, r.personId)),
        practice,
      },
    ];
  });
}
