import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import {
  assignments,
  cycles,
  districts,
  documents,
  people,
  periods,
  reminderLog,
  ruleSets,
  windowExtensions,
} from "../../db/schema.js";
import { planNextActor } from "../../domain/dashboard/progress.js";
import type { IsoDate } from "../../domain/org/types.js";
import { type Extension, effectiveClose } from "../../domain/planning/window.js";
import { type ReminderCycle, reminderKey } from "../../domain/reminders/reminders.js";
import { type ReminderSettings, remindersOf } from "../../domain/rulesets/reminders.js";
import { planStatusSqlOf } from "../planning/plan-status.js";
import { loadPracticeRows, practiceCycles } from "./load-practice.js";

/** A running period whose windows the reminder rules look at, with everything they read. */
export type ReminderScope = {
  periodId: string;
  districtId: string;
  today: IsoDate;
  settings: ReminderSettings;
  cycles: ReminderCycle[];
  adminIds: string[];
  sent: Set<string>;
};

/** A penilaian's escalations run after the period's end, up to the furthest a rule set may set. */
const MAX_ESCALATION_DAYS = 60;

type CycleRow = {
  id: string;
  person_id: string;
  name: string;
  superior_id: string | null;
  school_id: string | null;
  status: string;
};

type PeriodRow = {
  id: string;
  district_id: string;
  today: string;
  opens: string;
  closes: string;
  execution_opens: string;
  execution_closes: string;
  assessment_opens: string;
  assessment_closes: string;
  reminders: ReminderSettings | null;
};

/**
 * Every period running on its district's date (today in the district's zone, from `now`), with
 * its cycles whose plan is not agreed yet, who must act on each (`planNextActor`), the practice
 * and penilaian still to do (`practiceCycles`), the close that applies to each person
 * (extensions), the district's admins and what was already sent. Seven statements a period,
 * whatever the number of cycles.
 */
export async function loadReminderScopes(db: Db, now: Date): Promise<ReminderScope[]> {
  const localToday = sql`(${now.toISOString()}::timestamptz at time zone d.time_zone)::date`;
  const { rows: running } = await db.execute<PeriodRow>(sql`
    select p.id, p.district_id, ${localToday}::text as today, p.planning_opens_on::text as opens,
      p.planning_closes_on::text as closes, p.execution_opens_on::text as execution_opens,
      p.execution_closes_on::text as execution_closes, p.assessment_opens_on::text as assessment_opens,
      p.assessment_closes_on::text as assessment_closes, rs.content->'settings'->'reminders' as reminders
    from ${periods} p join ${districts} d on d.id = p.district_id join ${ruleSets} rs on rs.id = p.rule_set_id
    where ${localToday} between p.planning_opens_on and p.ends_on + ${MAX_ESCALATION_DAYS}::int`);
  const scopes: ReminderScope[] = [];
  for (const p of running) {
    const [cycleRows, penilaianRows, extensionRows, adminRows, sentRows, practice] = await Promise.all([
      db.execute<CycleRow>(sql`
        select * from (select c.id, c.person_id, pe.name, c.superior_id, c.school_id, ${planStatusSqlOf("doc")} as status
          from ${cycles} c join ${people} pe on pe.id = c.person_id
            left join ${documents} doc on doc.cycle_id = c.id and doc.kind = 'plan'
          where c.period_id = ${p.id}) s
        where s.status <> 'agreed'`),
      // A penilaian exists once its atasan started it (the practice was done); acknowledged = finished.
      db.execute<CycleRow>(sql`
        select c.id, c.person_id, pe.name, c.superior_id, c.school_id, doc.status
        from ${cycles} c join ${people} pe on pe.id = c.person_id
          join ${documents} doc on doc.cycle_id = c.id and doc.kind = 'penilaian'
        where c.period_id = ${p.id} and doc.status in ('draft', 'rated')`),
      db.execute<{
        phase: string;
        scope: Extension["scope"];
        school_id: string | null;
        person_id: string | null;
        closes_on: string;
      }>(sql`
        select phase, scope, school_id, person_id, closes_on::text as closes_on from ${windowExtensions}
        where period_id = ${p.id}`),
      db.execute<{ person_id: string }>(sql`
        select distinct person_id from ${assignments}
        where district_id = ${p.district_id} and kind = 'admin'
          and starts_on <= ${p.today}::date and (ends_on is null or ends_on >= ${p.today}::date)`),
      db.execute<{ cycle_id: string; phase: string; kind: "reminder" | "escalation"; days: number }>(sql`
        select r.cycle_id, r.phase, r.kind, r.days from ${reminderLog} r join ${cycles} c on c.id = r.cycle_id
        where c.period_id = ${p.id}`),
      loadPracticeRows(db, p.id, p.district_id, p.today),
    ]);
    const extensionsOf = (phase: string): Extension[] =>
      extensionRows.rows
        .filter((e) => e.phase === phase)
        .map((e) => ({ scope: e.scope, schoolId: e.school_id, personId: e.person_id, closesOn: e.closes_on }));
    const planning = extensionsOf("perencanaan");
    const assessment = extensionsOf("penilaian");
    const execution = extensionsOf("pelaksanaan");
    const closeOf = (close: string, extensions: Extension[]) => (personId: string, schoolId: string | null) =>
      effectiveClose(close, extensions, { personId, schoolId });
    scopes.push({
      periodId: p.id,
      districtId: p.district_id,
      today: p.today,
      settings: remindersOf({ reminders: p.reminders ?? undefined }),
      adminIds: adminRows.rows.map((a) => a.person_id),
      sent: new Set(sentRows.rows.map((r) => reminderKey(r.cycle_id, r.phase, r.kind, r.days))),
      cycles: [
        ...cycleRows.rows.map((c) => ({
          cycleId: c.id,
          ownerId: c.person_id,
          ownerName: c.name,
          superiorId: c.superior_id,
          phase: "perencanaan" as const,
          opensOn: p.opens,
          closesOn: effectiveClose(p.closes, planning, { personId: c.person_id, schoolId: c.school_id }),
          actor: planNextActor(c.status as Parameters<typeof planNextActor>[0]),
        })),
        ...penilaianRows.rows.map((c) => ({
          cycleId: c.id,
          ownerId: c.person_id,
          ownerName: c.name,
          superiorId: c.superior_id,
          phase: "penilaian" as const,
          opensOn: p.assessment_opens,
          closesOn: effectiveClose(p.assessment_closes, assessment, { personId: c.person_id, schoolId: c.school_id }),
          actor: c.status === "draft" ? ("superior" as const) : ("owner" as const),
        })),
        ...practiceCycles(practice, {
          today: p.today,
          districtId: p.district_id,
          execution: { opensOn: p.execution_opens, closeOf: closeOf(p.execution_closes, execution) },
          assessment: { opensOn: p.assessment_opens, closeOf: closeOf(p.assessment_closes, assessment) },
        }),
      ],
    });
  }
  return scopes;
}
