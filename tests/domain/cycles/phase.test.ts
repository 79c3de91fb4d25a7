import { describe, expect, it } from "vitest";
import {
  addDays,
  newPhaseOverlaps,
  nextStepKey,
  type PeriodWindows,
  phaseOverlaps,
  windowProblems,
  windowState,
  windowsAround,
} from "../../../src/domain/cycles/phase.js";

const w: PeriodWindows = {
  startsOn: "2025-01-01",
  endsOn: "2025-12-31",
  planningOpensOn: "2025-01-01",
  planningClosesOn: "2025-01-31",
  executionOpensOn: "2025-02-01",
  executionClosesOn: "2025-11-30",
  assessmentOpensOn: "2025-12-01",
  assessmentClosesOn: "2025-12-31",
};

describe("phase windows", () => {
  it("a valid schedule has no problems", () => {
    expect(windowProblems(w)).toEqual([]);
  });
  it("flags a window that closes before it opens, and phases out of order", () => {
    expect(windowProblems({ ...w, planningClosesOn: "2024-12-31" })).toContain(
      "jadwal perencanaan ditutup sebelum dibuka",
    );
    expect(windowProblems({ ...w, executionOpensOn: "2024-12-01" }).join()).toContain("pelaksanaan dibuka sebelum");
    expect(windowProblems({ ...w, endsOn: "2024-01-01" })).toContain("periode berakhir sebelum dimulai");
  });
  it("warns when a window runs into a later phase (the closing day on the next opening counts)", () => {
    expect(phaseOverlaps(w)).toEqual([]);
    expect(phaseOverlaps({ ...w, planningClosesOn: "2025-02-01" })).toEqual([
      { phase: "perencanaan", closesOn: "2025-02-01", next: "pelaksanaan", nextOpensOn: "2025-02-01" },
    ]);
    const long = phaseOverlaps({ ...w, planningClosesOn: "2025-12-05" }).map((o) => o.next);
    expect(long).toEqual(["pelaksanaan", "penilaian"]);
    // Overlaps stay allowed: a warning, not a schedule problem.
    expect(windowProblems({ ...w, planningClosesOn: "2025-03-31" })).toEqual([]);
  });
  it("asks to confirm only the overlaps a change creates", () => {
    const overlapping = { ...w, planningClosesOn: "2025-03-31" };
    expect(newPhaseOverlaps(w, overlapping).map((o) => o.phase)).toEqual(["perencanaan"]);
    // Already overlapping (a 2025 template): moving the close again is no new warning.
    expect(newPhaseOverlaps(overlapping, { ...w, planningClosesOn: "2025-04-15" })).toEqual([]);
    expect(newPhaseOverlaps(w, { ...w, executionClosesOn: "2025-12-10" })[0]).toMatchObject({
      phase: "pelaksanaan",
      next: "penilaian",
    });
  });
  it("knows whether today is before, inside or after a window (closing day included)", () => {
    expect(windowState("perencanaan", w, "2024-12-31")).toBe("not_open");
    expect(windowState("perencanaan", w, "2025-01-31")).toBe("open");
    expect(windowState("perencanaan", w, "2025-02-01")).toBe("closed");
    expect(windowState("selesai", w, "2025-02-01")).toBeNull();
  });
  it("gives the next-step key per phase and window state", () => {
    expect(nextStepKey("perencanaan", "open")).toBe("next.perencanaan.open");
    expect(nextStepKey("pelaksanaan", "not_open")).toBe("next.pelaksanaan.wait");
    expect(nextStepKey("selesai", null)).toBe("next.done");
  });

  it("in planning, the next step follows the plan's status", () => {
    expect(nextStepKey("perencanaan", "open", "not_started")).toBe("next.perencanaan.open");
    expect(nextStepKey("perencanaan", "open", "draft")).toBe("next.perencanaan.open");
    expect(nextStepKey("perencanaan", "open", "submitted")).toBe("next.perencanaan.submitted");
    expect(nextStepKey("perencanaan", "open", "returned")).toBe("next.perencanaan.returned");
    expect(nextStepKey("perencanaan", "open", "approved")).toBe("next.perencanaan.approved");
    // After the close the atasan may still decide a submitted plan; a returned one needs the admin.
    expect(nextStepKey("perencanaan", "closed", "submitted")).toBe("next.perencanaan.submitted");
    expect(nextStepKey("perencanaan", "closed", "returned")).toBe("next.perencanaan.closed");
    expect(nextStepKey("pelaksanaan", "open", "agreed")).toBe("next.pelaksanaan.open");
  });

  it("in pelaksanaan, the next step follows the practice stage and whose turn it is", () => {
    const at = (stage: string, nextActor: "owner" | "superior" | null) => ({ stage, nextActor });
    expect(nextStepKey("pelaksanaan", "open", "agreed", at("persiapan", "owner"))).toBe(
      "next.pelaksanaan.persiapan.you",
    );
    expect(nextStepKey("pelaksanaan", "open", "agreed", at("observasi", "superior"))).toBe(
      "next.pelaksanaan.observasi.superior",
    );
    // Outside the window nobody acts: the window's own message.
    expect(nextStepKey("pelaksanaan", "closed", "agreed", at("upaya", null))).toBe("next.pelaksanaan.closed");
    expect(nextStepKey("pelaksanaan", "not_open", "agreed", null)).toBe("next.pelaksanaan.wait");
  });
  it("adds days across month and year ends", () => {
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });
});

describe("windowsAround", () => {
  it("describes a valid period around today: each phase starts the day after the one before", () => {
    const w = windowsAround("2026-03-10", {
      openedDaysAgo: 10,
      planningDaysLeft: 5,
      executionEndsIn: 200,
      endsIn: 300,
    });
    expect(w.planningOpensOn).toBe("2026-02-28");
    expect(w.planningClosesOn).toBe("2026-03-15");
    expect(w.executionOpensOn).toBe("2026-03-16");
    expect(w.assessmentOpensOn).toBe(addDays(w.executionClosesOn, 1));
    expect(windowProblems(w)).toEqual([]);
  });
});
