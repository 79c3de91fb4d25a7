import { describe, expect, it } from "vitest";
import { decide } from "../../../src/domain/documents/engine.js";
import {
  DISKUSI_PERSIAPAN_DOCUMENT,
  diskusiPersiapanGuard,
  diskusiPersiapanProblems,
  emptyDiskusiPersiapan,
  focusSchoolOf,
} from "../../../src/domain/practice/pengawas/diskusi-persiapan.js";
import {
  diskusiTindakLanjutProblems,
  emptyDiskusiTindakLanjut,
} from "../../../src/domain/practice/pengawas/diskusi-tindak-lanjut.js";
import {
  emptyPendampingan,
  PENDAMPINGAN_DOCUMENT,
  pendampinganDuration,
  pendampinganProblems,
} from "../../../src/domain/practice/pengawas/pendampingan.js";
import {
  emptyRefleksiPengawas,
  refleksiPengawasProblems,
  ZRefleksiPengawasContent,
} from "../../../src/domain/practice/pengawas/refleksi-pengawas.js";
import { emptyUpayaPengawas, upayaPengawasProblems } from "../../../src/domain/practice/pengawas/upaya-pengawas.js";
import { ENTRY_ID, OPEN_WINDOW, OTHER_SCHOOL, PLAN_SCHOOLS, practiceCtx } from "./fixtures.js";
import {
  completeDiskusiPersiapan,
  completeDiskusiTindakLanjut,
  completePendampingan,
  completeRefleksiPengawas,
  completeUpayaPengawas,
} from "./pengawas-fixtures.js";

const ctx = practiceCtx("2025-annual", { track: "pengawas", indicatorCode: null, chosenTargets: [] });
const closing = { ...ctx, closingDue: true };
const codes = (list: { code: string }[]) => list.map((p) => p.code);

describe("pengawas documents: complete contents have no problems", () => {
  it.each([
    ["diskusi persiapan", () => diskusiPersiapanProblems(completeDiskusiPersiapan(), ctx)],
    ["pendampingan", () => pendampinganProblems(completePendampingan(), ctx)],
    ["diskusi tindak lanjut, rated", () => diskusiTindakLanjutProblems(completeDiskusiTindakLanjut(), closing)],
    ["upaya", () => upayaPengawasProblems(completeUpayaPengawas(), ctx)],
    ["refleksi, rated", () => refleksiPengawasProblems(completeRefleksiPengawas(), closing)],
  ])("%s", (_name, problems) => {
    expect(problems()).toEqual([]);
  });
});

describe("diskusi persiapan", () => {
  it("empty says what is missing, by section", () => {
    expect(diskusiPersiapanProblems(emptyDiskusiPersiapan(), ctx)).toEqual([
      { at: "tantangan", code: "practice.diskusi_persiapan.challengesRequired", params: { count: 3 } },
      { at: "fokus", code: "practice.diskusi_persiapan.focusIssueRequired" },
      { at: "sekolah", code: "practice.diskusi_persiapan.focusSchoolRequired" },
      { at: "strategi", code: "practice.diskusi_persiapan.strategyRequired" },
      { at: "strategi", code: "practice.diskusi_persiapan.methodsRequired" },
    ]);
  });

  it("needs exactly 3 challenges, blanks not counted", () => {
    const c = completeDiskusiPersiapan();
    const [a = "", b = ""] = c.challenges;
    expect(codes(diskusiPersiapanProblems({ ...c, challenges: [a, b, "  "] }, ctx))).toEqual([
      "practice.diskusi_persiapan.challengesRequired",
    ]);
  });

  it.each(PLAN_SCHOOLS)("any of the plan's 3 schools may be the focus (%s)", (school) => {
    expect(diskusiPersiapanProblems({ ...completeDiskusiPersiapan(), focusSchoolId: school }, ctx)).toEqual([]);
  });

  it("a focus school outside the plan is refused: as a problem, by the save guard, and with no plan schools at all", () => {
    const outside = { ...completeDiskusiPersiapan(), focusSchoolId: OTHER_SCHOOL };
    expect(diskusiPersiapanProblems(outside, ctx)).toEqual([
      { at: "sekolah", code: "practice.diskusi_persiapan.focusSchoolNotInPlan" },
    ]);
    expect(diskusiPersiapanGuard({ type: "save", content: outside, version: 1 }, ["owner"], ctx)).toEqual({
      ok: false,
      error: "FOCUS_SCHOOL_NOT_IN_PLAN",
    });
    // The context's default (the server did not say) refuses every school.
    const { planSchoolIds: _, ...noSchools } = ctx;
    expect(codes(diskusiPersiapanProblems(completeDiskusiPersiapan(), noSchools))).toEqual([
      "practice.diskusi_persiapan.focusSchoolNotInPlan",
    ]);
    // A submit of such a draft is INCOMPLETE.
    const state = { status: "draft" as const, content: outside, version: 2, revision: 1 };
    expect(
      decide(
        DISKUSI_PERSIAPAN_DOCUMENT,
        state,
        { type: "act", action: "submit", version: 2 },
        ["owner"],
        ctx,
        OPEN_WINDOW,
      ),
    ).toMatchObject({ ok: false, error: "INCOMPLETE" });
  });

  it("the guard lets plan schools, no school yet, and the Tim Kinerja's saves through", () => {
    const save = (focusSchoolId: string | null) => ({
      type: "save" as const,
      content: { ...completeDiskusiPersiapan(), focusSchoolId },
      version: 1,
    });
    expect(diskusiPersiapanGuard(save(PLAN_SCHOOLS[1]), ["owner"], ctx)).toBeNull();
    expect(diskusiPersiapanGuard(save(null), ["owner"], ctx)).toBeNull();
    expect(diskusiPersiapanGuard(save(OTHER_SCHOOL), ["superior"], ctx)).toBeNull();
    expect(diskusiPersiapanGuard({ type: "act", action: "submit", version: 1 }, ["owner"], ctx)).toBeNull();
  });

  it("the Tim Kinerja returns it only with a note; the focus school counts once agreed", () => {
    const submitted = { status: "submitted" as const, content: completeDiskusiPersiapan(), version: 3, revision: 1 };
    const ret = (note: string) =>
      decide(
        DISKUSI_PERSIAPAN_DOCUMENT,
        submitted,
        { type: "act", action: "return", note },
        ["superior"],
        ctx,
        OPEN_WINDOW,
      );
    expect(ret("kurang")).toMatchObject({ ok: false, error: "NOTE_REQUIRED" });
    expect(ret("Perjelas metode pendampingannya.")).toMatchObject({ ok: true, next: { status: "draft" } });
    expect(focusSchoolOf(submitted)).toBeNull();
    expect(focusSchoolOf({ ...submitted, status: "agreed" })).toBe(PLAN_SCHOOLS[0]);
    expect(focusSchoolOf(null)).toBeNull();
  });
});

