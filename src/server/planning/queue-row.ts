import type { Expectation } from "../../domain/assessment/scale.js";
import type { Phase } from "../../domain/cycles/phase.js";
import type { CycleTrack } from "../../domain/org/assessors.js";
import type { IsoDate } from "../../domain/org/types.js";
import type { PlanStatus } from "../../domain/planning/state.js";
import type { ObservationMode } from "../../domain/practice/context.js";
import type { RekomendasiStatus } from "../../domain/practice/rekomendasi.js";
import type { TimeZone } from "../../domain/time/today.js";

// A row of the planning queue's page: its type, the order its values arrive in, and its mapping.

export type QueueStatus = PlanStatus | "not_started";

/** The Tim Kinerja's recommendation as a list shows it: its values only once sent to the Kepala Dinas. */
type RecommendationRow = { status: RekomendasiStatus; hasilKerja: Expectation | null; perilaku: Expectation | null };

export type Row = {
  id: string;
  personId: string;
  periodId: string;
  periodName: string;
  districtId: string;
  timeZone: TimeZone;
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
  executionOpensOn: IsoDate;
  executionClosesOn: IsoDate;
  assessmentOpensOn: IsoDate;
  assessmentClosesOn: IsoDate;
  /** The practice documents' statuses by kind (null: none yet). */
  documents: Record<string, string> | null;
  /** A KS's persiapan: how the observation is made (null for everyone else). */
  observationMode: ObservationMode | null;
  recommendation: RecommendationRow | null;
};

/**
 * A page row as the statement sends it: a JSON array in this order, not an object. Building 25 keys
 * per row cost PostgreSQL about 40 % more than the values alone (0.27 against 0.16 ms for 30 rows).
 */
export const ROW_COLUMNS = [
  ["id", "p.id"],
  ["personId", "p.person_id"],
  ["periodId", "p.period_id"],
  ["periodName", "p.period_name"],
  ["districtId", "p.district_id"],
  ["timeZone", "p.time_zone"],
  ["track", "p.track"],
  ["schoolId", "p.school_id"],
  ["schoolName", "p.school_name"],
  ["phase", "p.phase"],
  ["planId", "p.plan_id"],
  ["submittedAt", "p.submitted_at"],
  ["name", "p.name"],
  ["nip", "p.nip"],
  ["status", "p.status"],
  ["overdue", "p.overdue"],
  ["pendingReopen", "p.pending_reopen"],
  ["rank", "p.rank"],
  ["executionOpensOn", "p.execution_opens_on"],
  ["executionClosesOn", "p.execution_closes_on"],
  ["assessmentOpensOn", "p.assessment_opens_on"],
  ["assessmentClosesOn", "p.assessment_closes_on"],
  ["documents", "p.docs"],
  ["observationMode", "case when p.track = 'kepala_sekolah' then p.observation_mode end"],
  ["recommendation", "p.recommendation"],
] as const satisfies readonly (readonly [keyof Row, string])[];

const ROW_KEYS = ROW_COLUMNS.map(([key]) => key);

/** A row of the statement's answer as a `Row`: a plain loop (`Object.fromEntries` cost twice JSON.parse's objects). */
export function rowOf(values: unknown[]): Row {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < ROW_KEYS.length; i++) row[ROW_KEYS[i] as string] = values[i];
  return row as Row;
}
