import type { IsoDate } from "../org/types.js";

/** The three phases of a cycle, then done. */
export const PHASES = ["perencanaan", "pelaksanaan", "penilaian", "selesai"] as const;
export type Phase = (typeof PHASES)[number];

export type PeriodWindows = {
  startsOn: IsoDate;
  endsOn: IsoDate;
  planningOpensOn: IsoDate;
  planningClosesOn: IsoDate;
  executionOpensOn: IsoDate;
  executionClosesOn: IsoDate;
  assessmentOpensOn: IsoDate;
  assessmentClosesOn: IsoDate;
};

export type WindowState = "not_open" | "open" | "closed";

export function windowOf(phase: Phase, w: PeriodWindows): { opensOn: IsoDate; closesOn: IsoDate } | null {
  switch (phase) {
    case "perencanaan":
      return { opensOn: w.planningOpensOn, closesOn: w.planningClosesOn };
    case "pelaksanaan":
      return { opensOn: w.executionOpensOn, closesOn: w.executionClosesOn };
    case "penilaian":
      return { opensOn: w.assessmentOpensOn, closesOn: w.assessmentClosesOn };
    default:
      return null;
  }
}

export function windowState(phase: Phase, w: PeriodWindows, today: IsoDate): WindowState | null {
  const win = windowOf(phase, w);
  if (!win) return null;
  if (today < win.opensOn) return "not_open";
  return today <= win.closesOn ? "open" : "closed";
}

/**
 * Problems with a period's schedule, as short Indonesian phrases (empty = valid).
 * Windows may overlap (execution starts while late plans are still approved) but each must
 * lie inside the period, open before it closes, and the phases must start in order.
 */
export function windowProblems(w: PeriodWindows): string[] {
  const problems: string[] = [];
  if (w.endsOn < w.startsOn) problems.push("periode berakhir sebelum dimulai");
  const named: [string, IsoDate, IsoDate][] = [
    ["perencanaan", w.planningOpensOn, w.planningClosesOn],
    ["pelaksanaan", w.executionOpensOn, w.executionClosesOn],
    ["penilaian", w.assessmentOpensOn, w.assessmentClosesOn],
  ];
  for (const [name, from, to] of named) {
    if (to < from) problems.push(`jadwal ${name} ditutup sebelum dibuka`);
    if (from < w.startsOn) problems.push(`jadwal ${name} dibuka sebelum periode dimulai`);
  }
  if (w.executionOpensOn < w.planningOpensOn) problems.push("pelaksanaan dibuka sebelum perencanaan");
  if (w.assessmentOpensOn < w.executionOpensOn) problems.push("penilaian dibuka sebelum pelaksanaan");
  return problems;
}

/** A phase window that is still open when a later phase opens. */
export type PhaseOverlap = {
  phase: Exclude<Phase, "selesai">;
  closesOn: IsoDate;
  next: Exclude<Phase, "selesai" | "perencanaan">;
  nextOpensOn: IsoDate;
};

const ORDERED = ["perencanaan", "pelaksanaan", "penilaian"] as const;

/**
 * Every phase whose window runs into a later phase's: a pegawai is then in two phases at once.
 * Allowed (the templates let late plans be approved while pelaksanaan starts), so it is a warning,
 * never a `windowProblems` error.
 */
export function phaseOverlaps(w: PeriodWindows): PhaseOverlap[] {
  const overlaps: PhaseOverlap[] = [];
  ORDERED.forEach((phase, i) => {
    const own = windowOf(phase, w);
    for (const next of ORDERED.slice(i + 1) as PhaseOverlap["next"][]) {
      const later = windowOf(next, w);
      if (own && later && own.closesOn >= later.opensOn)
        overlaps.push({ phase, closesOn: own.closesOn, next, nextOpensOn: later.opensOn });
    }
  });
  return overlaps;
}

/**
 * The overlaps a change of windows creates (those `before` did not have): what an admin is asked
 * to confirm, so an extension never puts people into two phases by accident.
 */
export function newPhaseOverlaps(before: PeriodWindows, after: PeriodWindows): PhaseOverlap[] {
  const had = new Set(phaseOverlaps(before).map((o) => `${o.phase}>${o.next}`));
  return phaseOverlaps(after).filter((o) => !had.has(`${o.phase}>${o.next}`));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Where the practice stands, for the home card: the current stage and who acts on it (`stageStates`). */
export type PracticeStep = { stage: string | null; nextActor: "owner" | "superior" | null };

/**
 * What the home card says to do next, as a translation key. In planning it follows the plan:
 * waiting for the atasan after a submit, fixing after a return, agreeing after an approval
 * (whatever the window: an atasan may still decide after the close). In pelaksanaan it follows the
 * current practice stage and whose turn it is.
 */
export function nextStepKey(
  phase: Phase,
  state: WindowState | null,
  planStatus?: string,
  practice?: PracticeStep | null,
): string {
  if (phase === "selesai") return "next.done";
  if (phase === "pelaksanaan" && state === "open" && practice?.stage && practice.nextActor) {
    return `next.pelaksanaan.${practice.stage}.${practice.nextActor === "owner" ? "you" : "superior"}`;
  }
  // In penilaian the result is what the pegawai waits for or reads (the practice stays closed).
  if (phase === "penilaian" && practice?.stage === "penilaian" && practice.nextActor) {
    return `next.penilaian.${practice.nextActor === "owner" ? "rated" : "open"}`;
  }
  if (phase === "perencanaan" && (planStatus === "submitted" || planStatus === "approved")) {
    return `next.perencanaan.${planStatus}`;
  }
  if (phase === "perencanaan" && planStatus === "returned" && state !== "closed") return "next.perencanaan.returned";
  if (state === "not_open") return `next.${phase}.wait`;
  if (state === "closed") return `next.${phase}.closed`;
  return `next.${phase}.open`;
}

/** Where a period stands on `today`, in days: how the demo, the tests and the benchmarks describe one. */
export type WindowsAround = {
  openedDaysAgo: number;
  planningDaysLeft: number;
  executionEndsIn: number;
  endsIn: number;
};

/**
 * The windows of a period running on `today`: planning opened `openedDaysAgo` days ago and closes
 * in `planningDaysLeft`, pelaksanaan follows until `executionEndsIn`, penilaian until the end.
 */
export function windowsAround(today: IsoDate, o: WindowsAround): PeriodWindows {
  return {
    startsOn: addDays(today, -o.openedDaysAgo),
    endsOn: addDays(today, o.endsIn),
    planningOpensOn: addDays(today, -o.openedDaysAgo),
    planningClosesOn: addDays(today, o.planningDaysLeft),
    executionOpensOn: addDays(today, o.planningDaysLeft + 1),
    executionClosesOn: addDays(today, o.executionEndsIn),
    assessmentOpensOn: addDays(today, o.executionEndsIn + 1),
    assessmentClosesOn: addDays(today, o.endsIn),
  };
}
