import { describe, expect, it } from "vitest";
import type { PlanStatus } from "../../../src/domain/planning/state.js";
import { documentType } from "../../../src/domain/practice/registry.js";
import {
  closingDue,
  PENGAWAS_STAGES,
  type PengawasStage,
  PRACTICE_STAGES,
  type PracticeKind,
  type PracticeStage,
  type StagesInput,
  stageStates,
  stageStatesFor,
} from "../../../src/domain/practice/stages.js";

const window = { opensOn: "2025-02-01", closesOn: "2025-11-30" };
const input = (over: Partial<StagesInput> = {}): StagesInput => ({
  planStatus: "agreed",
  window,
  today: "2025-03-10",
  documents: {},
  ...over,
});
/** The stage states as one string, in stage order: L = locked, O = open, D = done. */
const grid = (i: StagesInput) =>
  stageStates(i)
    .stages.map((s) => ({ locked: "L", open: "O", done: "D" })[s.state])
    .join("");

describe("practice stages", () => {
  it("are the five stages of DOMAIN.md §4, in order, then the bukti dukung / laporan", () => {
    expect(PRACTICE_STAGES).toEqual([
      "persiapan",
      "observasi",
      "tindak_lanjut",
      "upaya",
      "refleksi",
      "bukti_dukung",
      "penilaian",
    ]);
  });

  const allDone: Partial<Record<PracticeStage, string>> = {
    persiapan: "scheduled",
    observasi: "followed_up",
    tindak_lanjut: "submitted",
    upaya: "done",
    refleksi: "discussed",
    bukti_dukung: "verified",
  };

  type Row = [
    name: string,
    over: Partial<StagesInput>,
    grid: string,
    current: PracticeStage | null,
    actor: "owner" | "superior" | null,
    window: string,
  ];
  const rows: Row[] = [
    ["no plan yet", { planStatus: null }, "LLLLLLL", null, null, "open"],
    ...(["draft", "submitted", "returned", "approved"] as PlanStatus[]).map(
      (planStatus): Row => [`plan ${planStatus}`, { planStatus }, "LLLLLLL", null, null, "open"],
    ),
    ["plan agreed, nothing written", {}, "OLLLLLL", "persiapan", "owner", "open"],
    ["window not open yet", { today: "2025-01-31" }, "LLLLLLL", null, null, "not_open"],
    ["first day of the window", { today: "2025-02-01" }, "OLLLLLL", "persiapan", "owner", "open"],
    ["last day of the window", { today: "2025-11-30" }, "OLLLLLL", "persiapan", "owner", "open"],
    ["window closed: open but nobody acts", { today: "2025-12-01" }, "OLLLLLL", "persiapan", null, "closed"],
    ["persiapan draft", { documents: { persiapan: "draft" } }, "OLLLLLL", "persiapan", "owner", "open"],
    [
      "persiapan submitted: the superior confirms",
      { documents: { persiapan: "submitted" } },
      "OLLLLLL",
      "persiapan",
      "superior",
      "open",
    ],
    [
      "persiapan scheduled opens observasi",
      { documents: { persiapan: "scheduled" } },
      "DOLLLLL",
      "observasi",
      "superior",
      "open",
    ],
    [
      "observasi observed: the follow-up rating is next",
      { documents: { persiapan: "scheduled", observasi: "observed" } },
      "DOLLLLL",
      "observasi",
      "superior",
      "open",
    ],
    [
      "observasi followed up opens tindak lanjut",
      { documents: { persiapan: "scheduled", observasi: "followed_up" } },
      "DDOLLLL",
      "tindak_lanjut",
      "owner",
      "open",
    ],
    [
      "tindak lanjut submitted opens upaya",
      { documents: { ...allDone, upaya: "draft", refleksi: undefined, bukti_dukung: undefined } },
      "DDDOLOL",
      "upaya",
      "owner",
      "open",
    ],
    [
      "refleksi submitted: the superior records the discussion",
      { documents: { ...allDone, refleksi: "submitted" } },
      "DDDDODL",
      "refleksi",
      "superior",
      "open",
    ],
    [
      "upaya done: refleksi and bukti dukung are both open, refleksi first",
      { documents: { ...allDone, refleksi: undefined, bukti_dukung: "draft" } },
      "DDDDOOL",
      "refleksi",
      "owner",
      "open",
    ],
    [
      "refleksi discussed, bukti dukung handed in: the practice waits on the verification",
      { documents: { ...allDone, bukti_dukung: "submitted" } },
      "DDDDDOL",
      "bukti_dukung",
      "superior",
      "open",
    ],
    [
      "a returned bukti dukung is the guru's again",
      { documents: { ...allDone, bukti_dukung: "returned" } },
      "DDDDDOL",
      "bukti_dukung",
      "owner",
      "open",
    ],
    [
      "bukti dukung waits for the tindak lanjut",
      { documents: { persiapan: "scheduled", observasi: "followed_up", bukti_dukung: "draft" } },
      "DDOLLLL",
      "tindak_lanjut",
      "owner",
      "open",
    ],
    // The practice done, the penilaian opens — acted on in its own window only.
    ["practice done, no penilaian window yet", { documents: allDone }, "DDDDDDO", "penilaian", null, "open"],
    [
      "practice done, the penilaian window open: the atasan rates",
      { documents: allDone, today: "2025-12-01", assessmentWindow: { opensOn: "2025-11-25", closesOn: "2025-12-20" } },
      "DDDDDDO",
      "penilaian",
      "superior",
      "closed",
    ],
    [
      "rated: the guru acknowledges",
      {
        documents: { ...allDone, penilaian: "rated" },
        today: "2025-12-01",
        assessmentWindow: { opensOn: "2025-11-25", closesOn: "2025-12-20" },
      },
      "DDDDDDO",
      "penilaian",
      "owner",
      "closed",
    ],
    [
      "acknowledged: the cycle is done",
      { documents: { ...allDone, penilaian: "acknowledged" }, today: "2025-12-01" },
      "DDDDDDD",
      null,
      null,
      "closed",
    ],
    [
      "a reopened tindak lanjut locks what follows it",
      { documents: { ...allDone, tindak_lanjut: "draft", upaya: "draft", refleksi: undefined, bukti_dukung: "draft" } },
      "DDOLLLL",
      "tindak_lanjut",
      "owner",
      "open",
    ],
    [
      "done stays done when the plan is reopened; nothing else opens",
      { planStatus: "draft", documents: { persiapan: "scheduled" } },
      "DLLLLLL",
      null,
      null,
      "open",
    ],
    [
      "a later document without its predecessor done stays locked",
      { documents: { persiapan: "submitted", observasi: "draft" } },
      "OLLLLLL",
      "persiapan",
      "superior",
      "open",
    ],
  ];

  it.each(rows)("%s", (_name, over, expected, current, actor, windowState) => {
    const i = input(over);
    expect(grid(i)).toBe(expected);
    const view = stageStates(i);
    expect(view.current).toBe(current);
    expect(view.nextActor).toBe(actor);
    expect(view.windowState).toBe(windowState);
    for (const s of view.stages) if (s.state !== "open") expect(s.nextActor).toBeNull();
  });

  it("reports each stage's document status as given", () => {
    const view = stageStates(input({ documents: { persiapan: "scheduled", observasi: "draft" } }));
    expect(view.stages.map((s) => s.status)).toEqual(["scheduled", "draft", null, null, null, null, null]);
  });

  it("the closing part is due after the first hand-over of observasi and refleksi only", () => {
    expect(closingDue("observasi", "draft")).toBe(false);
    expect(closingDue("observasi", "observed")).toBe(true);
    expect(closingDue("observasi", "followed_up")).toBe(true);
    expect(closingDue("refleksi", "draft")).toBe(false);
    expect(closingDue("refleksi", "submitted")).toBe(true);
    expect(closingDue("persiapan", "submitted")).toBe(false);
    expect(closingDue("tindak_lanjut", "submitted")).toBe(false);
  });
});

