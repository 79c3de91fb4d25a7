import { and, eq, sql } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { practiceSurveys } from "../../db/schema.js";
import { decideSurveyAnswer, type SurveyAnswers, type SurveyRecord } from "../../domain/practice/pengawas/survey.js";
import type { SurveyQuestion } from "../../domain/rulesets/types.js";
import { writeAudit } from "../core/audit.js";
import { authorize } from "../core/authorize.js";
import { AppError, notFound } from "../core/errors.js";
import { type Lang, type MessageKey, translate } from "../core/messages.js";
import type { SessionActor } from "../core/session.js";
import { notify } from "../notifications/notify.js";
import type { Survey } from "./survey-contract.js";

type Row = {
  id: string;
  cycleId: string;
  pengawasId: string;
  pengawasName: string;
  districtId: string;
  schoolId: string;
  schoolName: string;
  status: "sent" | "answered";
  questions: SurveyQuestion[];
  answers: SurveyAnswers | null;
  sentAt: string;
  answeredAt: string | null;
};

/** Surveys with the pengawas's and the school's names: one statement for one survey or a KS's list. */
async function surveysWhere(q: Queryable, where: ReturnType<typeof sql>): Promise<Row[]> {
  const { rows } = await q.execute<Row>(sql`select ps.id, ps.cycle_id as "cycleId", c.person_id as "pengawasId",
      pe.name as "pengawasName", s.district_id as "districtId", ps.school_id as "schoolId", s.name as "schoolName",
      ps.status, ps.questions, ps.answers, ps.sent_at as "sentAt", ps.answered_at as "answeredAt"
    from ${practiceSurveys} ps join cycles c on c.id = ps.cycle_id join people pe on pe.id = c.person_id
      join schools s on s.id = ps.school_id
    where ${where}
    order by (ps.status = 'answered'), ps.sent_at desc
    limit 50`);
  return rows;
}

const iso = (v: string | null) => (v ? new Date(v).toISOString() : null);

/** As the responding KS reads it: their own answers included. */
function dto(r: Row): Survey {
  return {
    id: r.id,
    cycleId: r.cycleId,
    pengawasName: r.pengawasName,
    schoolId: r.schoolId,
    schoolName: r.schoolName,
    status: r.status,
    sentAt: iso(r.sentAt) as string,
    answeredAt: iso(r.answeredAt),
    questions: r.questions,
    answers: r.answers,
  };
}

/** The surveys sent to the schools the actor heads today (KS or Plt), unanswered first. */
export async function mySurveys(db: Db, actor: SessionActor) {
  const schools = actor.hats.filter((h) => h.kind === "principal" && h.schoolId).map((h) => h.schoolId as string);
  if (schools.length === 0) return { items: [] };
  const rows = await surveysWhere(db, sql`ps.school_id = any(${`{${schools.join(",")}}`}::uuid[])`);
  // The policy confirms each (district and school of the hat), as for a single survey.
  return {
    items: rows.filter((r) => canAnswer(actor, r)).map(dto),
  };
}

function canAnswer(actor: SessionActor, r: Row): boolean {
  try {
    authorize(actor, { do: "survey.answer", school: { districtId: r.districtId, schoolId: r.schoolId } });
    return true;
  } catch {
    return false;
  }
}

async function oneSurvey(q: Queryable, actor: SessionActor, id: string): Promise<Row> {
  const [row] = await surveysWhere(q, sql`ps.id = ${id}`);
  if (!row) throw notFound();
  authorize(actor, { do: "survey.answer", school: { districtId: row.districtId, schoolId: row.schoolId } });
  return row;
}

export async function getSurvey(db: Db, actor: SessionActor, id: string) {
  return dto(await oneSurvey(db, actor, id));
}

/**
 * The KS of the school hands in the answers: final once handed in (the same answers again are a
 * success that changes nothing). The pengawas is told it was answered; the Tim Kinerja reads the
 * answers in the pengawas's practice.
 */
export async function answerSurvey(
  db: Db,
  actor: SessionActor,
  id: string,
  answers: SurveyAnswers,
  lang: Lang,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const row = await oneSurvey(tx, actor, id);
    const record: SurveyRecord = {
      schoolId: row.schoolId,
      status: row.status,
      questions: row.questions,
      answers: row.answers,
    };
    const d = decideSurveyAnswer(record, answers, [row.schoolId]);
    if (!d.ok) {
      if (d.error === "INCOMPLETE") {
        const details = d.problems.map((p) => ({
          path: p.at,
          message: translate(lang, p.code as MessageKey, p.params ?? {}),
        }));
        throw new AppError("VALIDATION", "practice.incomplete", { count: d.problems.length }, details);
      }
      if (d.error === "INVALID_STATE") throw new AppError("INVALID_STATE", "survey.alreadyAnswered");
      throw new AppError("FORBIDDEN", "error.forbidden");
    }
    if (!d.changed) return dto(row);
    const [updated] = await tx
      .update(practiceSurveys)
      .set({ status: "answered", answers: d.next.answers, answeredAt: now, answeredBy: actor.personId })
      .where(and(eq(practiceSurveys.id, id), eq(practiceSurveys.status, "sent")))
      .returning({ id: practiceSurveys.id });
    if (!updated) throw new AppError("CONFLICT", "error.conflict");
    await writeAudit(tx, {
      actorId: actor.personId,
      actingAs: "principal",
      entityType: "survey",
      entityId: id,
      action: "survey_answered",
      fromState: "sent",
      toState: "answered",
      data: { cycleId: row.cycleId },
    });
    await notify(
      tx,
      [row.pengawasId],
      "survey_answered",
      { name: actor.name, school: row.schoolName },
      `/praktik/${row.cycleId}`,
    );
    return dto({ ...row, status: "answered", answers: d.next.answers, answeredAt: now.toISOString() });
  });
}

/** The principals (KS or Plt, active today) of a school, to tell them a survey waits. */
export async function principalsOf(q: Queryable, schoolId: string, today: string): Promise<string[]> {
  const { rows } = await q.execute<{ person_id: string }>(sql`select person_id from assignments
    where kind = 'principal' and school_id = ${schoolId}
      and starts_on <= ${today}::date and (ends_on is null or ends_on >= ${today}::date)`);
  return rows.map((r) => r.person_id);
}
