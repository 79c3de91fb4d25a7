import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AnyDocumentType,
  type DocumentCommand,
  type DocumentRole,
  type DocumentState,
  type DocumentWindow,
  decide,
} from "../../../src/domain/documents/engine.js";
import { emptyBuktiDukung } from "../../../src/domain/practice/bukti-dukung.js";
import type { PracticeContext } from "../../../src/domain/practice/context.js";
import { emptyObservasi } from "../../../src/domain/practice/observasi.js";
import { diskusiPersiapanGuard } from "../../../src/domain/practice/pengawas/diskusi-persiapan.js";
import { emptyPenilaian } from "../../../src/domain/practice/penilaian.js";
import { emptyPersiapan, persiapanGuard } from "../../../src/domain/practice/persiapan.js";
import { DOCUMENT_TYPES } from "../../../src/domain/practice/registry.js";
import { emptyRekomendasi } from "../../../src/domain/practice/rekomendasi.js";
import { closingDue, PRACTICE_KINDS, type PracticeKind } from "../../../src/domain/practice/stages.js";
import {
  CLOSED_WINDOW,
  completeBuktiDukung,
  completeObservasi,
  completePersiapan,
  completeRefleksi,
  completeTindakLanjut,
  completeUpaya,
  ENTRY_ID,
  OPEN_WINDOW,
  OTHER_SCHOOL,
  PLAN_SCHOOLS,
  practiceCtx,
  TARGETS,
} from "./fixtures.js";
import {
  completeDiskusiPersiapan,
  completeDiskusiTindakLanjut,
  completePendampingan,
  completePenilaian,
  completeRefleksiPengawas,
  completeRekomendasi,
  completeUpayaPengawas,
} from "./pengawas-fixtures.js";

// biome-ignore lint/suspicious/noExplicitAny: contents of every practice type go through one driver.
type Content = any;
type State = DocumentState<string, Content>;

/**
 * Contents to save, per type: complete, empty, near-misses, and variants that differ in the
 * other role's fields, so saves really try to overwrite what is not theirs.
 */
