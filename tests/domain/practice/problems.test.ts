import { describe, expect, it } from "vitest";
import { emptyObservasi, observasiProblems, ZObservasiContent } from "../../../src/domain/practice/observasi.js";
import { emptyPersiapan, persiapanProblems, ZPersiapanContent } from "../../../src/domain/practice/persiapan.js";
import { emptyRefleksi, refleksiProblems, ZRefleksiContent } from "../../../src/domain/practice/refleksi.js";
import {
  emptyTindakLanjut,
  tindakLanjutProblems,
  ZTindakLanjutContent,
} from "../../../src/domain/practice/tindak-lanjut.js";
import { emptyUpaya, upayaProblems, ZUpayaContent } from "../../../src/domain/practice/upaya.js";
import {
  completeObservasi,
  completePersiapan,
  completeRefleksi,
  completeTindakLanjut,
  completeUpaya,
  ENTRY_ID,
  FILE_ID,
  practiceCtx,
  type RuleSetCode,
  TARGETS,
} from "./fixtures.js";

const RULE_SETS: RuleSetCode[] = ["2024-semester", "2025-annual", "2026-annual"];
const codes = (list: { code: string }[]) => list.map((p) => p.code);

describe.each(RULE_SETS)("practice problems under %s", (rs) => {
  const ctx = practiceCtx(rs);
  const uploads = ctx.ruleSet.settings.evidenceUploadsRequired;

  it("complete documents have no problems", () => {
    expect(persiapanProblems(completePersiapan(), ctx)).toEqual([]);
    expect(observasiProblems(completeObservasi(), { ...ctx, closingDue: true })).toEqual([]);
    expect(tindakLanjutProblems(completeTindakLanjut(), ctx)).toEqual([]);
    expect(upayaProblems(completeUpaya(), ctx)).toEqual([]);
    expect(refleksiProblems(completeRefleksi(), { ...ctx, closingDue: true })).toEqual([]);
  });

  it("persiapan: empty says what is missing, by section", () => {
    expect(persiapanProblems(emptyPersiapan(), ctx)).toEqual([
      { at: "target", code: "practice.persiapan.targetRequired" },
      { at: "jadwal", code: "practice.persiapan.scheduleDateRequired" },
      { at: "jadwal", code: "practice.persiapan.scheduleTimeRequired" },
      { at: "jadwal", code: "practice.persiapan.scheduleClassRequired" },
      { at: "jadwal", code: "practice.persiapan.scheduleSubjectRequired" },
      { at: "jadwal", code: "practice.persiapan.schedulePlaceRequired" },
    ]);
  });

  it("persiapan: targets must be the plan indicator's, once each, each with its upaya", () => {
    const c = completePersiapan();
    const bad = {
      ...c,
      targets: [
        { code: "komunikasi-positif", upaya: "x" },
        { code: TARGETS[0], upaya: "x" },
        { code: TARGETS[0], upaya: "  " },
      ],
    };
    expect(persiapanProblems(bad, ctx)).toEqual([
      { at: "target", code: "practice.persiapan.targetUnknown", params: { code: "komunikasi-positif" } },
      { at: "target", code: "practice.persiapan.targetDuplicate", params: { code: TARGETS[0] } },
      { at: "target", code: "practice.persiapan.upayaRequired", params: { code: TARGETS[0] } },
    ]);
    expect(codes(persiapanProblems(c, { ...ctx, indicatorCode: null }))).toEqual([
      "practice.persiapan.indicatorUnknown",
      "practice.persiapan.targetUnknown",
      "practice.persiapan.targetUnknown",
    ]);
  });

  it("persiapan: the observation cannot be scheduled before today; today is fine", () => {
    const c = completePersiapan();
    expect(codes(persiapanProblems({ ...c, schedule: { ...c.schedule, date: "2025-03-09" } }, ctx))).toEqual([
      "practice.persiapan.scheduleInPast",
    ]);
    expect(persiapanProblems({ ...c, schedule: { ...c.schedule, date: "2025-03-10" } }, ctx)).toEqual([]);
  });

  it(`persiapan: uploads are ${uploads ? "allowed" : "a problem"} under this rule set`, () => {
    const c = { ...completePersiapan(), files: [FILE_ID] };
    expect(codes(persiapanProblems(c, ctx))).toEqual(uploads ? [] : ["practice.persiapan.filesNotAllowed"]);
  });

  it("observasi: every chosen target needs a rating and evidence; the follow-up rating once due", () => {
    expect(observasiProblems(emptyObservasi(), ctx)).toEqual(
      TARGETS.flatMap((code) => [
        { at: "observasi", code: "practice.observasi.ratingRequired", params: { code } },
        { at: "observasi", code: "practice.observasi.evidenceRequired", params: { code } },
      ]),
    );
    expect(observasiProblems(completeObservasi(false), ctx)).toEqual([]);
    expect(observasiProblems(completeObservasi(false), { ...ctx, closingDue: true })).toEqual([
      { at: "tindakLanjut", code: "practice.observasi.followUpRatingRequired" },
    ]);
    expect(codes(observasiProblems(completeObservasi(), { ...ctx, chosenTargets: [] }))).toEqual([
      "practice.observasi.noTargets",
    ]);
    const c = completeObservasi();
    const t0 = c.targets[TARGETS[0]];
    if (!t0) throw new Error("fixture");
    const badAvoid = { ...c, targets: { ...c.targets, [TARGETS[0]]: { ...t0, avoidSeen: [3] } } };
    expect(codes(observasiProblems(badAvoid, ctx))).toEqual(["practice.observasi.avoidUnknown"]);
  });

  it("tindak lanjut: Pilihan Belajar is mandatory, Pelatihan Mandiri complete once started", () => {
    expect(codes(tindakLanjutProblems(emptyTindakLanjut(), ctx))).toEqual([
      "practice.tindak_lanjut.challengesRequired",
      "practice.tindak_lanjut.learningGoalRequired",
      "practice.tindak_lanjut.learningEffortRequired",
      "practice.tindak_lanjut.learningScheduleRequired",
      "practice.tindak_lanjut.learningSupportRequired",
      "practice.tindak_lanjut.learningModeRequired",
    ]);
    const c = completeTindakLanjut();
    const other = { ...c, learning: { ...c.learning, mode: "other" as const, schedule: [{ date: null, action: "" }] } };
    expect(tindakLanjutProblems(other, ctx)).toEqual([
      { at: "pilihanBelajar", code: "practice.tindak_lanjut.learningScheduleItemIncomplete", params: { index: 1 } },
      { at: "pilihanBelajar", code: "practice.tindak_lanjut.otherModeRequired" },
    ]);
    const started = { ...c, selfTraining: { ...c.selfTraining, module: "Modul PMM" } };
    expect(codes(tindakLanjutProblems(started, ctx))).toEqual(["practice.tindak_lanjut.selfTrainingIncomplete"]);
    const reversed = {
      ...c,
      selfTraining: { goal: "g", module: "m", from: "2025-05-01", to: "2025-04-01", support: "" },
    };
    expect(codes(tindakLanjutProblems(reversed, ctx))).toEqual(["practice.tindak_lanjut.selfTrainingPeriodOrder"]);
  });

  it("upaya: at least one entry, each dated (not in the future) and described", () => {
    expect(codes(upayaProblems(emptyUpaya(), ctx))).toEqual(["practice.upaya.entryRequired"]);
    const [e] = completeUpaya().entries;
    if (!e) throw new Error("fixture");
    const c = {
      ...emptyUpaya(),
      entries: [
        { ...e, date: "2025-03-11" },
        { ...e, date: null, action: "" },
      ],
    };
    expect(upayaProblems(c, ctx)).toEqual([
      { at: "catatan", code: "practice.upaya.entryInFuture", params: { index: 1, date: "2025-03-11" } },
      { at: "catatan", code: "practice.upaya.entryDuplicate", params: { index: 2 } },
      { at: "catatan", code: "practice.upaya.entryDateRequired", params: { index: 2 } },
      { at: "catatan", code: "practice.upaya.entryActionRequired", params: { index: 2 } },
    ]);
  });

  it("refleksi: four answers, exactly three challenges, the discussion once due", () => {
    expect(codes(refleksiProblems(emptyRefleksi(), ctx))).toEqual([
      "practice.refleksi.inspirationRequired",
      "practice.refleksi.practiceChangeRequired",
      "practice.refleksi.challengesRequired",
      "practice.refleksi.planRequired",
    ]);
    const c = completeRefleksi(false);
    expect(refleksiProblems({ ...c, challenges: ["a", "b", " "] }, ctx)).toEqual([
      { at: "refleksi", code: "practice.refleksi.challengesRequired", params: { count: 3 } },
    ]);
    expect(refleksiProblems(c, ctx)).toEqual([]);
    expect(codes(refleksiProblems(c, { ...ctx, closingDue: true }))).toEqual(["practice.refleksi.discussionRequired"]);
  });
});