describe("pendampingan", () => {
  it("empty says what is missing; the survey must have been sent", () => {
    expect(pendampinganProblems(emptyPendampingan(), { ...ctx, survey: "not_sent" })).toEqual([
      { at: "kunjungan", code: "practice.pendampingan.entryRequired" },
      { at: "catatan", code: "practice.pendampingan.experienceRequired" },
      { at: "catatan", code: "practice.pendampingan.strategyRequired" },
      { at: "catatan", code: "practice.pendampingan.successesRequired" },
      { at: "catatan", code: "practice.pendampingan.obstaclesRequired" },
      { at: "catatan", code: "practice.pendampingan.followUpRequired" },
      { at: "survei", code: "practice.pendampingan.surveyNotSent" },
    ]);
  });

  it("needs the survey sent, not answered: an unanswering KS does not block the pengawas", () => {
    const c = completePendampingan();
    expect(codes(pendampinganProblems(c, { ...ctx, survey: "not_sent" }))).toEqual([
      "practice.pendampingan.surveyNotSent",
    ]);
    const { survey: _, ...unsaid } = ctx;
    expect(codes(pendampinganProblems(c, unsaid))).toEqual(["practice.pendampingan.surveyNotSent"]);
    expect(pendampinganProblems(c, { ...ctx, survey: "sent" })).toEqual([]);
    expect(pendampinganProblems(c, { ...ctx, survey: "answered" })).toEqual([]);
  });

  it("each visit is dated, not in the future, says what was done, and is logged once", () => {
    const [v] = completePendampingan().visits;
    if (!v) throw new Error("fixture");
    const visits = [
      { ...v, date: null },
      { ...v, date: "2025-03-11", activity: " " },
    ];
    expect(pendampinganProblems({ ...completePendampingan(), visits }, ctx)).toEqual([
      { at: "kunjungan", code: "practice.pendampingan.entryDateRequired", params: { index: 1 } },
      { at: "kunjungan", code: "practice.pendampingan.entryDuplicate", params: { index: 2 } },
      { at: "kunjungan", code: "practice.pendampingan.entryInFuture", params: { index: 2, date: "2025-03-11" } },
      { at: "kunjungan", code: "practice.pendampingan.entryActivityRequired", params: { index: 2 } },
    ]);
  });

  it("sending the survey changes no status and is the pengawas's, while writing", () => {
    const state = { status: "draft" as const, content: emptyPendampingan(), version: 1, revision: 1 };
    const send = { type: "act" as const, action: "sendSurvey" as const };
    expect(decide(PENDAMPINGAN_DOCUMENT, state, send, ["owner"], ctx, OPEN_WINDOW)).toEqual({
      ok: true,
      next: state,
      changed: false,
    });
    expect(decide(PENDAMPINGAN_DOCUMENT, state, send, ["superior"], ctx, OPEN_WINDOW)).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(
      decide(PENDAMPINGAN_DOCUMENT, { ...state, status: "done" }, send, ["owner"], ctx, OPEN_WINDOW),
    ).toMatchObject({ ok: false, error: "INVALID_STATE" });
  });

  it("1–3 months is recommended, never required", () => {
    const at = (...dates: (string | null)[]) => dates.map((date) => ({ date }));
    expect(pendampinganDuration([])).toBe("none");
    expect(pendampinganDuration(at(null))).toBe("none");
    expect(pendampinganDuration(at("2025-03-01", "2025-03-31"))).toBe("short");
    expect(pendampinganDuration(at("2025-03-01", "2025-04-01"))).toBe("recommended");
    expect(pendampinganDuration(at("2025-06-01", "2025-03-01"))).toBe("recommended");
    expect(pendampinganDuration(at("2025-03-01", "2025-06-02"))).toBe("long");
    expect(pendampinganDuration(at("2025-01-31", "2025-02-28"))).toBe("recommended");
  });
});