function samples(stage: PracticeKind): Content[] {
  switch (stage) {
    case "persiapan": {
      const c = completePersiapan();
      const later = { ...c.schedule, date: "2025-03-21", time: "10:00" };
      return [
        c,
        emptyPersiapan(),
        { ...c, targets: [] },
        { ...c, targets: [{ code: "komunikasi-positif", upaya: "x" }] },
        { ...c, schedule: { ...c.schedule, time: null } },
        { ...c, proposedSchedule: later },
        { ...c, schedule: later, proposedSchedule: later },
        { ...emptyPersiapan(), proposedSchedule: later },
      ];
    }
    case "observasi": {
      const c = completeObservasi();
      return [
        c,
        completeObservasi(false),
        emptyObservasi(),
        { ...c, targets: { [TARGETS[0]]: c.targets[TARGETS[0]] } },
        { ...completeObservasi(false), followUpNote: "Catatan tindak lanjut." },
      ];
    }
    case "tindak_lanjut": {
      const c = completeTindakLanjut();
      return [
        c,
        DOCUMENT_TYPES.tindak_lanjut.empty(),
        { ...c, challenges: "" },
        { ...c, learning: { ...c.learning, mode: "other" } },
      ];
    }
    case "upaya": {
      const c = completeUpaya();
      const comments = { [ENTRY_ID]: "Bagus, lanjutkan dengan refleksi murid." };
      return [c, DOCUMENT_TYPES.upaya.empty(), { ...c, comments }, { ...DOCUMENT_TYPES.upaya.empty(), comments }];
    }
    case "refleksi": {
      const c = completeRefleksi();
      return [
        c,
        completeRefleksi(false),
        DOCUMENT_TYPES.refleksi.empty(),
        { ...c, challenges: ["satu", "dua"] },
        { ...DOCUMENT_TYPES.refleksi.empty(), discussion: "Diskusi bersama.", feedback: "Umpan balik." },
      ];
    }
    case "bukti_dukung": {
      // The property context is 2025: the laporan is complete, evidence files are a problem there.
      const c = completeBuktiDukung("laporan");
      return [
        c,
        emptyBuktiDukung(),
        completeBuktiDukung("bukti"),
        { ...c, mainDutyReport: "" },
        { ...c, feedback: "Laporan jelas; lanjutkan." },
        { ...emptyBuktiDukung(), feedback: "Tanggapan atasan." },
      ];
    }
    case "diskusi_persiapan": {
      const c = completeDiskusiPersiapan();
      const empty = DOCUMENT_TYPES.diskusi_persiapan.empty();
      return [
        c,
        empty,
        { ...c, challenges: c.challenges.slice(0, 2) },
        { ...c, focusSchoolId: OTHER_SCHOOL },
        { ...c, focusSchoolId: PLAN_SCHOOLS[2] },
        { ...c, focusSchoolId: null },
        { ...c, feedback: "Strategi sudah jelas." },
        { ...empty, feedback: "Perjelas fokusnya." },
      ];
    }
    case "pendampingan": {
      const c = completePendampingan();
      return [
        c,
        DOCUMENT_TYPES.pendampingan.empty(),
        { ...c, visits: [] },
        { ...c, obstacles: "" },
        { ...c, visits: c.visits.map((v) => ({ ...v, date: "2025-12-31" })) },
      ];
    }
    case "diskusi_tindak_lanjut": {
      const c = completeDiskusiTindakLanjut();
      const empty = DOCUMENT_TYPES.diskusi_tindak_lanjut.empty();
      return [
        c,
        completeDiskusiTindakLanjut(false),
        empty,
        { ...c, rating: { level: null, feedback: "Umpan balik." } },
        { ...c, target: "" },
        { ...empty, rating: c.rating },
      ];
    }
    case "upaya_pengawas": {
      const c = completeUpayaPengawas();
      const comments = { [ENTRY_ID]: "Langkah yang tepat." };
      const empty = DOCUMENT_TYPES.upaya_pengawas.empty();
      return [c, empty, { ...c, explanation: "" }, { ...c, comments }, { ...empty, comments }];
    }
    case "refleksi_pengawas": {
      const c = completeRefleksiPengawas();
      const empty = DOCUMENT_TYPES.refleksi_pengawas.empty();
      return [
        c,
        completeRefleksiPengawas(false),
        empty,
        { ...c, challenges: ["satu", "dua"] },
        { ...c, ratings: { ...c.ratings, upayaBelajar: { level: "mulai_tampak", feedback: "" } } },
        { ...empty, ratings: c.ratings },
      ];
    }
    case "penilaian": {
      const c = completePenilaian();
      return [
        c,
        emptyPenilaian(),
        { ...c, perilaku: null },
        { ...c, behaviours: {} },
        { ...c, response: "Terima kasih atas umpan baliknya." },
        { ...c, axes: { ...c.axes, upayaRefleksi: { level: null, feedback: "x" } } },
      ];
    }
    case "rekomendasi": {
      const c = completeRekomendasi();
      return [
        c,
        emptyRekomendasi(),
        { ...c, hasilKerja: null },
        { ...c, note: "  " },
        { ...c, axes: { ...c.axes, perubahanPraktik: { level: "sesuai", feedback: "" } } },
      ];
    }
  }
}

type Step = {
  roles: DocumentRole[];
  window: DocumentWindow;
  started: boolean;
  cmd: (s: State) => DocumentCommand<string, Content>;
};

function arbSteps(stage: PracticeKind): fc.Arbitrary<Step[]> {
  const def = DOCUMENT_TYPES[stage] as AnyDocumentType;
  const arbRoles = fc.constantFrom<DocumentRole[]>(["owner"], ["superior"], ["admin"], ["owner"], ["superior"]);
  const arbVersion = fc.constantFrom(0, 0, 0, -1, 1); // offset from the current version; mostly fresh
  const save = fc.tuple(fc.constantFrom(...samples(stage)), arbVersion).map(([content, off]) => (s: State) => ({
    type: "save" as const,
    content,
    version: s.version + off,
  }));
  const act = fc
    .tuple(fc.constantFrom(...Object.keys(def.transitions)), arbVersion, fc.constantFrom("", "Mohon dibuka kembali."))
    .map(([action, off, note]) => (s: State) => ({ type: "act" as const, action, version: s.version + off, note }));
  const step = fc.record({
    roles: arbRoles,
    window: fc.constantFrom(OPEN_WINDOW, OPEN_WINDOW, OPEN_WINDOW, CLOSED_WINDOW),
    started: fc.constantFrom(false, false, false, false, true),
    cmd: fc.oneof(save, act, act),
  });
  return fc.array(step, { minLength: 5, maxLength: 40 });
}

/** The context the use case builds for a document it loaded in `status`. */
const ctxFor = (stage: PracticeKind, status: string, started = false): PracticeContext =>
  practiceCtx("2025-annual", { closingDue: closingDue(stage, status), observationStarted: started });

