import { describe, expect, it } from "vitest";
import { type StageLabelInput, stageLabel } from "../../../src/domain/export/stage-label.js";

const windows = {
  executionOpensOn: "2026-02-01",
  executionClosesOn: "2026-10-31",
  assessmentOpensOn: "2026-11-01",
  assessmentClosesOn: "2026-12-15",
};
const input = (over: Partial<StageLabelInput>): StageLabelInput => ({
  track: "guru",
  planStatus: "agreed",
  windows,
  today: "2026-05-01",
  documents: {},
  observationMode: null,
  ...over,
});

describe("stageLabel", () => {
  it("before the plan is agreed: Perencanaan and the plan's status", () => {
    expect(stageLabel(input({ planStatus: "not_started" }))).toBe("Perencanaan · Belum mulai");
    expect(stageLabel(input({ planStatus: "submitted" }))).toBe("Perencanaan · Menunggu persetujuan");
  });
  it("in the practice: the current stage", () => {
    expect(stageLabel(input({}))).toBe("Pelaksanaan · Dokumen Persiapan");
    expect(stageLabel(input({ documents: { persiapan: "scheduled" } }))).toBe("Pelaksanaan · Observasi");
  });
  it("at the penilaian: waiting for the atasan, then for the pegawai, then done", () => {
    const before = {
      persiapan: "scheduled",
      observasi: "followed_up",
      tindak_lanjut: "submitted",
      upaya: "done",
      refleksi: "discussed",
      bukti_dukung: "verified",
    };
    const today = "2026-11-10";
    const label = (penilaian?: string) =>
      stageLabel(input({ today, documents: penilaian ? { ...before, penilaian } : before }));
    expect(label()).toBe("Penilaian · Menunggu penilaian atasan");
    expect(label("rated")).toBe("Penilaian · Dinilai, menunggu dibaca pegawai");
    expect(label("acknowledged")).toBe("Selesai");
  });
});
