import { describe, expect, it } from "vitest";
import { assessorRoleOn, type CycleSubject, superiorOn } from "../../../src/domain/org/assessors.js";
import { indexedSuperiorOn, indexFacts } from "../../../src/domain/org/fact-index.js";
import { linkProblem } from "../../../src/domain/org/tim-kinerja.js";
import type { AssignmentFact } from "../../../src/domain/org/types.js";

const D = "dinas-1";
const S1 = "sekolah-1";

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

const ks: CycleSubject = { personId: "ks1", track: "kepala_sekolah", districtId: D, schoolId: S1 };
const pengawas: CycleSubject = { personId: "pengawas1", track: "pengawas", districtId: D, schoolId: null };

// pengawas1 is on the team and named for ks1; tim2 is named for pengawas1; tim3 is named for nobody.
const facts: AssignmentFact[] = [
  hat("ks1", "principal", { schoolId: S1 }),
  hat("kadis", "head_of_district"),
  hat("pengawas1", "supervisor", { schoolId: S1 }),
  hat("pengawas1", "tim_kinerja", { namedSubjectIds: ["ks1", "pengawas1"] }),
  hat("tim2", "tim_kinerja", { namedSubjectIds: ["pengawas1"] }),
  hat("tim3", "tim_kinerja"),
];

describe("superiorOn: Tim Kinerja members named per subject", () => {
  it("the named members are the subject's assessors; the Kepala Dinas stays the atasan", () => {
    expect(superiorOn(ks, facts, "2026-02-01")).toEqual({
      ok: true,
      superiorId: "kadis",
      superiorKind: "head_of_district",
      assessorIds: ["pengawas1"],
    });
    expect(assessorRoleOn("pengawas1", ks, facts, "2026-02-01")).toBe("tim_kinerja");
    // A member not named for this KS is refused, though the team would cover an unnamed one.
    expect(assessorRoleOn("tim3", ks, facts, "2026-02-01")).toBeNull();
    expect(assessorRoleOn("tim2", ks, facts, "2026-02-01")).toBeNull();
  });

  it("a member is never their own observer, even if a stray link names them", () => {
    expect(superiorOn(pengawas, facts, "2026-02-01")).toMatchObject({ assessorIds: ["tim2"] });
    expect(assessorRoleOn("pengawas1", pengawas, facts, "2026-02-01")).toBeNull();
    expect(assessorRoleOn("tim2", pengawas, facts, "2026-02-01")).toBe("tim_kinerja");
  });

  it("a named member counts only while their tim_kinerja hat runs; then the fallback applies", () => {
    const ended = facts.map((f) =>
      f.personId === "pengawas1" && f.kind === "tim_kinerja" ? { ...f, endsOn: "2026-03-31" } : f,
    );
    expect(superiorOn(ks, ended, "2026-03-31")).toMatchObject({ assessorIds: ["pengawas1"] });
    expect(superiorOn(ks, ended, "2026-04-01")).toMatchObject({ assessorIds: ["tim2", "tim3"] });
  });

  it("a subject nobody is named for keeps the whole team (the fallback the workload view flags)", () => {
    const ks2: CycleSubject = { personId: "ks2", track: "kepala_sekolah", districtId: D, schoolId: "sekolah-2" };
    expect(superiorOn(ks2, facts, "2026-02-01")).toMatchObject({ assessorIds: ["pengawas1", "tim2", "tim3"] });
  });

  it("a named member of another district does not count", () => {
    const other = [...facts, hat("timB", "tim_kinerja", { districtId: "dinas-2", namedSubjectIds: ["ks1"] })];
    expect(superiorOn(ks, other, "2026-02-01")).toMatchObject({ assessorIds: ["pengawas1"] });
  });

  it("the fact index gives the same answer as the full list", () => {
    const index = indexFacts(facts);
    for (const s of [ks, pengawas]) {
      expect(indexedSuperiorOn(index, s, "2026-02-01")).toEqual(superiorOn(s, facts, "2026-02-01"));
    }
  });
});

describe("linkProblem: who may be named for whom", () => {
  const at = (memberId: string, subjectId: string) =>
    linkProblem({ memberId, subjectId, districtId: D, hats: facts }, "2026-02-01");
  it("accepts a member of the team for a KS or pengawas of the district", () => {
    expect(at("pengawas1", "ks1")).toBeNull();
    expect(at("tim2", "pengawas1")).toBeNull();
  });
  it("never names a member for themselves", () => {
    expect(at("pengawas1", "pengawas1")).toBe("self");
  });
  it("refuses someone without a tim_kinerja hat, or with one in another district or not yet started", () => {
    expect(at("ks1", "pengawas1")).toBe("notMember");
    const later = [hat("tim9", "tim_kinerja", { startsOn: "2026-06-01" }), ...facts];
    expect(linkProblem({ memberId: "tim9", subjectId: "ks1", districtId: D, hats: later }, "2026-02-01")).toBe(
      "notMember",
    );
    expect(linkProblem({ memberId: "tim2", subjectId: "ks1", districtId: "dinas-2", hats: facts }, "2026-02-01")).toBe(
      "notMember",
    );
  });
  it("refuses a subject who is neither KS nor pengawas", () => {
    expect(at("tim2", "kadis")).toBe("notSubject");
    expect(at("tim2", "tim3")).toBe("notSubject");
  });
});
