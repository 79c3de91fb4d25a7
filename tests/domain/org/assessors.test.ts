import { describe, expect, it } from "vitest";
import { assessorRoleOn, type CycleSubject, subjectOn, superiorOn } from "../../../src/domain/org/assessors.js";
import { type AssignmentFact, principalClash } from "../../../src/domain/org/types.js";

const D = "dinas-1";
const S1 = "sekolah-1";
const S2 = "sekolah-2";

function hat(personId: string, kind: AssignmentFact["kind"], extra: Partial<AssignmentFact> = {}): AssignmentFact {
  return {
    personId,
    kind,
    districtId: D,
    schoolId: null,
    acting: false,
    startsOn: "2026-01-01",
    endsOn: null,
    ...extra,
  };
}

const base: AssignmentFact[] = [
  hat("ks1", "principal", { schoolId: S1 }),
  hat("guru1", "teacher", { schoolId: S1 }),
  hat("guru2", "teacher", { schoolId: S2 }),
  hat("plt2", "teacher", { schoolId: S2 }),
  hat("plt2", "principal", { schoolId: S2, acting: true, startsOn: "2026-03-01", endsOn: "2026-06-30" }),
  hat("kadis", "head_of_district"),
  hat("tim1", "tim_kinerja"),
  hat("pengawas1", "supervisor", { schoolId: S1 }),
  hat("pengawas1", "tim_kinerja"),
];

const guru = (personId: string, schoolId: string): CycleSubject => ({
  personId,
  track: "guru",
  districtId: D,
  schoolId,
});

describe("subjectOn: which cycle a person runs", () => {
  it("a guru runs the guru cycle at their school", () => {
    expect(subjectOn("guru1", base, "2026-02-01")).toEqual(guru("guru1", S1));
  });
  it("a definitive KS who also teaches runs the KS cycle", () => {
    const facts = [...base, hat("ks1", "teacher", { schoolId: S1 })];
    expect(subjectOn("ks1", facts, "2026-02-01")?.track).toBe("kepala_sekolah");
  });
  it("a Plt keeps the guru cycle", () => {
    expect(subjectOn("plt2", base, "2026-04-01")?.track).toBe("guru");
  });
  it("a pengawas runs the pengawas cycle without a school", () => {
    expect(subjectOn("pengawas1", base, "2026-02-01")).toEqual({
      personId: "pengawas1",
      track: "pengawas",
      districtId: D,
      schoolId: null,
    });
  });
  it("nobody runs a cycle outside their assignment dates", () => {
    expect(subjectOn("guru1", base, "2025-12-31")).toBeNull();
    expect(subjectOn("kadis", base, "2026-02-01")).toBeNull();
  });
});

