import { describe, expect, it } from "vitest";
import type { PlanStatus } from "../../../src/domain/planning/state.js";
import {
  closingDue,
  PRACTICE_STAGES,
  type PracticeStage,
  type StagesInput,
  stageStates,
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
  it("are the five stages of DOMAIN.md §4, in order", () => {
    expect(PRACTICE_STAGES).toEqual(["persiapan", "observasi", "tindak_lanjut", "upaya", "refleksi"]);
  });

  const allDone: Partial<Record<PracticeStage, string>> = {
    persiapan: "scheduled",
    observasi: "followed_up",
    tindak_lanjut: "submitted",
    upaya: "done",
    refleksi: "discussed",
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
    ["no plan yet", { planStatus: null }, "LLLLL", null, null, "open"],
    ...(["draft", "submitted", "returned", "approved"] as PlanStatus[]).map(
      (planStatus): Row => [`plan ${planStatus}`, { planStatus }, "LLLLL", null, null, "open"],
    ),
    ["plan agreed, nothing written", {}, "OLLLL", "persiapan", "owner", "open"],
    ["window not open yet", { today: "2025-01-31" }, "LLLLL", null, null, "not_open"],
    ["first day of the window", { today: "2025-02-01" }, "OLLLL", "persiapan", "owner", "open"],
    ["last day of the window", { today: "2025-11-30" }, "OLLLL", "persiapan", "owner", "open"],
    ["window closed: open but nobody acts", { today: "2025-12-01" }, "OLLLL", "persiapan", null, "closed"],
    ["persiapan draft", { documents: { persiapan: "draft" } }, "OLLLL", "persiapan", "owner", "open"],
    [
      "persiapan submitted: the superior confirms",
      { documents: { persiapan: "submitted" } },
      "OLLLL",
      "persiapan",
      "superior",
      "open",
    ],
    [
      "persiapan scheduled opens observasi",
      { documents: { persiapan: "scheduled" } },
      "DOLLL",
      "observasi",
      "superior",
      "open",
    ],
    [
      "observasi observed: the follow-up rating is next",
      { documents: { persiapan: "scheduled", observasi: "observed" } },
      "DOLLL",
      "observasi",
      "superior",
      "open",
    ],
    [
      "observasi followed up opens tindak lanjut",
      { documents: { persiapan: "scheduled", observasi: "followed_up" } },
      "DDOLL",
      "tindak_lanjut",
      "owner",
      "open",
    ],
    [
      "tindak lanjut submitted opens upaya",
      { documents: { ...allDone, upaya: "draft", refleksi: undefined } },
      "DDDOL",
      "upaya",
      "owner",
      "open",
    ],
    [
      "refleksi submitted: the superior records the discussion",
      { documents: { ...allDone, refleksi: "submitted" } },
      "DDDDO",
      "refleksi",
      "superior",
      "open",
    ],
    ["all done", { documents: allDone }, "DDDDD", null, null, "open"],
    ["all done, window closed", { documents: allDone, today: "2025-12-01" }, "DDDDD", null, null, "closed"],
    [
      "a reopened tindak lanjut locks what follows it",
      { documents: { ...allDone, tindak_lanjut: "draft", upaya: "draft", refleksi: undefined } },
      "DDOLL",
      "tindak_lanjut",
      "owner",
      "open",
    ],
    [
      "done stays done when the plan is reopened; nothing else opens",
      { planStatus: "draft", documents: { persiapan: "scheduled" } },
      "DLLLL",
      null,
      null,
      "open",
    ],
    [
      "a later document without its predecessor done stays locked",
      { documents: { persiapan: "submitted", observasi: "draft" } },
      "OLLLL",
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
    expect(view.stages.map((s) => s.status)).toEqual(["scheduled", "draft", null, null, null]);
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
