import { type TextColumn, textRowReader } from "../../db/text-rows.js";
import type { Expectation } from "../../domain/assessment/scale.js";
import type { Phase } from "../../domain/cycles/phase.js";
import type { CycleTrack } from "../../domain/org/assessors.js";
import type { AssignmentFact, IsoDate } from "../../domain/org/types.js";
import type { PlanStatus } from "../../domain/planning/state.js";
import type { ObservationMode } from "../../domain/practice/context.js";
import type { RekomendasiStatus } from "../../domain/practice/rekomendasi.js";
import type { TimeZone } from "../../domain/time/today.js";
import { ASSIGNMENT_COLUMNS } from "../core/hat-rows.js";

// A row of the planning queue's page: its type, the order its values arrive in, and its mapping.

export type QueueStatus = PlanStatus | "not_started";

/** The Tim Kinerja's recommendation as a list shows it: its values only once sent to the Kepala Dinas. */
type RecommendationRow = { status: RekomendasiStatus; hasilKerja: Expectation | null; perilaku: Expectation | null };

/** A row of the page as sent: its own values; its period's come once, in `periods` (`PeriodRow`). */
export type Row = {
  id: string;
  personId: string;
  periodId: string;
  track: CycleTrack;
  schoolId: string | null;
  schoolName: string | null;
  phase: Phase;
  planId: string | null;
  submittedAt: string | null;
  name: string;
  nip: string | null;
  status: QueueStatus;
  overdue: boolean;
  pendingReopen: boolean;
  rank: number;
  /** Set only when a school's or the person's own extension closes later than the period (`closesOf`). */
  executionClosesOn: IsoDate | null;
  assessmentClosesOn: IsoDate | null;
  /** The practice documents' statuses by kind (null: none yet). */
  documents: Record<string, string> | null;
  /** A KS's persiapan: how the observation is made (null for everyone else). */
  observationMode: ObservationMode | null;
  recommendation: RecommendationRow | null;
};

/** The page's periods, sent once (a page holds one period's rows, rarely two): what every row of a period shares. */
export type PeriodRow = {
  id: string;
  name: string;
  districtId: string;
  timeZone: TimeZone;
  executionOpensOn: IsoDate;
  /** The period's close, or a later district-wide extension's. */
  executionClosesOn: IsoDate;
  assessmentOpensOn: IsoDate;
  assessmentClosesOn: IsoDate;
};

/** `windows` (queue-statement.ts) as the answer's periods. */
export const PERIOD_COLUMNS = [
  ["id", "w.id"],
  ["name", "w.name"],
  ["districtId", "w.district_id"],
  ["timeZone", "w.time_zone"],
  ["executionOpensOn", "w.execution_opens_on"],
  ["executionClosesOn", "w.execution_closes_on"],
  ["assessmentOpensOn", "w.assessment_opens_on"],
  ["assessmentClosesOn", "w.assessment_closes_on"],
] as const satisfies readonly TextColumn<keyof PeriodRow>[];

/** A page row as the statement sends it (`textRowSql`). */
export const ROW_COLUMNS = [
  ["id", "p.id"],
  ["personId", "p.person_id"],
  ["periodId", "p.period_id"],
  ["track", "p.track"],
  ["schoolId", "p.school_id"],
  ["schoolName", "p.school_name"],
  ["phase", "p.phase"],
  ["planId", "p.plan_id"],
  ["submittedAt", "p.submitted_at"],
  ["name", "p.name"],
  ["nip", "p.nip"],
  ["status", "p.status"],
  ["overdue", "p.overdue", "bool"],
  ["pendingReopen", "p.pending_reopen", "bool"],
  ["rank", "p.rank", "int"],
  ["executionClosesOn", "p.execution_closes_on"],
  ["assessmentClosesOn", "p.assessment_closes_on"],
  ["documents", "p.docs", "json"],
  ["observationMode", "case when p.track = 'kepala_sekolah' then p.observation_mode end"],
  ["recommendation", "p.recommendation", "json"],
] as const satisfies readonly TextColumn<keyof Row>[];

export const rowOf = textRowReader<Row>(ROW_COLUMNS);
const readPeriod = textRowReader<PeriodRow>(PERIOD_COLUMNS);

/** The answer's periods by id. */
export function periodsOf(sent: readonly (readonly (string | null)[])[]): Map<string, PeriodRow> {
  return new Map(sent.map((values) => readPeriod(values)).map((p) => [p.id, p]));
}

/** A row's later windows: its period's, or its own extension's where that closes later (ISO dates compare as text). */
export function closesOf(r: Row, p: PeriodRow) {
  return {
    execution:
      r.executionClosesOn !== null && r.executionClosesOn > p.executionClosesOn
        ? r.executionClosesOn
        : p.executionClosesOn,
    assessment:
      r.assessmentClosesOn !== null && r.assessmentClosesOn > p.assessmentClosesOn
        ? r.assessmentClosesOn
        : p.assessmentClosesOn,
  };
}

/** The facts `assessorRoleOn` reads, with a Tim Kinerja member's name (to say who observes whom). */
export type Fact = AssignmentFact & { name: string | null };

/** An assignment of the page's districts (`a`), with a Tim Kinerja member's name and the page's people they were named for. */
export const FACT_COLUMNS = [
  ["personId", "a.person_id"],
  ...ASSIGNMENT_COLUMNS,
  ["name", "case when a.kind = 'tim_kinerja' then (select x.name from people x where x.id = a.person_id) end"],
  [
    "namedSubjectIds",
    `case when a.kind = 'tim_kinerja' then array(select l.subject_id from tim_kinerja_subjects l
      where l.member_id = a.person_id and l.district_id = a.district_id
        and l.subject_id = any(array(select p.person_id from page p))) end`,
    "list",
  ],
] as const satisfies readonly TextColumn<keyof Fact>[];

export const factOf = textRowReader<Fact>(FACT_COLUMNS);