/** What the use case does: the persiapan's (or diskusi persiapan's) own guard first, then the engine. */
function run(stage: PracticeKind, s: State, step: Step) {
  const def = DOCUMENT_TYPES[stage] as AnyDocumentType;
  const ctx = ctxFor(stage, s.status, step.started);
  const cmd = step.cmd(s);
  if (stage === "persiapan") {
    const refused = persiapanGuard(s.status as "draft", cmd as never, step.roles, ctx);
    if (refused) return { ok: false as const, cmd };
  }
  if (stage === "diskusi_persiapan" && diskusiPersiapanGuard(cmd as never, step.roles, ctx)) {
    return { ok: false as const, cmd };
  }
  return { ...decide(def, s, cmd, step.roles, ctx, step.window), cmd };
}

/** Whose fields are whose, written out independently of the definitions' pens. */
const FIELDS: Record<PracticeKind, { owner: readonly string[]; superior: readonly string[] }> = {
  persiapan: { owner: ["targets", "schedule", "files"], superior: ["proposedSchedule"] },
  observasi: { owner: [], superior: ["targets", "followUpRating", "followUpNote"] },
  tindak_lanjut: { owner: ["challenges", "learning", "selfTraining"], superior: [] },
  upaya: { owner: ["entries"], superior: ["comments"] },
  refleksi: { owner: ["inspiration", "practiceChange", "challenges", "plan"], superior: ["discussion", "feedback"] },
  bukti_dukung: { owner: ["rhk", "duties", "mainDuty", "mainDutyReport"], superior: ["feedback"] },
  diskusi_persiapan: {
    owner: ["challenges", "focusIssue", "focusSchoolId", "strategy", "methods"],
    superior: ["feedback"],
  },
  pendampingan: { owner: ["visits", "experience", "strategy", "successes", "obstacles", "followUp"], superior: [] },
  diskusi_tindak_lanjut: { owner: ["reflection", "target", "plan"], superior: ["rating"] },
  upaya_pengawas: { owner: ["steps", "explanation"], superior: ["comments"] },
  refleksi_pengawas: { owner: ["inspiration", "practiceChange", "challenges", "plan"], superior: ["ratings"] },
  rekomendasi: { owner: [], superior: ["axes", "hasilKerja", "perilaku", "note"] },
  penilaian: { owner: ["response"], superior: ["axes", "behaviours", "hasilKerja", "perilaku", "note"] },
};

const start = (def: AnyDocumentType): State => ({ status: def.initial, content: def.empty(), version: 1, revision: 1 });

