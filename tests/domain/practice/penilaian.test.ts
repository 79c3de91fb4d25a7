import { describe, expect, it } from "vitest";
import { decide } from "../../../src/domain/documents/engine.js";
import { cleanPenilaian, PENILAIAN_GURU_DOCUMENT, penilaianProblems } from "../../../src/domain/practice/penilaian.js";
import { phaseAfterPractice, practiceSummary } from "../../../src/domain/practice/stages.js";
import { visibleTo } from "../../../src/domain/practice/visibility.js";
import { OPEN_WINDOW, practiceCtx } from "./fixtures.js";
import { completePenilaian } from "./pengawas-fixtures.js";

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe("the penilaian (DOMAIN.md §5)", () => {
  it("needs the three axes with notes, feedback on all seven aspects, and both ratings", () => {
    expect(penilaianProblems(completePenilaian(), practiceCtx())).toEqual([]);
    const empty = codes(penilaianProblems(PENILAIAN_GURU_DOCUMENT.empty(), practiceCtx()));
    expect(empty.filter((c) => c === "practice.penilaian.behaviourRequired")).toHaveLength(7);
    expect(empty).toContain("practice.penilaian.upayaRefleksiRequired");
    expect(empty).toContain("practice.penilaian.perubahanPraktikFeedbackRequired");
    expect(empty).toContain("practice.penilaian.hasilKerjaRequired");
    expect(empty).toContain("practice.penilaian.perilakuRequired");
    const oneMissing = { ...completePenilaian(), behaviours: { ...completePenilaian().behaviours, loyal: " " } };
    expect(penilaianProblems(oneMissing, practiceCtx())).toEqual([
      { at: "perilaku", code: "practice.penilaian.behaviourRequired", params: { aspect: "Loyal" } },
    ]);
  });

  it("rates a pegawai appointed late on perilaku only: no axes, no hasil kerja", () => {
    const ctx = { ...practiceCtx(), assessmentScope: "perilaku_only" as const };
    const onlyBehaviour = { ...PENILAIAN_GURU_DOCUMENT.empty(), behaviours: completePenilaian().behaviours };
    expect(codes(penilaianProblems(onlyBehaviour, ctx))).toEqual(["practice.penilaian.perilakuRequired"]);
    expect(penilaianProblems({ ...onlyBehaviour, perilaku: "sesuai" }, ctx)).toEqual([]);
    // The same content in full scope still needs the practice.
    expect(penilaianProblems({ ...onlyBehaviour, perilaku: "sesuai" }, practiceCtx()).length).toBe(7);
  });

  it("keeps feedback only for the rule set's aspects", () => {
    const c = { ...completePenilaian(), behaviours: { ...completePenilaian().behaviours, palsu: "x" } };
    expect(Object.keys(cleanPenilaian(c, practiceCtx()).behaviours)).not.toContain("palsu");
  });

  it("the atasan writes and rates; the pegawai only responds and acknowledges; rating twice is one rating", () => {
    const state = { status: "draft" as const, content: completePenilaian(), version: 3, revision: 1 };
    const ctx = practiceCtx();
    const byOwner = decide(
      PENILAIAN_GURU_DOCUMENT,
      state,
      { type: "save", content: state.content, version: 3 },
      ["owner"],
      ctx,
      OPEN_WINDOW,
    );
    expect(byOwner).toMatchObject({ ok: false, error: "INVALID_STATE" });
    const rated = decide(
      PENILAIAN_GURU_DOCUMENT,
      state,
      { type: "act", action: "rate", version: 3 },
      ["superior"],
      ctx,
      OPEN_WINDOW,
    );
    expect(rated).toMatchObject({ ok: true, changed: true, next: { status: "rated" } });
    if (!rated.ok) return;
    const again = decide(
      PENILAIAN_GURU_DOCUMENT,
      rated.next,
      { type: "act", action: "rate", version: 3 },
      ["superior"],
      ctx,
      OPEN_WINDOW,
    );
    expect(again).toMatchObject({ ok: true, changed: false });
    // The response is the pegawai's field only: a save by them cannot touch the ratings.
    const tampered = { ...rated.next.content, hasilKerja: "di_atas" as const, response: "Terima kasih." };
    const responded = decide(
      PENILAIAN_GURU_DOCUMENT,
      rated.next,
      { type: "save", content: tampered, version: 3 },
      ["owner"],
      ctx,
      OPEN_WINDOW,
    );
    expect(responded.ok && responded.next.content).toMatchObject({ hasilKerja: "sesuai", response: "Terima kasih." });
    const ack = decide(
      PENILAIAN_GURU_DOCUMENT,
      rated.next,
      { type: "act", action: "acknowledge", version: 3 },
      ["superior"],
      ctx,
      OPEN_WINDOW,
    );
    expect(ack).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });

  it("is hidden from the pegawai while the atasan drafts it, read once rated", () => {
    expect(visibleTo("penilaian", "draft", ["owner"])).toBe(false);
    expect(visibleTo("penilaian", "draft", ["superior"])).toBe(true);
    expect(visibleTo("penilaian", "draft", ["admin"])).toBe(true);
    expect(visibleTo("penilaian", "rated", ["owner"])).toBe(true);
  });

  it("does not wait on a Tim Kinerja member: only the Kepala Dinas decides a KS's penilaian", () => {
    const input = {
      track: "kepala_sekolah" as const,
      planStatus: "agreed" as const,
      window: { opensOn: "2025-02-01", closesOn: "2025-11-30" },
      assessmentWindow: { opensOn: "2025-12-01", closesOn: "2025-12-31" },
      today: "2025-12-05",
      documents: {
        persiapan: "scheduled",
        observasi: "followed_up",
        tindak_lanjut: "submitted",
        upaya: "done",
        refleksi: "discussed",
        bukti_dukung: "verified",
        rekomendasi: "submitted",
      },
    };
    expect(practiceSummary(input)).toMatchObject({
      stage: "penilaian",
      nextActor: "superior",
      awaitingSuperior: ["penilaian"],
    });
    expect(practiceSummary(input, null, true)).toMatchObject({
      stage: "penilaian",
      nextActor: null,
      awaitingSuperior: [],
    });
  });
});

describe("the cycle's phase after its practice changes", () => {
  const view = (state: "locked" | "open" | "done") => ({
    windowState: "open" as const,
    current: null,
    nextActor: null,
    stages: [
      { stage: "refleksi" as const, state: "done" as const, status: "discussed", nextActor: null },
      { stage: "penilaian" as const, state, status: state === "done" ? "acknowledged" : null, nextActor: null },
    ],
  });
  it("moves to penilaian when it opens, to selesai when acknowledged, back when a reopen locks it", () => {
    expect(phaseAfterPractice("pelaksanaan", view("open"))).toBe("penilaian");
    expect(phaseAfterPractice("penilaian", view("done"))).toBe("selesai");
    expect(phaseAfterPractice("penilaian", view("locked"))).toBe("pelaksanaan");
    expect(phaseAfterPractice("selesai", view("open"))).toBe("penilaian");
    // A plan not agreed yet keeps the cycle in perencanaan, whatever the documents say.
    expect(phaseAfterPractice("perencanaan", view("open"))).toBe("perencanaan");
  });
});
