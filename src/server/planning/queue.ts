import type { Db } from "../../db/client.js";
import { predikatOf } from "../../domain/assessment/predikat.js";
import type { Phase } from "../../domain/cycles/phase.js";
import { assessorRoleIn, type CycleTrack, superiorOn } from "../../domain/org/assessors.js";
import type { IsoDate } from "../../domain/org/types.js";
import { practiceSummary } from "../../domain/practice/stages.js";
import { dateInZone } from "../../domain/time/today.js";
import { containsPattern, decodeCursor, encodeCursor } from "../core/cursor.js";
import { AppError } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { RIDING_SHAPE } from "./queue-rider.js";
import { closesOf, factOf, type PeriodRow, periodsOf, type QueueStatus, type Row, rowOf } from "./queue-row.js";
import { type Answer, queueStatement } from "./queue-statement.js";

export type { QueueStatus } from "./queue-row.js";
export type QueueFilter = "all" | "overdue" | QueueStatus;
/** Whose cycles: one track, or `leaders` (KS and pengawas: the Tim Kinerja's and the Kepala Dinas's). */
export type QueueTrack = CycleTrack | "leaders";
export type QueuePage = {
  q?: string | undefined;
  filter: QueueFilter;
  track?: QueueTrack | undefined;
  cursor?: string | undefined;
  limit: number;
};

/**
 * The atasan's view of planning, a page at a time: the plans of the people they assess, in
 * the order that needs them first, searched by name or NIP and filtered by status or overdue.
 * The stored atasan and Tim Kinerja membership pre-select the rows; `assessorRoleOn` confirms
 * each (a Plt sees their teachers only while their Plt assignment runs), so a page may hold
 * fewer rows than `limit` and still have a next page. The counts per status and phase are over
 * the same pre-selection (the stored atasan is re-derived by the same rule on every assignment
 * change and hourly).
 */
export async function planningQueue(
  db: Db,
  actor: SessionActor,
  now: Date,
  page: QueuePage,
  /** The answer as `queueRider` read it with the session, if it rode. */
  ride?: unknown,
) {
  const after = decodeCursor(page.cursor, 3) as [number, string, string] | null;
  if (after && typeof after[0] !== "number") throw new AppError("VALIDATION", "error.badCursor");
  const pattern = containsPattern(page.q);
  const shape = {
    search: pattern !== null,
    cursor: after !== null,
    track: page.track !== undefined,
    filter: page.filter !== "all",
    limit: page.limit + 1,
    rare: false,
  };
  const run = async (rare: boolean) => {
    const [row] = await queueStatement(db, { ...shape, rare }).execute({
      actor: actor.personId,
      now: now.toISOString(),
      pattern,
      filter: page.filter,
      track: page.track ?? null,
      afterRank: after?.[0] ?? null,
      afterName: after?.[1] ?? null,
      afterId: after?.[2] ?? null,
      limit: page.limit + 1,
    });
    return row as { answer: Answer | null } | undefined;
  };
  // What rode answers only the very shape it was read for (the validated query, not the raw one).
  const rode = ride as { answer: Answer | null } | undefined;
  const riding =
    rode !== undefined && (Object.keys(shape) as (keyof typeof shape)[]).every((k) => shape[k] === RIDING_SHAPE[k]);
  const lean = riding ? rode : await run(false);
  // A pending reopen request or an extension past the planning close among the viewer's: the
  // statement with their branches, a second round trip only then.
  const result = lean?.answer?.rare ? await run(true) : lean;
  const answer = result?.answer ?? { rows: [], periods: [], groups: [], facts: [], rare: false };
  const { groups } = answer;
  const periods = periodsOf(answer.periods);
  const rows = answer.rows.map(rowOf);
  const facts = answer.facts.map(factOf);
  const examined = rows.slice(0, page.limit);
  // The cursor is the last row examined, shown or not: no row is skipped or repeated.
  const last = examined.at(-1);
  const names = new Map(facts.flatMap((f) => (f.name ? [[f.personId, f.name] as const] : [])));
  const items = examined.flatMap((r) => {
    const period = periods.get(r.periodId) as PeriodRow;
    const subject = { personId: r.personId, track: r.track, districtId: period.districtId, schoolId: r.schoolId };
    const today = dateInZone(now, period.timeZone);
    // The rule asked once a row: its answer says both whether the viewer assesses them and as what,
    // and who observes and rates them (the Tim Kinerja of a KS or pengawas; a guru's KS needs no naming).
    const superior = superiorOn(subject, facts, today);
    const as = assessorRoleIn(actor.personId, subject, superior);
    if (!as) return [];
    const members = r.track === "guru" ? [] : superior.assessorIds;
    return [
      {
        cycleId: r.id,
        personId: r.personId,
        periodId: r.periodId,
        periodName: period.name,
        planId: r.planId,
        name: r.name,
        nip: r.nip,
        track: r.track,
        schoolName: r.schoolName,
        phase: r.phase,
        status: r.status,
        submittedAt: r.submittedAt,
        overdue: r.overdue,
        pendingReopen: r.pendingReopen,
        practice: practiceOf(r, period, today, as === "tim_kinerja"),
        as,
        timKinerja: members.map((id) => names.get(id) ?? ""),
        recommendation: r.recommendation && {
          status: r.recommendation.status,
          hasilKerja: r.recommendation.hasilKerja,
          perilaku: r.recommendation.perilaku,
          predikat:
            r.recommendation.hasilKerja && r.recommendation.perilaku
              ? predikatOf(r.recommendation.hasilKerja, r.recommendation.perilaku)
              : null,
        },
      },
    ];
  });
  const counts: Record<QueueStatus, number> = {
    not_started: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    approved: 0,
    agreed: 0,
  };
  const byPhase: Partial<Record<Phase, number>> = {};
  let overdueCount = 0;
  let total = 0;
  for (const g of groups) {
    counts[g.status] += g.n;
    byPhase[g.phase] = (byPhase[g.phase] ?? 0) + g.n;
    overdueCount += g.overdue;
    total += g.matching;
  }
  return {
    counts,
    byPhase,
    overdue: overdueCount,
    total,
    items,
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.rank, last.name, last.id]) : null,
  };
}

/** Where an agreed plan's practice stands: the current stage and who acts on it (`practiceSummary`). */
function practiceOf(r: Row, period: PeriodRow, today: IsoDate, timKinerja: boolean) {
  if (r.status !== "agreed") return null;
  const closes = closesOf(r, period);
  return practiceSummary(
    {
      track: r.track,
      planStatus: "agreed",
      window: { opensOn: period.executionOpensOn, closesOn: closes.execution },
      assessmentWindow: { opensOn: period.assessmentOpensOn, closesOn: closes.assessment },
      today,
      documents: r.documents ?? {},
    },
    r.observationMode,
    timKinerja,
  );
}