describe("diskusi tindak lanjut", () => {
  it("the pengawas's reflection, target and plan; once handed in, the Tim Kinerja's rating and feedback", () => {
    expect(codes(diskusiTindakLanjutProblems(emptyDiskusiTindakLanjut(), ctx))).toEqual([
      "practice.diskusi_tindak_lanjut.reflectionRequired",
      "practice.diskusi_tindak_lanjut.targetRequired",
      "practice.diskusi_tindak_lanjut.planRequired",
    ]);
    const c = completeDiskusiTindakLanjut(false);
    expect(diskusiTindakLanjutProblems(c, ctx)).toEqual([]);
    expect(diskusiTindakLanjutProblems(c, closing)).toEqual([
      { at: "penilaian", code: "practice.diskusi_tindak_lanjut.ratingRequired" },
      { at: "penilaian", code: "practice.diskusi_tindak_lanjut.feedbackRequired" },
    ]);
  });
});

describe("upaya tindak lanjut (pengawas)", () => {
  it("steps like a log, and the explanation of how they led to the target", () => {
    expect(codes(upayaPengawasProblems(emptyUpayaPengawas(), ctx))).toEqual([
      "practice.upaya_pengawas.entryRequired",
      "practice.upaya_pengawas.explanationRequired",
    ]);
    const c = completeUpayaPengawas();
    const step = { id: ENTRY_ID, date: "2025-04-01", action: "", evidenceLink: null, fileId: null };
    expect(codes(upayaPengawasProblems({ ...c, steps: [step] }, ctx))).toEqual([
      "practice.upaya_pengawas.entryInFuture",
      "practice.upaya_pengawas.entryActivityRequired",
    ]);
  });
});

describe("refleksi tindak lanjut (pengawas)", () => {
  it("upaya belajar, 3 challenges, perubahan praktik; then three ratings, each with feedback", () => {
    expect(refleksiPengawasProblems(emptyRefleksiPengawas(), ctx)).toEqual([
      { at: "upayaBelajar", code: "practice.refleksi_pengawas.inspirationRequired" },
      { at: "upayaBelajar", code: "practice.refleksi_pengawas.practiceChangeRequired" },
      { at: "upayaRefleksi", code: "practice.refleksi_pengawas.challengesRequired", params: { count: 3 } },
      { at: "perubahanPraktik", code: "practice.refleksi_pengawas.planRequired" },
    ]);
    const c = completeRefleksiPengawas(false);
    expect(refleksiPengawasProblems(c, ctx)).toEqual([]);
    expect(codes(refleksiPengawasProblems(c, closing))).toEqual([
      "practice.refleksi_pengawas.ratingRequired",
      "practice.refleksi_pengawas.feedbackRequired",
      "practice.refleksi_pengawas.ratingRequired",
      "practice.refleksi_pengawas.feedbackRequired",
      "practice.refleksi_pengawas.ratingRequired",
      "practice.refleksi_pengawas.feedbackRequired",
    ]);
    const rated = completeRefleksiPengawas();
    const oneMissing = {
      ...rated,
      ratings: { ...rated.ratings, peningkatanKinerja: { level: "tampak_jelas" as const, feedback: " " } },
    };
    expect(refleksiPengawasProblems(oneMissing, closing)).toEqual([
      {
        at: "penilaian",
        code: "practice.refleksi_pengawas.feedbackRequired",
        params: { aspect: "peningkatanKinerja" },
      },
    ]);
  });

  it("each rating takes only its own scale", () => {
    const r = completeRefleksiPengawas();
    expect(emptyRefleksiPengawas().ratings.kesadaran).toEqual({ level: null, feedback: "" });
    expect(ZRefleksiPengawasContent.safeParse(r).success).toBe(true);
    const wrongScale = { ...r, ratings: { ...r.ratings, upayaBelajar: { level: "sadar_kesulitan", feedback: "x" } } };
    expect(ZRefleksiPengawasContent.safeParse(wrongScale).success).toBe(false);
    const awareness = { ...r, ratings: { ...r.ratings, kesadaran: { level: "tampak_jelas", feedback: "x" } } };
    expect(ZRefleksiPengawasContent.safeParse(awareness).success).toBe(false);
  });
});