describe("a pengawas's practice stages (seed 002)", () => {
  const pengawas = (over: Partial<StagesInput<PracticeKind>> = {}): StagesInput<PracticeKind> => ({
    track: "pengawas",
    planStatus: "agreed",
    window,
    today: "2025-03-10",
    documents: {},
    ...over,
  });
  const pgrid = (i: StagesInput<PracticeKind>) =>
    stageStatesFor(i)
      .stages.map((s) => ({ locked: "L", open: "O", done: "D" })[s.state])
      .join("");

  it("are the five pengawas documents in order, then the bukti dukung / laporan and the Tim Kinerja's recommendation", () => {
    const expected = [
      "diskusi_persiapan",
      "pendampingan",
      "diskusi_tindak_lanjut",
      "upaya_pengawas",
      "refleksi_pengawas",
      "bukti_dukung",
      "rekomendasi",
      "penilaian",
    ];
    expect(PENGAWAS_STAGES).toEqual(expected);
    expect(stageStatesFor(pengawas()).stages.map((s) => s.stage)).toEqual(expected);
  });

  it("a guru's cycle has the five stages and bukti dukung; a KS's adds the Tim Kinerja's recommendation", () => {
    expect(stageStatesFor({ ...pengawas(), track: "guru" }).stages.map((s) => s.stage)).toEqual(PRACTICE_STAGES);
    expect(stageStates({ ...input(), track: "guru" }).stages.map((s) => s.stage)).toEqual(PRACTICE_STAGES);
    expect(stageStatesFor({ ...pengawas(), track: "kepala_sekolah" }).stages.map((s) => s.stage)).toEqual([
      ...PRACTICE_STAGES.filter((s) => s !== "penilaian"),
      "rekomendasi",
      "penilaian",
    ]);
  });

  const allDone: Partial<Record<PengawasStage, string>> = {
    diskusi_persiapan: "agreed",
    pendampingan: "done",
    diskusi_tindak_lanjut: "rated",
    upaya_pengawas: "done",
    refleksi_pengawas: "rated",
    bukti_dukung: "verified",
  };

  type Row = [
    name: string,
    documents: Partial<Record<PengawasStage, string>>,
    grid: string,
    current: string | null,
    actor: string | null,
  ];
  const rows: Row[] = [
    ["nothing written: the diskusi persiapan is the pengawas's", {}, "OLLLLLLL", "diskusi_persiapan", "owner"],
    [
      "diskusi persiapan submitted: the Tim Kinerja agrees",
      { diskusi_persiapan: "submitted" },
      "OLLLLLLL",
      "diskusi_persiapan",
      "superior",
    ],
    ["agreed: the pendampingan opens", { diskusi_persiapan: "agreed" }, "DOLLLLLL", "pendampingan", "owner"],
    [
      "pendampingan done: the diskusi tindak lanjut",
      { diskusi_persiapan: "agreed", pendampingan: "done" },
      "DDOLLLLL",
      "diskusi_tindak_lanjut",
      "owner",
    ],
    [
      "diskusi tindak lanjut submitted: the Tim Kinerja rates",
      { diskusi_persiapan: "agreed", pendampingan: "done", diskusi_tindak_lanjut: "submitted" },
      "DDOLLLLL",
      "diskusi_tindak_lanjut",
      "superior",
    ],
    [
      "rated: the upaya and the bukti dukung open",
      { diskusi_persiapan: "agreed", pendampingan: "done", diskusi_tindak_lanjut: "rated" },
      "DDDOLOLL",
      "upaya_pengawas",
      "owner",
    ],
    [
      "refleksi submitted: the Tim Kinerja rates it",
      { ...allDone, refleksi_pengawas: "submitted" },
      "DDDDODLL",
      "refleksi_pengawas",
      "superior",
    ],
    [
      "a guru's kinds in a pengawas cycle count for nothing",
      { persiapan: "scheduled", observasi: "followed_up" } as Partial<Record<PengawasStage, string>>,
      "OLLLLLLL",
      "diskusi_persiapan",
      "owner",
    ],
    [
      "reflection rated, bukti dukung verified: the Tim Kinerja recommends",
      allDone,
      "DDDDDDOL",
      "rekomendasi",
      "superior",
    ],
    [
      "the recommendation waits for the bukti dukung too",
      { ...allDone, bukti_dukung: "submitted" },
      "DDDDDOLL",
      "bukti_dukung",
      "superior",
    ],
    [
      "the recommendation sent: the Kepala Dinas's penilaian opens",
      { ...allDone, rekomendasi: "submitted" },
      "DDDDDDDO",
      "penilaian",
      null,
    ],
  ];

  it.each(rows)("%s", (_name, documents, expected, current, actor) => {
    const i = pengawas({ documents });
    expect(pgrid(i)).toBe(expected);
    const view = stageStatesFor(i);
    expect(view.current).toBe(current);
    expect(view.nextActor).toBe(actor);
  });

  it("the bukti dukung follows the pengawas's own order even if given the guru's definition", () => {
    // A caller passing `documentType` (guru's bukti dukung: after the tindak lanjut) does not open it early.
    const view = stageStatesFor(
      pengawas({ documents: { diskusi_persiapan: "agreed" }, definitionOf: (k) => documentType(k) }),
    );
    expect(view.stages.find((s) => s.stage === "bukti_dukung")?.state).toBe("locked");
  });

  it("the Tim Kinerja's ratings are due once the pengawas handed in", () => {
    expect(closingDue("diskusi_tindak_lanjut", "draft")).toBe(false);
    expect(closingDue("diskusi_tindak_lanjut", "submitted")).toBe(true);
    expect(closingDue("diskusi_tindak_lanjut", "rated")).toBe(true);
    expect(closingDue("refleksi_pengawas", "draft")).toBe(false);
    expect(closingDue("refleksi_pengawas", "submitted")).toBe(true);
    expect(closingDue("diskusi_persiapan", "submitted")).toBe(false);
    expect(closingDue("pendampingan", "draft")).toBe(false);
  });
});
