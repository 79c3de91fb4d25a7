import { sql } from "drizzle-orm";
import { createEvents, type EventAttributes } from "ics";
import type { Db } from "../../db/client.js";
import { cycleAssessors, cycles, districts, documents, people, periods, schools } from "../../db/schema.js";
import type { CycleTrack } from "../../domain/org/assessors.js";
import type { ObservationMode } from "../../domain/practice/context.js";
import type { Schedule } from "../../domain/practice/persiapan.js";
import { dateInZone, type TimeZone } from "../../domain/time/today.js";
import type { SessionActor } from "../core/session.js";
import { assessorRolesOf, candidateOf } from "../org/facts.js";

/** At most this many upcoming observations: a KS has a few dozen teachers, a Kepala Dinas some hundreds. */
const LIMIT = 300;

type Row = {
  cycleId: string;
  personId: string;
  periodId: string;
  districtId: string;
  track: CycleTrack;
  schoolId: string | null;
  timeZone: TimeZone;
  name: string;
  schoolName: string | null;
  status: string;
  schedule: Schedule;
  mode: ObservationMode | null;
  observed: boolean;
};

/**
 * The observations the actor will hold, from the district's today on: every persiapan handed in
 * (to confirm) or scheduled, of the people they assess today (`assessorRoleOn` confirms each row
 * the stored atasan pre-selects), in date order. One statement, then one for the assessor facts.
 */
export async function upcomingObservations(db: Db, actor: Pick<SessionActor, "personId">, now: Date) {
  const { rows } = await db.execute<Row>(sql`
    select c.id as "cycleId", c.person_id as "personId", c.period_id as "periodId", p.district_id as "districtId",
      c.track, c.school_id as "schoolId", d.time_zone as "timeZone", pe.name, s.name as "schoolName",
      doc.status, doc.content->'schedule' as schedule, doc.content->>'observationMode' as mode,
      exists (select 1 from ${documents} o where o.cycle_id = c.id and o.kind = 'observasi' and o.status <> 'draft') as observed
    from ${cycles} c
      join ${documents} doc on doc.cycle_id = c.id and doc.kind = 'persiapan' and doc.status in ('submitted', 'scheduled')
      join ${periods} p on p.id = c.period_id
      join ${districts} d on d.id = p.district_id
      join ${people} pe on pe.id = c.person_id
      left join ${schools} s on s.id = c.school_id
    where (c.superior_id = ${actor.personId}
      or c.id = any(array(select ca.cycle_id from ${cycleAssessors} ca where ca.person_id = ${actor.personId})))
      -- WIB is the westernmost zone: its date is never later than the district's own today.
      and doc.content->'schedule'->>'date' >= ${dateInZone(now, "Asia/Jakarta")}
    order by doc.content->'schedule'->>'date', doc.content->'schedule'->>'time', pe.name
    limit ${LIMIT}`);
  const roles = await assessorRolesOf(
    db,
    actor.personId,
    rows.map((r) =>
      candidateOf(
        { id: r.cycleId, personId: r.personId, track: r.track, schoolId: r.schoolId },
        r.districtId,
        dateInZone(now, r.timeZone),
      ),
    ),
  );
  return rows
    .filter((r) => roles.has(r.cycleId) && !r.observed && (r.schedule.date ?? "") >= dateInZone(now, r.timeZone))
    .map((r) => ({
      cycleId: r.cycleId,
      name: r.name,
      schoolName: r.schoolName,
      confirmed: r.status === "scheduled",
      date: r.schedule.date as string,
      time: r.schedule.time,
      className: r.schedule.className,
      subject: r.schedule.subject,
      place: r.schedule.place,
      // A KS's practice: the activity, and how it is observed (a guru's lesson is always in person).
      activity: r.schedule.activity ?? "",
      mode: r.track === "kepala_sekolah" ? (r.mode ?? "langsung") : ("langsung" as ObservationMode),
    }));
}

export type UpcomingObservation = Awaited<ReturnType<typeof upcomingObservations>>[number];

const MODE_NOTE: Record<ObservationMode, string> = {
  langsung: "",
  tidak_langsung: " (dari video)",
  catatan_mandiri: " (catatan mandiri)",
};

/** The observations as an iCalendar file: one event of an hour each, at the school's local time. */
export function observationsIcs(items: readonly UpcomingObservation[], baseUrl: string): string {
  const events: EventAttributes[] = items.map((o) => {
    const [y, m, d] = o.date.split("-").map(Number) as [number, number, number];
    const [hh, mm] = (o.time ?? "07:00").split(":").map(Number) as [number, number];
    return {
      uid: `observasi-${o.cycleId}@kinerja`,
      start: [y, m, d, hh, mm],
      startInputType: "local",
      startOutputType: "local",
      duration: { hours: 1 },
      title: `Observasi: ${o.name}${MODE_NOTE[o.mode]}`,
      description: [o.activity, o.subject, o.className && `Kelas ${o.className}`, `${baseUrl}/praktik/${o.cycleId}`]
        .filter(Boolean)
        .join("\n"),
      location: [o.place, o.schoolName].filter(Boolean).join(", "),
      status: o.confirmed ? "CONFIRMED" : "TENTATIVE",
      productId: "kinerja/observasi",
    };
  });
  if (events.length === 0) return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:kinerja/observasi\r\nEND:VCALENDAR\r\n";
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error("ics: no value");
  return value;
}