describe("superiorOn: who assesses whom", () => {
  it("guru → the school's definitive KS", () => {
    expect(superiorOn(guru("guru1", S1), base, "2026-02-01")).toEqual({
      ok: true,
      superiorId: "ks1",
      superiorKind: "principal",
      assessorIds: [],
    });
  });

  it("guru → the Plt only within the Plt's dates", () => {
    expect(superiorOn(guru("guru2", S2), base, "2026-03-01")).toMatchObject({
      ok: true,
      superiorId: "plt2",
      superiorKind: "acting_principal",
    });
    expect(superiorOn(guru("guru2", S2), base, "2026-06-30")).toMatchObject({ ok: true, superiorId: "plt2" });
    expect(superiorOn(guru("guru2", S2), base, "2026-02-28")).toEqual({
      ok: false,
      reason: "NO_PRINCIPAL",
      assessorIds: [],
    });
    expect(superiorOn(guru("guru2", S2), base, "2026-07-01")).toEqual({
      ok: false,
      reason: "NO_PRINCIPAL",
      assessorIds: [],
    });
  });

  it("a Plt appointed while the definitive KS is still listed takes over for the Plt's dates", () => {
    const facts = [...base, hat("ks2", "principal", { schoolId: S2 })];
    expect(superiorOn(guru("guru2", S2), facts, "2026-04-01")).toMatchObject({ superiorId: "plt2" });
    expect(superiorOn(guru("guru2", S2), facts, "2026-08-01")).toMatchObject({
      superiorId: "ks2",
      superiorKind: "principal",
    });
  });

  it("a Plt's own guru cycle goes to the Kepala Dinas with the Tim Kinerja, never to themselves", () => {
    const r = superiorOn(guru("plt2", S2), base, "2026-04-01");
    expect(r).toEqual({
      ok: true,
      superiorId: "kadis",
      superiorKind: "head_of_district",
      assessorIds: ["pengawas1", "tim1"],
    });
  });

  it("after the Plt's dates, the former Plt is an ordinary guru again", () => {
    const facts = [...base, hat("ks2", "principal", { schoolId: S2, startsOn: "2026-07-01" })];
    expect(superiorOn(guru("plt2", S2), facts, "2026-07-15")).toMatchObject({
      superiorId: "ks2",
      superiorKind: "principal",
    });
  });

  it("KS → Kepala Dinas with the district's Tim Kinerja as assessors", () => {
    const ks: CycleSubject = { personId: "ks1", track: "kepala_sekolah", districtId: D, schoolId: S1 };
    expect(superiorOn(ks, base, "2026-02-01")).toEqual({
      ok: true,
      superiorId: "kadis",
      superiorKind: "head_of_district",
      assessorIds: ["pengawas1", "tim1"],
    });
  });

  it("a Tim Kinerja member narrowed to a school takes that school's KS", () => {
    const facts = [...base, hat("tim2", "tim_kinerja", { schoolId: S1 })];
    const ks: CycleSubject = { personId: "ks1", track: "kepala_sekolah", districtId: D, schoolId: S1 };
    expect(superiorOn(ks, facts, "2026-02-01")).toMatchObject({ assessorIds: ["tim2"] });
  });

  it("a pengawas who sits on the Tim Kinerja is not their own assessor", () => {
    const p: CycleSubject = { personId: "pengawas1", track: "pengawas", districtId: D, schoolId: null };
    expect(superiorOn(p, base, "2026-02-01")).toMatchObject({ superiorId: "kadis", assessorIds: ["tim1"] });
  });

  it("no Kepala Dinas on record → reported, with the team still listed", () => {
    const facts = base.filter((a) => a.kind !== "head_of_district");
    const ks: CycleSubject = { personId: "ks1", track: "kepala_sekolah", districtId: D, schoolId: S1 };
    expect(superiorOn(ks, facts, "2026-02-01")).toEqual({
      ok: false,
      reason: "NO_HEAD_OF_DISTRICT",
      assessorIds: ["pengawas1", "tim1"],
    });
  });

  it("a KS whose assignment ended is no longer anyone's atasan", () => {
    const facts = base.map((a) => (a.personId === "ks1" ? { ...a, endsOn: "2026-01-31" } : a));
    expect(superiorOn(guru("guru1", S1), facts, "2026-02-01")).toEqual({
      ok: false,
      reason: "NO_PRINCIPAL",
      assessorIds: [],
    });
  });

  it("the Kepala Dinas of another district never assesses", () => {
    const facts = base.map((a) => (a.kind === "head_of_district" ? { ...a, districtId: "dinas-2" } : a));
    const ks: CycleSubject = { personId: "ks1", track: "kepala_sekolah", districtId: D, schoolId: S1 };
    expect(superiorOn(ks, facts, "2026-02-01")).toMatchObject({ ok: false, reason: "NO_HEAD_OF_DISTRICT" });
  });
});

