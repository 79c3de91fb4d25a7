import { describe, expect, it } from "vitest";
import { decide } from "../../../src/domain/documents/engine.js";
import {
  BUKTI_DUKUNG_DOCUMENT,
  buktiDukungFiles,
  buktiDukungProblems,
  emptyBuktiDukung,
  resultsMode,
  ZBuktiDukungContent,
} from "../../../src/domain/practice/bukti-dukung.js";
import { NO_PLAN_TARGETS } from "../../../src/domain/practice/context.js";
import {
  completeBuktiDukung,
  DUTY,
  FILE_ID,
  FILE_ID_2,
  OPEN_WINDOW,
  practiceCtx,
  RHK_CODE,
  type RuleSetCode,
} from "./fixtures.js";

const codes = (list: { code: string }[]) => list.map((p) => p.code);

describe("bukti dukung / laporan: the rule set decides what is asked", () => {
  const rows: [RuleSetCode, "bukti" | "laporan"][] = [
    ["2024-semester", "bukti"],
    ["2025-annual", "laporan"],
    ["2026-annual", "laporan"],
  ];

  it.each(rows)("%s asks for the %s", (rs, mode) => {
    const ctx = practiceCtx(rs);
    expect(resultsMode(ctx.ruleSet)).toBe(mode);
    expect(buktiDukungProblems(completeBuktiDukung(mode), ctx)).toEqual([]);
  });

  it("2024: per RHK item the achieved quantity (with its target) and evidence; per tugas tambahan the achieved quantity and a report", () => {
    const ctx = practiceCtx("2024-semester");
    expect(buktiDukungProblems(emptyBuktiDukung(), ctx)).toEqual([
      { at: "rhk", code: "practice.bukti_dukung.achievedRequired", params: { code: RHK_CODE, target: 2 } },
      { at: "rhk", code: "practice.bukti_dukung.evidenceRequired", params: { code: RHK_CODE } },
      { at: "tugas", code: "practice.bukti_dukung.dutyAchievedRequired", params: { name: DUTY } },
      { at: "tugas", code: "practice.bukti_dukung.dutyReportRequired", params: { name: DUTY } },
    ]);
    // Short of the target is a result to discuss, not a missing field; zero counts as an answer.
    const c = completeBuktiDukung("bukti");
    const zero = { ...c, rhk: { [RHK_CODE]: { achieved: 0, files: [FILE_ID], reflection: "" } } };
    expect(buktiDukungProblems(zero, ctx)).toEqual([]);
    // A written laporan is no evidence under 2024.
    expect(codes(buktiDukungProblems(completeBuktiDukung("laporan"), ctx))).toEqual([
      "practice.bukti_dukung.achievedRequired",
      "practice.bukti_dukung.evidenceRequired",
      "practice.bukti_dukung.dutyAchievedRequired",
      "practice.bukti_dukung.dutyReportRequired",
    ]);
  });

  it.each(["2025-annual", "2026-annual"] as const)(
    "%s: a reflection per competence item and the main duty's report; no uploads",
    (rs) => {
      const ctx = practiceCtx(rs);
      expect(buktiDukungProblems(emptyBuktiDukung(), ctx)).toEqual([
        { at: "kompetensi", code: "practice.bukti_dukung.reflectionRequired", params: { code: RHK_CODE } },
        { at: "tugasPokok", code: "practice.bukti_dukung.mainDutyRequired" },
        { at: "tugasPokok", code: "practice.bukti_dukung.mainDutyReportRequired" },
      ]);
      const withFiles = {
        ...completeBuktiDukung("laporan"),
        duties: { [DUTY]: { achieved: 1, files: [FILE_ID], report: "" } },
      };
      expect(codes(buktiDukungProblems(withFiles, ctx))).toEqual(["practice.bukti_dukung.filesNotAllowed"]);
      // Tugas tambahan are not reported in a laporan.
      expect(codes(buktiDukungProblems(completeBuktiDukung("laporan"), ctx))).toEqual([]);
    },
  );

  it("a plan without RHK items or duties asks for nothing in 2024 and only the main duty from 2025", () => {
    expect(buktiDukungProblems(emptyBuktiDukung(), practiceCtx("2024-semester", { plan: NO_PLAN_TARGETS }))).toEqual(
      [],
    );
    expect(
      codes(buktiDukungProblems(emptyBuktiDukung(), practiceCtx("2026-annual", { plan: NO_PLAN_TARGETS }))),
    ).toEqual(["practice.bukti_dukung.mainDutyRequired", "practice.bukti_dukung.mainDutyReportRequired"]);
  });

  it("lists every file it refers to once, so the server can check each is the guru's", () => {
    const c = completeBuktiDukung("bukti");
    expect(buktiDukungFiles(c).sort()).toEqual([FILE_ID, FILE_ID_2].sort());
    const twice = { ...c, duties: { [DUTY]: { achieved: 1, files: [FILE_ID], report: "" } } };
    expect(buktiDukungFiles(twice)).toEqual([FILE_ID]);
    expect(BUKTI_DUKUNG_DOCUMENT.fileIds?.(emptyBuktiDukung())).toEqual([]);
  });

  it("bounds what a draft may hold: files per item, quantities, entries", () => {
    const parse = (rhk: unknown) => ZBuktiDukungContent.safeParse({ rhk }).success;
    expect(parse({ [RHK_CODE]: { files: Array(5).fill(FILE_ID) } })).toBe(true);
    expect(parse({ [RHK_CODE]: { files: Array(6).fill(FILE_ID) } })).toBe(false);
    expect(parse({ [RHK_CODE]: { achieved: -1 } })).toBe(false);
    expect(parse({ [RHK_CODE]: { achieved: 1.5 } })).toBe(false);
    expect(parse({ [RHK_CODE]: { achieved: 1001 } })).toBe(false);
    expect(parse({ [RHK_CODE]: { files: ["bukan-uuid"] } })).toBe(false);
    expect(parse(Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`butir-${i}`, {}])))).toBe(false);
    expect(ZBuktiDukungContent.parse({})).toEqual(emptyBuktiDukung());
    expect(ZBuktiDukungContent.parse(completeBuktiDukung("bukti"))).toEqual(completeBuktiDukung("bukti"));
  });

  it("the atasan verifies a complete one or returns it with a note; the guru hands it in again", () => {
    const def = BUKTI_DUKUNG_DOCUMENT;
    const ctx = practiceCtx("2024-semester");
    const submitted = { status: "submitted" as const, content: completeBuktiDukung("bukti"), version: 4, revision: 1 };
    expect(
      decide(
        def,
        submitted,
        { type: "act", action: "return", version: 4, note: "kurang" },
        ["superior"],
        ctx,
        OPEN_WINDOW,
      ),
    ).toMatchObject({
      ok: false,
      error: "NOTE_REQUIRED",
    });
    const back = decide(
      def,
      submitted,
      { type: "act", action: "return", version: 4, note: "Sertifikat belum terbaca." },
      ["superior"],
      ctx,
      OPEN_WINDOW,
    );
    expect(back).toMatchObject({ ok: true, next: { status: "returned", version: 4 }, changed: true });
    const returned = { ...submitted, status: "returned" as const };
    expect(
      decide(def, returned, { type: "act", action: "submit", version: 4 }, ["owner"], ctx, OPEN_WINDOW),
    ).toMatchObject({
      ok: true,
      next: { status: "submitted" },
    });
    expect(
      decide(def, submitted, { type: "act", action: "verify", version: 4 }, ["superior"], ctx, OPEN_WINDOW),
    ).toMatchObject({
      ok: true,
      next: { status: "verified" },
    });
    // Incomplete under the rule set: no verification.
    const laporanOnly = { ...submitted, content: completeBuktiDukung("laporan") };
    expect(
      decide(def, laporanOnly, { type: "act", action: "verify", version: 4 }, ["superior"], ctx, OPEN_WINDOW),
    ).toMatchObject({
      ok: false,
      error: "INCOMPLETE",
    });
  });
});
