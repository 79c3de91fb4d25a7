import { describe, expect, it } from "vitest";
import { type DocumentRole, decide, forContext, penOf } from "../../../src/domain/documents/engine.js";
import { indicatorOf, type ObservationMode, type PracticeContext } from "../../../src/domain/practice/context.js";
import {
  emptyObservasi,
  OBSERVASI_DOCUMENT,
  type ObservasiContent,
  type ObservasiStatus,
  observasiProblems,
} from "../../../src/domain/practice/observasi.js";
import {
  PERSIAPAN_DOCUMENT,
  type PersiapanContent,
  type PersiapanStatus,
  persiapanProblems,
} from "../../../src/domain/practice/persiapan.js";
import { visibleTo } from "../../../src/domain/practice/visibility.js";
import { completePersiapan, OPEN_WINDOW, practiceCtx } from "./fixtures.js";

// A KS practises a leadership indicator, scheduled as an activity, observed by the Tim Kinerja
// in person, from a video, or — when no observer can come — as the KS's own catatan mandiri.

const leadership = practiceCtx().ruleSet.leadershipIndicators[0];
if (!leadership) throw new Error("the rule set has no leadership indicator");
const TARGET = leadership.targets[0]?.code as string;

/** The video of a tidak-langsung observation: a link, an uploaded file's id, both or neither. */
type Video = { videoUrl?: string; videoFileId?: string | null };
const VIDEO_FILE = "6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b";

const ksCtx = (mode: ObservationMode, video: Video = {}, over: Partial<PracticeContext> = {}) =>
  practiceCtx("2025-annual", {
    track: "kepala_sekolah",
    indicatorCode: leadership.code,
    chosenTargets: [TARGET],
    observation: { mode, videoUrl: video.videoUrl ?? "", videoFileId: video.videoFileId ?? null },
    ...over,
  });

const observed = (selfAccount = ""): ObservasiContent => ({
  ...emptyObservasi(),
  targets: {
    [TARGET]: { rating: "belum_efektif", evidence: "Rapat dipimpin tanpa data.", recommendation: "", avoidSeen: [] },
  },
  selfAccount,
});

const state = (status: ObservasiStatus, content = emptyObservasi()) => ({ status, content, version: 1, revision: 1 });
const save = (content: ObservasiContent) => ({ type: "save" as const, version: 1, content });
const finish = { type: "act" as const, action: "finish" as const, version: 1 };
const run = (
  mode: ObservationMode,
  s: ReturnType<typeof state>,
  cmd: Parameters<typeof decide>[2],
  role: DocumentRole,
  video: Video = {},
) => decide(OBSERVASI_DOCUMENT, s, cmd as never, [role], ksCtx(mode, video), OPEN_WINDOW);

describe("the KS's indicator and schedule", () => {
  it("a KS's indicator is a leadership indicator; a guru's a practice indicator", () => {
    expect(indicatorOf(ksCtx("langsung"))?.code).toBe(leadership.code);
    expect(indicatorOf({ ...ksCtx("langsung"), track: "guru" })).toBeNull();
  });

  it("a KS schedules an activity (no class or subject); a guru a lesson, always observed in person", () => {
    const lesson = completePersiapan();
    const ks = ksCtx("langsung");
    const ksPersiapan = {
      ...lesson,
      targets: [{ code: TARGET, upaya: "Membaca panduan rapat berbasis data." }],
      schedule: { ...lesson.schedule, className: "", subject: "", activity: "" },
    };
    expect(persiapanProblems(ksPersiapan, ks).map((p) => p.code)).toEqual([
      "practice.persiapan.scheduleActivityRequired",
    ]);
    const withActivity = { ...ksPersiapan, schedule: { ...ksPersiapan.schedule, activity: "Rapat guru" } };
    expect(persiapanProblems({ ...withActivity, observationMode: "catatan_mandiri" }, ks)).toEqual([]);
    const guru = practiceCtx();
    expect(persiapanProblems({ ...lesson, observationMode: "tidak_langsung" }, guru).map((p) => p.code)).toEqual([
      "practice.persiapan.modeGuruLangsung",
    ]);
  });

  it("changing the observation mode after the Tim Kinerja confirmed sends it back to confirm", () => {
    const done = { status: "scheduled" as const, content: completePersiapan(), version: 3, revision: 1 };
    const d = decide(
      PERSIAPAN_DOCUMENT,
      done,
      { type: "save", version: 3, content: { ...done.content, observationMode: "tidak_langsung" as const } },
      ["owner"],
      ksCtx("langsung"),
      OPEN_WINDOW,
    );
    expect(d.ok && d.next.status).toBe("submitted");
  });
});

