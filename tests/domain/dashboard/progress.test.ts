import { describe, expect, it } from "vitest";
import {
  countsOf,
  PLAN_PROGRESS,
  PRACTICE_PLACES,
  type ProgressRow,
  planNextActor,
  schoolProgress,
} from "../../../src/domain/dashboard/progress.js";
import { planningOverdue } from "../../../src/domain/planning/window.js";
import type { PracticeKind } from "../../../src/domain/practice/stages.js";

let n = 0;
const row = (over: Partial<ProgressRow> = {}): ProgressRow => ({
  cycleId: `c${++n}`,
  name: `Guru ${n}`,
  phase: "perencanaan",
  planStatus: "draft",
  planningOverdue: false,
  practice: null,
  ...over,
});
const practice = (
  stage: PracticeKind | null,
  nextActor: "owner" | "superior" | null,
  awaitingSuperior: PracticeKind[] = nextActor === "superior" && stage ? [stage] : [],
  done = false,
) => ({ stage, nextActor, awaitingSuperior, done });

describe("a school's progress (the KS dashboard)", () => {
  it("counts every phase and plan status, zeros included", () => {
    const p = schoolProgress([
      row({ planStatus: "not_started" }),
      row({ planStatus: "submitted" }),
      row({ phase: "pelaksanaan", planStatus: "agreed", practice: practice("persiapan", "owner") }),
    ]);
    expect(p.total).toBe(3);
    expect(p.byPhase).toEqual({ perencanaan: 2, pelaksanaan: 1, penilaian: 0, selesai: 0 });
    expect(p.byPlanStatus).toEqual({ not_started: 1, draft: 0, returned: 0, submitted: 1, approved: 0, agreed: 1 });
  });

  it("places each agreed plan's practice at its stage with who must act, every place listed in order", () => {
    const p = schoolProgress([
      row({ planStatus: "agreed", practice: practice(null, null) }),
      row({ planStatus: "agreed", practice: practice("persiapan", "owner") }),
      row({ planStatus: "agreed", practice: practice("persiapan", "superior") }),
      row({ planStatus: "agreed", practice: practice("observasi", "superior") }),
      // The window has closed: the stage is open but nobody can act.
      row({ planStatus: "agreed", practice: practice("refleksi", null) }),
      row({ planStatus: "agreed", practice: practice(null, null, [], true) }),
      row({ planStatus: "approved" }),
    ]);
    expect(p.practice.map((c) => c.place)).toEqual([...PRACTICE_PLACES]);
    const at = (place: string) => p.practice.find((c) => c.place === place);
    expect(at("not_open")).toEqual({ place: "not_open", owner: 0, superior: 0, nobody: 1 });
    expect(at("persiapan")).toEqual({ place: "persiapan", owner: 1, superior: 1, nobody: 0 });
    expect(at("observasi")).toEqual({ place: "observasi", owner: 0, superior: 1, nobody: 0 });
    expect(at("refleksi")).toEqual({ place: "refleksi", owner: 0, superior: 0, nobody: 1 });
    expect(at("done")).toEqual({ place: "done", owner: 0, superior: 0, nobody: 1 });
    const placed = p.practice.reduce((sum, c) => sum + c.owner + c.superior + c.nobody, 0);
    expect(placed).toBe(6);
  });

  it("lists the first few overdue and waiting names alphabetically, with the full counts", () => {
    const rows = ["Wati", "Ani", "Budi", "Citra", "Dedi", "Eka", "Fajar"].map((name) =>
      row({ name, planningOverdue: true, planStatus: "returned" }),
    );
    const waiting = row({
      name: "Zaki",
      planStatus: "agreed",
      // The current stage is the teacher's; the bukti dukung beside it waits on the KS.
      practice: practice("refleksi", "owner", ["bukti_dukung"]),
    });
    const p = schoolProgress([...rows, waiting, row({ name: "Yuni" })], 5);
    expect(p.planningOverdue.count).toBe(7);
    expect(p.planningOverdue.first.map((r) => r.name)).toEqual(["Ani", "Budi", "Citra", "Dedi", "Eka"]);
    expect(p.planningOverdue.first[0]?.planStatus).toBe("returned");
    expect(p.awaitingSuperior).toEqual({
      count: 1,
      first: [{ cycleId: waiting.cycleId, name: "Zaki", stages: ["bukti_dukung"] }],
    });
  });

  it("is all zeros for nobody (a KS beside an appointed Plt assesses no one)", () => {
    const p = schoolProgress([]);
    expect(p.total).toBe(0);
    expect(Object.values(p.byPhase).every((v) => v === 0)).toBe(true);
    expect(p.practice.every((c) => c.owner + c.superior + c.nobody === 0)).toBe(true);
    expect(p.planningOverdue).toEqual({ count: 0, first: [] });
  });
});

describe("who moves a plan forward", () => {
  it("is the owner until it is handed in, the atasan while submitted, the owner to agree, nobody once agreed", () => {
    expect(Object.fromEntries(PLAN_PROGRESS.map((s) => [s, planNextActor(s)]))).toEqual({
      not_started: "owner",
      draft: "owner",
      returned: "owner",
      submitted: "superior",
      approved: "owner",
      agreed: "nobody",
    });
  });
});

describe("counts from SQL groups (the district dashboard)", () => {
  it("sums phase × status groups into both breakdowns", () => {
    expect(
      countsOf([
        { phase: "perencanaan", status: "draft", n: 3 },
        { phase: "perencanaan", status: "submitted", n: 2 },
        { phase: "pelaksanaan", status: "agreed", n: 4 },
      ]),
    ).toEqual({
      total: 9,
      byPhase: { perencanaan: 5, pelaksanaan: 4, penilaian: 0, selesai: 0 },
      byPlanStatus: { not_started: 0, draft: 3, returned: 0, submitted: 2, approved: 0, agreed: 4 },
    });
  });
});

describe("planning overdue (as the queue judges it)", () => {
  it("is an unfinished plan after the effective close, never an approved or agreed one, never on the closing day", () => {
    for (const s of ["not_started", "draft", "returned", "submitted"]) {
      expect(planningOverdue(s, "2026-02-01", "2026-01-31")).toBe(true);
      expect(planningOverdue(s, "2026-01-31", "2026-01-31")).toBe(false);
    }
    expect(planningOverdue("approved", "2026-02-01", "2026-01-31")).toBe(false);
    expect(planningOverdue("agreed", "2026-02-01", "2026-01-31")).toBe(false);
  });
});
