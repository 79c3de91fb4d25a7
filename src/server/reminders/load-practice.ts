import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { assignments, cycles, documents, people, timKinerjaSubjects } from "../../db/schema.js";
import { type CycleTrack, superiorOn } from "../../domain/org/assessors.js";
import type { AssignmentFact, IsoDate } from "../../domain/org/types.js";
import type { ObservationMode } from "../../domain/practice/context.js";
import type { PracticeKind } from "../../domain/practice/stages.js";
import { penilaianNotStarted, practiceActor } from "../../domain/reminders/practice.js";
import type { ReminderCycle } from "../../domain/reminders/reminders.js";

type PracticeRow = {
  id: string;
  person_id: string;
  name: string;
  superior_id: string | null;
  school_id: string | null;
  track: CycleTrack;
  documents: Partial<Record<PracticeKind, string>> | null;
  observation_mode: ObservationMode | null;
};

/**
 * Two statements for a whole period, whatever its size: every cycle whose plan is agreed with its
 * practice documents' statuses (and a KS's observation mode), and the district's Tim Kinerja and
 * Kepala Dinas hats with whom each member was named for (`superiorOn` reads them).
 */
export async function loadPracticeRows(db: Db, periodId: string, districtId: string, today: IsoDate) {
  const [rows, facts] = await Promise.all([
    db.execute<PracticeRow>(sql`
      select c.id, c.person_id, pe.name, c.superior_id, c.school_id, c.track,
        (select jsonb_object_agg(d.kind, d.status) from ${documents} d where d.cycle_id = c.id and d.kind <> 'plan') as documents,
        (select d.content->>'observationMode' from ${documents} d
          where d.cycle_id = c.id and d.kind = 'persiapan' and c.track = 'kepala_sekolah') as observation_mode
      from ${cycles} c join ${people} pe on pe.id = c.person_id
        join ${documents} pl on pl.cycle_id = c.id and pl.kind = 'plan' and pl.status = 'agreed'
      where c.period_id = ${periodId}`),
    db.execute<AssignmentFact>(sql`
      select a.person_id as "personId", a.kind, a.district_id as "districtId", a.school_id as "schoolId", a.acting,
        a.starts_on::text as "startsOn", a.ends_on::text as "endsOn",
        array(select l.subject_id from ${timKinerjaSubjects} l
          where l.member_id = a.person_id and l.district_id = a.district_id) as "namedSubjectIds"
      from ${assignments} a
      where a.district_id = ${districtId} and a.kind in ('tim_kinerja', 'head_of_district')
        and a.starts_on <= ${today}::date and (a.ends_on is null or a.ends_on >= ${today}::date)`),
  ]);
  return { rows: rows.rows, facts: facts.rows };
}

type Windows = {
  today: IsoDate;
  districtId: string;
  execution: { opensOn: IsoDate; closeOf: (personId: string, schoolId: string | null) => IsoDate };
  assessment: { opensOn: IsoDate; closeOf: (personId: string, schoolId: string | null) => IsoDate };
};

/**
 * The pelaksanaan reminders' cycles (whoever must act on an unfinished practice stage; the Tim
 * Kinerja act for the atasan of a KS or pengawas) and the penilaian the atasan has not started.
 */
export function practiceCycles(
  { rows, facts }: Awaited<ReturnType<typeof loadPracticeRows>>,
  w: Windows,
): ReminderCycle[] {
  return rows.flatMap((r): ReminderCycle[] => {
    const window = { opensOn: w.execution.opensOn, closesOn: w.execution.closeOf(r.person_id, r.school_id) };
    const assessmentWindow = {
      opensOn: w.assessment.opensOn,
      closesOn: w.assessment.closeOf(r.person_id, r.school_id),
    };
    const input = {
      track: r.track,
      documents: r.documents ?? {},
      observationMode: r.observation_mode,
      window,
      assessmentWindow,
      today: w.today,
    };
    const base = { cycleId: r.id, ownerId: r.person_id, ownerName: r.name, superiorId: r.superior_id };
    const subject = { personId: r.person_id, track: r.track, districtId: w.districtId, schoolId: r.school_id };
    const actingSuperiorIds = r.track === "guru" ? [] : superiorOn(subject, facts, w.today).assessorIds;
    const out: ReminderCycle[] = [];
    const practice = practiceActor(input);
    if (practice !== "nobody")
      out.push({ ...base, phase: "pelaksanaan", ...window, actor: practice, actingSuperiorIds });
    const penilaian = penilaianNotStarted(input);
    if (penilaian !== "nobody") out.push({ ...base, phase: "penilaian", ...assessmentWindow, actor: penilaian });
    return out;
  });
}