describe("the practice video in the persiapan", () => {
  const ksPersiapan = () => ({
    ...completePersiapan(),
    targets: [{ code: TARGET, upaya: "Membaca panduan rapat berbasis data." }],
    schedule: { ...completePersiapan().schedule, className: "", subject: "", activity: "Rapat guru" },
    observationMode: "tidak_langsung" as const,
  });
  const saveAs = (role: DocumentRole, status: PersiapanStatus, content: PersiapanContent, ctx = ksCtx("langsung")) =>
    decide(
      PERSIAPAN_DOCUMENT,
      { status, content: ksPersiapan(), version: 2, revision: 1 },
      { type: "save", version: 2, content },
      [role],
      ctx,
      OPEN_WINDOW,
    );

  it("is the KS's to add, replace or remove while they hold the pen, as the link is; never the observer's", () => {
    const withVideo = { ...ksPersiapan(), videoFileId: VIDEO_FILE };
    for (const status of ["draft", "submitted", "scheduled"] as const) {
      const d = saveAs("owner", status, withVideo);
      expect(d.ok && d.next.content.videoFileId).toBe(VIDEO_FILE);
      // Adding the video after the Tim Kinerja confirmed the time needs no new confirmation.
      expect(d.ok && d.next.status).toBe(status);
    }
    const removed = saveAs("owner", "scheduled", { ...withVideo, videoFileId: null });
    expect(removed.ok && removed.next.content.videoFileId).toBeNull();
    const observer = saveAs("superior", "submitted", withVideo);
    expect(observer.ok && observer.next.content.videoFileId).toBeNull();
  });

  it("a guru's lesson is observed in class: a video sent with their persiapan is not kept", () => {
    const guruCtx = practiceCtx();
    const d = decide(
      PERSIAPAN_DOCUMENT,
      { status: "draft", content: completePersiapan(), version: 1, revision: 1 },
      {
        type: "save",
        version: 1,
        content: { ...completePersiapan(), videoFileId: VIDEO_FILE, videoUrl: "https://video.example/kelas" },
      },
      ["owner"],
      guruCtx,
      OPEN_WINDOW,
    );
    expect(d.ok && d.next.content).toMatchObject({ videoFileId: null, videoUrl: "" });
    expect(
      persiapanProblems({ ...completePersiapan(), observationMode: "tidak_langsung" }, guruCtx).map((p) => p.code),
    ).toEqual(["practice.persiapan.modeGuruLangsung"]);
  });

  it("is an upload the save checks, but not evidence: it is named apart from the RPP files", () => {
    const content = { ...ksPersiapan(), videoFileId: VIDEO_FILE };
    expect(PERSIAPAN_DOCUMENT.videoFileIds?.(content)).toEqual([VIDEO_FILE]);
    expect(PERSIAPAN_DOCUMENT.fileIds?.(content)).toEqual([]);
    expect(PERSIAPAN_DOCUMENT.videoFileIds?.(ksPersiapan())).toEqual([]);
    // Under the 2025 rules (no evidence uploads) the video is no problem of the persiapan; files are.
    expect(persiapanProblems(content, ksCtx("tidak_langsung"))).toEqual([]);
  });
});

