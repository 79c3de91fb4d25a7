import { describe, expect, it } from "vitest";
import { emptyPlanContent } from "../../../src/domain/planning/content.js";
import { recommendIndicator } from "../../../src/domain/planning/recommend.js";
import { planProblems, rhkTotal } from "../../../src/domain/planning/rules.js";
import { allowedActions, transition } from "../../../src/domain/planning/state.js";
import { effectiveClose } from "../../../src/domain/planning/window.js";
import { completeGuruPlan, guruCtx, ruleSet } from "./fixtures.js";

const codes = (c: ReturnType<typeof planProblems>) => c.map((p) => p.code);

describe("plan rules", () => {
  it("a complete 2025 plan has no problems", () => {
    expect(planProblems(completeGuruPlan(), guruCtx())).toEqual([]);
  });

  it("an empty draft lists what each step still needs", () => {
    expect(planProblems(emptyPlanContent(), guruCtx())).toEqual([
      { step: "profil", code: "plan.profileNotConfirmed" },
      { step: "praktik", code: "plan.indicatorRequired" },
      { step: "kompetensi", code: "plan.rhkTooFew", params: { total: 0, min: 32 } },
      { step: "tugas", code: "plan.dutiesUnanswered" },
    ]);
  });

  it("a reported profile correction answers the profile step", () => {
    const plan = { ...completeGuruPlan(), profileConfirmed: false };
    expect(codes(planProblems(plan, guruCtx()))).toEqual(["plan.profileNotConfirmed"]);
    expect(planProblems(plan, { ...guruCtx(), correctionReported: true })).toEqual([]);
  });

  it("exactly one indicator from the catalogue; a KS picks from the leadership list", () => {
    expect(codes(planProblems({ ...completeGuruPlan(), indicatorCode: "tidak-ada" }, guruCtx()))).toEqual([
      "plan.indicatorRequired",
    ]);
    const ks = { ...guruCtx(), track: "kepala_sekolah" as const };
    expect(codes(planProblems(completeGuruPlan(), ks))).toEqual(["plan.indicatorRequired"]);
    const leadership = ruleSet("2025-annual").leadershipIndicators[0]?.code ?? "";
    expect(planProblems({ ...completeGuruPlan(), indicatorCode: leadership }, ks)).toEqual([]);
  });

  it("RHK points: 2024 and 2025 need 32–128, 2026 has no points", () => {
    const rs = ruleSet("2024-semester");
    expect(rhkTotal([{ code: "peserta-webinar", quantity: 3 }], rs)).toBe(12);
    const few = { ...completeGuruPlan(), rhk: [{ code: "peserta-webinar", quantity: 7 }] };
    expect(planProblems(few, guruCtx("2024-semester"))).toContainEqual({
      step: "kompetensi",
      code: "plan.rhkTooFew",
      params: { total: 28, min: 32 },
    });
    const exactlyMin = { ...completeGuruPlan(), rhk: [{ code: "peserta-webinar", quantity: 8 }] };
    expect(planProblems(exactlyMin, guruCtx("2024-semester"))).toEqual([]);
    const many = { ...completeGuruPlan(), rhk: [{ code: "penggerak-komunitas-belajar", quantity: 4 }] };
    expect(codes(planProblems(many, guruCtx("2024-semester")))).toEqual(["plan.rhkTooMany"]);
    expect(planProblems({ ...completeGuruPlan(), rhk: [] }, guruCtx("2026-annual"))).toEqual([]);
  });

  it("an emptied RHK quantity counts nothing and is named as missing", () => {
    const rs = ruleSet("2024-semester");
    expect(rhkTotal([{ code: "peserta-webinar", quantity: null }], rs)).toBe(0);
    const plan = { ...completeGuruPlan(), rhk: [{ code: "peserta-webinar", quantity: null }] };
    const problems = planProblems(plan, guruCtx("2026-annual"));
    expect(problems).toEqual([
      { step: "kompetensi", code: "plan.rhkQuantityRequired", params: { role: expect.any(String) } },
    ]);
  });

  it("unknown or duplicated RHK items are refused", () => {
    const plan = {
      ...completeGuruPlan(),
      rhk: [
        { code: "penggerak-komunitas-belajar", quantity: 1 },
        { code: "penggerak-komunitas-belajar", quantity: 1 },
        { code: "karangan", quantity: 1 },
      ],
    };
    expect(codes(planProblems(plan, guruCtx()))).toEqual(["plan.rhkUnknown", "plan.rhkDuplicate"]);
  });

  it("tugas tambahan: none is valid; a duty needs targets, and an SK where uploads are required", () => {
    const duty = { name: "Wali kelas", skFileId: null, targetQuantity: 1, targetUnit: "laporan", targetMonths: 12 };
    const withDuty = { ...completeGuruPlan(), noDuties: false, duties: [duty] };
    expect(planProblems(withDuty, guruCtx("2025-annual"))).toEqual([]);
    expect(codes(planProblems(withDuty, guruCtx("2024-semester")))).toEqual(["plan.skRequired"]);
    const noTarget = { ...withDuty, duties: [{ ...duty, targetMonths: null }] };
    expect(codes(planProblems(noTarget, guruCtx()))).toEqual(["plan.dutyTargetRequired"]);
    expect(codes(planProblems({ ...withDuty, noDuties: true }, guruCtx()))).toEqual(["plan.dutiesConflict"]);
  });

  it("a pengawas names exactly 3 of the schools they supervise", () => {
    const ctx = { ...guruCtx(), track: "pengawas" as const, supervisedSchoolIds: ["a", "b", "c", "d"] };
    const base = { ...completeGuruPlan(), indicatorCode: null };
    expect(planProblems({ ...base, schoolIds: ["a", "b", "c"] }, ctx)).toEqual([]);
    expect(codes(planProblems({ ...base, schoolIds: ["a", "b"] }, ctx))).toEqual(["plan.schoolsRequired"]);
    expect(codes(planProblems({ ...base, schoolIds: ["a", "b", "x"] }, ctx))).toEqual(["plan.schoolsRequired"]);
    expect(codes(planProblems({ ...base, schoolIds: ["a", "a", "b"] }, ctx))).toEqual(["plan.schoolsRequired"]);
  });
});

