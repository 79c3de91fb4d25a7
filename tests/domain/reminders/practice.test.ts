import { describe, expect, it } from "vitest";
import { type PracticeFacts, penilaianNotStarted, practiceActor } from "../../../src/domain/reminders/practice.js";
import { dueReminders, type ReminderCycle } from "../../../src/domain/reminders/reminders.js";
import { DEFAULT_REMINDERS } from "../../../src/domain/rulesets/reminders.js";

const DONE = { persiapan: "scheduled", observasi: "followed_up", tindak_lanjut: "submitted", upaya: "done" };
const facts = (documents: PracticeFacts["documents"], over: Partial<PracticeFacts> = {}): PracticeFacts => ({
  track: "guru",
  documents,
  observationMode: null,
  window: { opensOn: "2030-02-01", closesOn: "2030-06-30" },
  assessmentWindow: { opensOn: "2030-07-01", closesOn: "2030-07-31" },
  today: "2030-06-25",
  ...over,
});

describe("who must act in the pelaksanaan window", () => {
  it("the pegawai on their own documents, the atasan on the observation, both when the paths part", () => {
    expect(practiceActor(facts({}))).toBe("owner");
    expect(practiceActor(facts({ persiapan: "scheduled" }))).toBe("superior");
    expect(practiceActor(facts({ ...DONE, refleksi: "submitted" }))).toBe("both");
    expect(practiceActor(facts({ ...DONE, refleksi: "discussed", bukti_dukung: "verified" }))).toBe("nobody");
  });

  it("after the close still names who would act (for the escalation), and a KS's recommendation is the Tim Kinerja's", () => {
    expect(practiceActor(facts({ persiapan: "scheduled" }, { today: "2030-07-05" }))).toBe("superior");
    const ks = { ...DONE, refleksi: "discussed", bukti_dukung: "verified" };
    expect(practiceActor(facts(ks, { track: "kepala_sekolah", observationMode: "langsung" }))).toBe("superior");
  });
});

describe("a penilaian the atasan has not started", () => {
  const practiceDone = { ...DONE, refleksi: "discussed", bukti_dukung: "verified" };
  it("is the atasan's once the practice is done, before and after the penilaian window closes", () => {
    expect(penilaianNotStarted(facts(practiceDone, { today: "2030-07-25" }))).toBe("superior");
    expect(penilaianNotStarted(facts(practiceDone, { today: "2030-08-05" }))).toBe("superior");
  });
  it("is nobody's while the practice runs or once started", () => {
    expect(penilaianNotStarted(facts(DONE, { today: "2030-07-25" }))).toBe("nobody");
    expect(penilaianNotStarted(facts({ ...practiceDone, penilaian: "draft" }))).toBe("nobody");
  });
});

describe("reminders of a cycle both must act on", () => {
  const c: ReminderCycle = {
    cycleId: "c1",
    ownerId: "ks",
    ownerName: "KS Satu",
    superiorId: "kadis",
    phase: "pelaksanaan",
    opensOn: "2030-02-01",
    closesOn: "2030-06-30",
    actor: "both",
    actingSuperiorIds: ["tim1"],
  };
  it("tells the pegawai and the Tim Kinerja before the close, the atasan after", () => {
    const before = dueReminders([c], DEFAULT_REMINDERS, "2030-06-23", ["admin"], new Set());
    expect(before.map((m) => [m.role, m.to])).toEqual([
      ["owner", ["ks"]],
      ["superior", ["tim1"]],
    ]);
    const after = dueReminders([c], DEFAULT_REMINDERS, "2030-07-01", ["admin"], new Set());
    expect(after).toMatchObject([{ kind: "escalation", role: "atasan", to: ["kadis"], phase: "pelaksanaan" }]);
  });
});