describe("observation modes", () => {
  it("langsung and tidak langsung: the observer writes and finishes; the KS only reads", () => {
    for (const mode of ["langsung", "tidak_langsung"] as const) {
      const video = { videoUrl: "https://video.example/rapat" };
      expect(run(mode, state("draft"), save(observed()), "superior", video).ok).toBe(true);
      expect(run(mode, state("draft", observed()), finish, "superior", video)).toMatchObject({ ok: true });
      expect(run(mode, state("draft"), save(observed()), "owner", video)).toMatchObject({
        ok: false,
        error: "FORBIDDEN",
      });
      expect(run(mode, state("draft", observed()), finish, "owner", video)).toMatchObject({
        ok: false,
        error: "FORBIDDEN",
      });
      expect(visibleTo("observasi", "draft", ["owner"], mode)).toBe(false);
    }
  });

  it("tidak langsung needs the video the observer watches: a link or an uploaded video, neither will not do", () => {
    const d = run("tidak_langsung", state("draft", observed()), finish, "superior", {});
    expect(d).toMatchObject({ ok: false, error: "INCOMPLETE" });
    if (!d.ok && d.error === "INCOMPLETE")
      expect(d.problems.map((p) => p.code)).toContain("practice.observasi.videoRequired");
    const codes = (video: Video) => observasiProblems(observed(), ksCtx("tidak_langsung", video)).map((p) => p.code);
    expect(codes({ videoUrl: "", videoFileId: null })).toEqual(["practice.observasi.videoRequired"]);
    expect(codes({ videoUrl: "https://video.example/rapat" })).toEqual([]);
    expect(codes({ videoFileId: VIDEO_FILE })).toEqual([]);
    expect(codes({ videoUrl: "https://video.example/rapat", videoFileId: VIDEO_FILE })).toEqual([]);
    for (const video of [{ videoFileId: VIDEO_FILE }, { videoUrl: "https://video.example/rapat" }]) {
      expect(run("tidak_langsung", state("draft", observed()), finish, "superior", video)).toMatchObject({
        ok: true,
        next: { status: "observed" },
      });
    }
    // In person or as a self-report nobody asks for a video.
    expect(observasiProblems(observed(), ksCtx("langsung")).map((p) => p.code)).toEqual([]);
  });

  it("a catatan mandiri is written and finished by the KS; no observer may write or finish it", () => {
    const account = observed("Saya memimpin rapat guru dan meminta data kehadiran murid.");
    expect(run("catatan_mandiri", state("draft"), save(account), "owner")).toMatchObject({ ok: true });
    expect(run("catatan_mandiri", state("draft"), save(account), "superior")).toMatchObject({ ok: false });
    expect(run("catatan_mandiri", state("draft", account), finish, "superior")).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    const missing = run("catatan_mandiri", state("draft", observed()), finish, "owner");
    expect(missing).toMatchObject({ ok: false, error: "INCOMPLETE" });
    expect(run("catatan_mandiri", state("draft", account), finish, "owner")).toMatchObject({
      ok: true,
      next: { status: "observed" },
    });
    // Its draft is the KS's to read; the Tim Kinerja reads it once finished and rates the follow-up.
    expect(visibleTo("observasi", "draft", ["owner"], "catatan_mandiri")).toBe(true);
    expect(visibleTo("observasi", "draft", ["superior"], "catatan_mandiri")).toBe(false);
    const self = forContext(OBSERVASI_DOCUMENT, ksCtx("catatan_mandiri"));
    expect(penOf(self, "observed", ["superior"])?.fields).toEqual(["followUpRating", "followUpNote"]);
    expect(penOf(self, "observed", ["owner"])).toBeNull();
  });

  it("an account written in another mode is not kept", () => {
    const d = run("langsung", state("draft"), save(observed("Catatan yang tidak diminta.")), "superior");
    expect(d.ok && d.next.content.selfAccount).toBe("");
  });
});