describe("principalClash: one KS and at most one Plt per school per date", () => {
  const ks = { ...hat("ks1", "principal", { schoolId: S1 }), id: "a1" };
  const plt = {
    ...hat("p1", "principal", { schoolId: S1, acting: true, startsOn: "2026-03-01", endsOn: "2026-06-30" }),
    id: "a2",
  };
  it("a Plt may overlap the definitive KS", () => {
    expect(principalClash([ks], hat("p1", "principal", { schoolId: S1, acting: true }))).toBeUndefined();
  });
  it("a second Plt in overlapping dates clashes; after the first one's end it does not", () => {
    expect(
      principalClash([ks, plt], hat("p2", "principal", { schoolId: S1, acting: true, startsOn: "2026-06-30" }))?.id,
    ).toBe("a2");
    expect(
      principalClash([ks, plt], hat("p2", "principal", { schoolId: S1, acting: true, startsOn: "2026-07-01" })),
    ).toBeUndefined();
  });
  it("a second definitive KS clashes unless the first one has ended; other schools never clash", () => {
    expect(principalClash([ks], hat("ks2", "principal", { schoolId: S1 }))?.id).toBe("a1");
    expect(
      principalClash(
        [{ ...ks, endsOn: "2026-01-31" }],
        hat("ks2", "principal", { schoolId: S1, startsOn: "2026-02-01" }),
      ),
    ).toBeUndefined();
    expect(principalClash([ks], hat("ks2", "principal", { schoolId: S2 }))).toBeUndefined();
  });
});

describe("assessorRoleOn: the one answer to who assesses whom on a date", () => {
  const ks = (personId: string, schoolId: string): CycleSubject => ({
    personId,
    track: "kepala_sekolah",
    districtId: D,
    schoolId,
  });
  it("the KS assesses a guru of their school, nobody of another school", () => {
    expect(assessorRoleOn("ks1", guru("guru1", S1), base, "2026-02-01")).toBe("principal");
    expect(assessorRoleOn("ks1", guru("guru2", S2), base, "2026-02-01")).toBeNull();
  });
  it("a Plt assesses only within their dates, and the guru of that school only", () => {
    expect(assessorRoleOn("plt2", guru("guru2", S2), base, "2026-02-28")).toBeNull();
    expect(assessorRoleOn("plt2", guru("guru2", S2), base, "2026-03-01")).toBe("acting_principal");
    expect(assessorRoleOn("plt2", guru("guru2", S2), base, "2026-06-30")).toBe("acting_principal");
    expect(assessorRoleOn("plt2", guru("guru2", S2), base, "2026-07-01")).toBeNull();
    expect(assessorRoleOn("plt2", guru("guru1", S1), base, "2026-04-01")).toBeNull();
  });
  it("nobody assesses themselves, not even a Plt their own guru cycle", () => {
    expect(assessorRoleOn("plt2", guru("plt2", S2), base, "2026-04-01")).toBeNull();
    expect(assessorRoleOn("kadis", guru("plt2", S2), base, "2026-04-01")).toBe("head_of_district");
    expect(assessorRoleOn("ks1", ks("ks1", S1), base, "2026-04-01")).toBeNull();
  });
  it("a KS is assessed by the Kepala Dinas and the Tim Kinerja, never by a guru", () => {
    expect(assessorRoleOn("kadis", ks("ks1", S1), base, "2026-04-01")).toBe("head_of_district");
    expect(assessorRoleOn("tim1", ks("ks1", S1), base, "2026-04-01")).toBe("tim_kinerja");
    expect(assessorRoleOn("pengawas1", ks("ks1", S1), base, "2026-04-01")).toBe("tim_kinerja");
    expect(assessorRoleOn("guru1", ks("ks1", S1), base, "2026-04-01")).toBeNull();
  });
  it("a Kepala Dinas of another district assesses nobody here", () => {
    const other = [...base, hat("kadis2", "head_of_district", { districtId: "dinas-2" })];
    expect(assessorRoleOn("kadis2", ks("ks1", S1), other, "2026-04-01")).toBeNull();
  });
});