describe("plan state machine", () => {
  it("allows each action only to the right role in the right state", () => {
    expect(transition("draft", "submit", ["owner"])).toEqual({ ok: true, to: "submitted" });
    expect(transition("draft", "submit", ["superior"])).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(transition("submitted", "approve", ["superior"])).toEqual({ ok: true, to: "approved" });
    expect(transition("submitted", "approve", ["owner"])).toEqual({ ok: false, reason: "FORBIDDEN" });
    expect(transition("draft", "approve", ["superior"])).toEqual({ ok: false, reason: "INVALID_STATE" });
    expect(transition("approved", "agree", ["owner"])).toEqual({ ok: true, to: "agreed" });
    expect(transition("agreed", "save", ["owner"])).toEqual({ ok: false, reason: "INVALID_STATE" });
    expect(transition("agreed", "reopen", ["admin"])).toEqual({ ok: true, to: "draft" });
    expect(transition("submitted", "reopen", ["admin"])).toEqual({ ok: false, reason: "INVALID_STATE" });
  });
  it("lists the actions open to a role", () => {
    expect(allowedActions("returned", ["owner"])).toEqual(["save", "submit"]);
    expect(allowedActions("submitted", ["superior"])).toEqual(["approve", "return"]);
    expect(allowedActions("agreed", ["owner"])).toEqual(["requestReopen"]);
  });
});

describe("recommendation from the Rapor Pendidikan", () => {
  const order = ruleSet("2025-annual").practiceIndicators.map((i) => i.code);
  it("recommends the indicator with the lowest score", () => {
    const r = recommendIndicator(
      [
        { indicatorCode: "aktivitas-interaktif", score: 61, category: null },
        { indicatorCode: "umpan-balik-konstruktif", score: 48, category: null },
      ],
      order,
    );
    expect(r).toEqual({ indicatorCode: "umpan-balik-konstruktif", basis: "score" });
  });
  it("falls back to the weakest category, ties in catalogue order", () => {
    const r = recommendIndicator(
      [
        { indicatorCode: "instruksi-yang-adaptif", score: null, category: "kurang" },
        { indicatorCode: "penerapan-disiplin-positif", score: null, category: "kurang" },
        { indicatorCode: "keteraturan-suasana-kelas", score: null, category: "baik" },
      ],
      order,
    );
    expect(r).toEqual({ indicatorCode: "penerapan-disiplin-positif", basis: "category" });
  });
  it("no data → no recommendation", () => {
    expect(recommendIndicator([], order)).toBeNull();
    expect(recommendIndicator([{ indicatorCode: "asing", score: 1, category: null }], order)).toBeNull();
  });
});

describe("planning window extensions", () => {
  const ext = [
    { scope: "school" as const, schoolId: "s1", personId: null, closesOn: "2026-02-15" },
    { scope: "person" as const, schoolId: null, personId: "p2", closesOn: "2026-03-01" },
  ];
  it("applies the latest extension covering the person, else the period's date", () => {
    expect(effectiveClose("2026-01-31", ext, { personId: "p1", schoolId: "s1" })).toBe("2026-02-15");
    expect(effectiveClose("2026-01-31", ext, { personId: "p2", schoolId: "s9" })).toBe("2026-03-01");
    expect(effectiveClose("2026-01-31", ext, { personId: "p3", schoolId: "s9" })).toBe("2026-01-31");
  });
});