describe.each(PRACTICE_KINDS)("%s decisions (properties)", (stage) => {
  const def = DOCUMENT_TYPES[stage] as AnyDocumentType;

  it("no sequence of actions reaches a done status whose content has problems, and every status is reached", () => {
    const reached = new Set<string>();
    const property = fc.property(arbSteps(stage), (steps) => {
      let s = start(def);
      reached.add(s.status);
      for (const step of steps) {
        const d = run(stage, s, step);
        if (!d.ok) continue;
        s = d.next;
        reached.add(s.status);
        if (def.done.includes(s.status)) expect(def.problems(s.content, ctxFor(stage, s.status))).toEqual([]);
      }
    });
    fc.assert(property, { numRuns: 2000 });
    // A random run reaches a rare status (bukti_dukung's "returned") only most of the time; a second
    // run from a fixed seed makes the coverage check deterministic without narrowing the search above.
    fc.assert(property, { numRuns: 2000, seed: 20261130 });
    expect([...reached].sort()).toEqual([...def.statuses].sort());
  });

  it("a stale version never changes content", () => {
    fc.assert(
      fc.property(arbSteps(stage), (steps) => {
        let s = start(def);
        for (const step of steps) {
          const d = run(stage, s, step);
          if (d.cmd.type === "save" && d.cmd.version !== s.version) {
            expect(d.ok).toBe(false);
          }
          if (!d.ok) continue;
          if (d.cmd.version !== undefined && d.cmd.version !== s.version) expect(d.next.content).toBe(s.content);
          s = d.next;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("a save changes only the saver's fields; nothing changes once the observation started (persiapan)", () => {
    const fieldsOf = (role: DocumentRole): readonly string[] => FIELDS[stage][role as "owner" | "superior"] ?? [];
    fc.assert(
      fc.property(arbSteps(stage), (steps) => {
        let s = start(def);
        for (const step of steps) {
          const d = run(stage, s, step);
          if (!d.ok) continue;
          if (stage === "persiapan") expect(step.started).toBe(false);
          // A focus school outside the plan is never stored.
          if (stage === "diskusi_persiapan" && d.next.content.focusSchoolId !== null) {
            expect(PLAN_SCHOOLS).toContain(d.next.content.focusSchoolId);
          }
          if (d.cmd.type === "save") {
            const mine = new Set(step.roles.flatMap(fieldsOf));
            for (const field of Object.keys(def.empty())) {
              if (!mine.has(field)) expect(d.next.content[field]).toEqual(s.content[field]);
            }
          } else {
            expect(d.next.content).toBe(s.content);
          }
          s = d.next;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("persiapan guard", () => {
  const def = DOCUMENT_TYPES.persiapan;
  const scheduled = { status: "scheduled" as const, content: completePersiapan(), version: 3, revision: 1 };

  it("refuses every save and action once the observation started", () => {
    const ctx = practiceCtx("2025-annual", { observationStarted: true });
    for (const roles of [["owner"], ["superior"], ["admin"]] as DocumentRole[][]) {
      expect(persiapanGuard("draft", { type: "save", content: completePersiapan(), version: 1 }, roles, ctx)).toEqual({
        ok: false,
        error: "OBSERVATION_STARTED",
      });
      expect(persiapanGuard("submitted", { type: "act", action: "confirmSchedule", version: 1 }, roles, ctx)).toEqual({
        ok: false,
        error: "OBSERVATION_STARTED",
      });
    }
  });

  it("lets the guru edit a scheduled persiapan before the observation; a new time goes back to the KS", () => {
    const ctx = practiceCtx();
    const moved = { ...completePersiapan(), schedule: { ...completePersiapan().schedule, date: "2025-03-25" } };
    expect(persiapanGuard("scheduled", { type: "save", content: moved, version: 3 }, ["owner"], ctx)).toBeNull();
    expect(
      decide(def, scheduled, { type: "save", content: moved, version: 3 }, ["owner"], ctx, OPEN_WINDOW),
    ).toMatchObject({
      ok: true,
      next: { status: "submitted", content: moved, version: 4 },
    });
    // Rewording how to learn a target keeps the confirmed time.
    const reworded = {
      ...scheduled.content,
      targets: scheduled.content.targets.map((t) => ({ ...t, upaya: `${t.upaya} Juga lewat video.` })),
    };
    expect(
      decide(def, scheduled, { type: "save", content: reworded, version: 3 }, ["owner"], ctx, OPEN_WINDOW),
    ).toMatchObject({ ok: true, next: { status: "scheduled", version: 4 } });
    const emptied = { ...moved, targets: [] };
    expect(persiapanGuard("scheduled", { type: "save", content: emptied, version: 3 }, ["owner"], ctx)).toMatchObject({
      ok: false,
      error: "INCOMPLETE",
      problems: [{ at: "target", code: "practice.persiapan.targetRequired" }],
    });
    expect(persiapanGuard("draft", { type: "save", content: emptied, version: 3 }, ["owner"], ctx)).toBeNull();
  });

  it("a retried submit and a retried confirmation are no-op successes", () => {
    const ctx = practiceCtx();
    const submitted = { ...scheduled, status: "submitted" as const };
    expect(decide(def, submitted, { type: "act", action: "submit", version: 3 }, ["owner"], ctx, OPEN_WINDOW)).toEqual({
      ok: true,
      next: submitted,
      changed: false,
    });
    expect(
      decide(def, scheduled, { type: "act", action: "confirmSchedule", version: 3 }, ["superior"], ctx, OPEN_WINDOW),
    ).toEqual({ ok: true, next: scheduled, changed: false });
  });
});

describe("tindak lanjut reopen", () => {
  it("a superior reopens a submitted tindak lanjut as a new revision; the guru only asks", () => {
    const def = DOCUMENT_TYPES.tindak_lanjut;
    const ctx = practiceCtx();
    const s = { status: "submitted" as const, content: completeTindakLanjut(), version: 2, revision: 1 };
    expect(
      decide(def, s, { type: "act", action: "requestReopen", note: "Jadwal berubah." }, ["owner"], ctx, OPEN_WINDOW),
    ).toEqual({
      ok: true,
      next: s,
      changed: false,
    });
    expect(decide(def, s, { type: "act", action: "reopen" }, ["superior"], ctx, CLOSED_WINDOW)).toEqual({
      ok: true,
      next: { ...s, status: "draft", version: 3, revision: 2 },
      changed: true,
    });
  });
});