describe("practice content schemas", () => {
  it("empty() is what the schema makes of nothing, and every draft field has a default", () => {
    expect(ZPersiapanContent.parse({})).toEqual(emptyPersiapan());
    expect(ZObservasiContent.parse({})).toEqual(emptyObservasi());
    expect(ZTindakLanjutContent.parse({})).toEqual(emptyTindakLanjut());
    expect(ZUpayaContent.parse({})).toEqual(emptyUpaya());
    expect(ZRefleksiContent.parse({})).toEqual(emptyRefleksi());
  });

  it("complete fixtures round-trip through their schema", () => {
    expect(ZPersiapanContent.parse(completePersiapan())).toEqual(completePersiapan());
    expect(ZObservasiContent.parse(completeObservasi())).toEqual(completeObservasi());
    expect(ZTindakLanjutContent.parse(completeTindakLanjut())).toEqual(completeTindakLanjut());
    expect(ZUpayaContent.parse(completeUpaya())).toEqual(completeUpaya());
    expect(ZRefleksiContent.parse(completeRefleksi())).toEqual(completeRefleksi());
  });

  it("refuses impossible dates and times, bad links, control characters and over-long text", () => {
    const p = completePersiapan();
    const bad = (schedule: object) => ZPersiapanContent.safeParse({ ...p, schedule: { ...p.schedule, ...schedule } });
    expect(bad({ date: "2025-02-30" }).success).toBe(false);
    expect(bad({ time: "24:00" }).success).toBe(false);
    expect(bad({ time: "8:30" }).success).toBe(false);
    expect(bad({ className: "x".repeat(201) }).success).toBe(false);
    expect(bad({ className: "x".repeat(200) }).success).toBe(true);
    expect(bad({ place: "ruang\u0000" }).success).toBe(false);
    expect(ZPersiapanContent.safeParse({ ...p, files: Array(6).fill(FILE_ID) }).success).toBe(false);
    const entry = (evidenceLink: string) =>
      ZUpayaContent.safeParse({ entries: [{ id: ENTRY_ID, date: "2025-03-01", action: "a", evidenceLink }] }).success;
    expect(entry("https://drive.example.id/berkas")).toBe(true);
    expect(entry("http://contoh.sch.id")).toBe(true);
    expect(entry("javascript:alert(1)")).toBe(false);
    expect(entry("ftp://contoh.sch.id")).toBe(false);
    expect(entry("file:///etc/passwd")).toBe(false);
    expect(ZRefleksiContent.safeParse({ plan: "x".repeat(2001) }).success).toBe(false);
    expect(ZRefleksiContent.safeParse({ plan: "x".repeat(2000) }).success).toBe(true);
    expect(ZRefleksiContent.safeParse({ challenges: ["a", "b", "c", "d"] }).success).toBe(false);
    expect(ZRefleksiContent.parse({ plan: "baris satu \r\nbaris dua " }).plan).toBe("baris satu \nbaris dua ");
  });
});
