import { sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { cycles, documents, people, schools } from "../../db/schema.js";
import { angkaKredit, parsePositionLevel, periodMonths } from "../../domain/assessment/angka-kredit.js";
import { EXPECTATIONS, type Expectation, type Predikat } from "../../domain/assessment/scale.js";
import type { EmploymentStatus } from "../../domain/org/types.js";
import { planStatusSqlOf } from "../planning/plan-status.js";
import type { ResultsPeriod } from "./load.js";

// What the exports read: one statement each, whatever the size of the district.

export const expectationOf = (v: string | null): Expectation | null =>
  v !== null && (EXPECTATIONS as readonly string[]).includes(v) ? (v as Expectation) : null;

/**
 * The period's angka kredit for a pegawai (PermenPANRB 1/2023): null for a non-ASN or a jenjang
 * the staff data does not name. A period counts at most a year (the coefficient is yearly).
 */
export function angkaKreditFor(
  person: { positionLevel: string; employmentStatus: EmploymentStatus },
  predikat: Predikat,
  period: { startsOn: string; endsOn: string },
): number | null {
  const positionLevel = parsePositionLevel(person.positionLevel);
  if (positionLevel === null || person.employmentStatus === "NON_ASN") return null;
  const months = Math.min(periodMonths(period.startsOn, period.endsOn), 12);
  return angkaKredit({ positionLevel, predikat, months });
}

type RatedRow = {
  nip: string | null;
  name: string;
  position_level: string;
  employment_status: EmploymentStatus;
  track: "guru" | "kepala_sekolah" | "pengawas";
  school_name: string | null;
  npsn: string | null;
  hasil: string | null;
  perilaku: string | null;
  decided_on: string;
  acknowledged_at: string | null;
  assessor_nip: string | null;
  assessor_name: string | null;
};

/**
 * Everyone of the period with a rated or acknowledged penilaian: the pejabat penilai is who rated
 * it (`decided_by`), the date it was rated on the district's calendar, when the pegawai
 * acknowledged it (their `submitted_at`, the only hand-in a penilaian has).
 */
export async function ratedRows(q: Queryable, loaded: ResultsPeriod) {
  const { rows } = await q.execute<RatedRow>(sql`
    select pe.nip, pe.name, pe.position_level, pe.employment_status, c.track, s.name as school_name, s.npsn,
      d.content->>'hasilKerja' as hasil, d.content->>'perilaku' as perilaku,
      to_char(coalesce(d.decided_at, d.updated_at) at time zone ${loaded.timeZone}, 'YYYY-MM-DD') as decided_on,
      case when d.status = 'acknowledged' and d.submitted_at is not null
        then to_char(d.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') end as acknowledged_at,
      ap.nip as assessor_nip, ap.name as assessor_name
    from ${cycles} c
      join ${documents} d on d.cycle_id = c.id and d.kind = 'penilaian' and d.status in ('rated', 'acknowledged')
      join ${people} pe on pe.id = c.person_id
      left join ${people} ap on ap.id = d.decided_by
      left join ${schools} s on s.id = c.school_id
    where c.period_id = ${loaded.period.id}
    order by s.name nulls last, pe.name, c.id`);
  return rows;
}

type CycleRow = {
  nip: string | null;
  name: string;
  position_level: string;
  employment_status: EmploymentStatus;
  track: "guru" | "kepala_sekolah" | "pengawas";
  school_id: string | null;
  school_name: string | null;
  npsn: string | null;
  plan_status: string;
  documents: Record<string, string> | null;
  observation_mode: string | null;
  hasil: string | null;
  perilaku: string | null;
};

/** Every cycle of the period with what the report prints: the plan's status, each document's, the ratings once rated. */
export async function cycleRows(q: Queryable, periodId: string) {
  const { rows } = await q.execute<CycleRow>(sql`
    select pe.nip, pe.name, pe.position_level, pe.employment_status, c.track, c.school_id,
      s.name as school_name, s.npsn, ${planStatusSqlOf("pl")} as plan_status,
      (select json_object_agg(dd.kind, dd.status) from ${documents} dd where dd.cycle_id = c.id and dd.kind <> 'plan') as documents,
      (select dd.content->>'observationMode' from ${documents} dd
        where dd.cycle_id = c.id and dd.kind = 'persiapan' and c.track = 'kepala_sekolah') as observation_mode,
      pn.content->>'hasilKerja' as hasil, pn.content->>'perilaku' as perilaku
    from ${cycles} c
      join ${people} pe on pe.id = c.person_id
      left join ${schools} s on s.id = c.school_id
      left join ${documents} pl on pl.cycle_id = c.id and pl.kind = 'plan'
      left join ${documents} pn on pn.cycle_id = c.id and pn.kind = 'penilaian' and pn.status in ('rated', 'acknowledged')
    where c.period_id = ${periodId}
    order by s.name nulls last, c.school_id, pe.name, c.id`);
  return rows;
}

/** "ekinerja-3277-periode-2026": the file name's stem, ASCII (the header carries the exact name too). */
export function fileStem(kind: string, loaded: ResultsPeriod): string {
  const slug = (s: string) =>
    s
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
  return [kind, slug(loaded.districtCode), slug(loaded.period.name)].filter((p) => p !== "").join("-");
}
