import { describe, expect, it } from "vitest";
import {
  type Actor,
  can,
  correctionSchoolOf,
  type DatedHat,
  dashboardDistricts,
  type Hat,
  hasAdminAccess,
  headedSchools,
  type PersonFacts,
} from "../../../src/domain/auth/policy.js";

const TODAY = "2026-06-01";
const hat = (kind: Hat["kind"], schoolId: string | null, districtId = "D1", acting = false): Hat => ({
  kind,
  districtId,
  schoolId,
  acting,
});
const actor = (...hats: Hat[]): Actor => ({ personId: "me", hats });
const dated = (h: Hat, startsOn = "2020-01-01", endsOn: string | null = null): DatedHat => ({
  ...h,
  startsOn,
  endsOn,
  today: TODAY,
});
const person = (...hats: DatedHat[]): PersonFacts => ({ personId: "p", hats });

const admin = actor(hat("admin", null));
const adminB = actor(hat("admin", null, "D2"));
const operatorA = actor(hat("operator", "A"));
const guru = actor(hat("teacher", "A"));

const teacherA = person(dated(hat("teacher", "A")));
const principalTeachingA = person(dated(hat("principal", "A")), dated(hat("teacher", "A")));
const pltA = person(dated(hat("teacher", "A")), dated(hat("principal", "A", "D1", true), "2026-05-01", "2026-07-01"));
const districtAdmin = person(dated(hat("admin", null)));
const headOfD1 = person(dated(hat("head_of_district", null)));

describe("schools and districts (deny by default)", () => {
  it("an admin manages every school of their district, not another district's", () => {
    expect(can(admin, { do: "school.manage", school: { districtId: "D1", schoolId: "B" } })).toBe(true);
    expect(can(admin, { do: "school.manage", school: { districtId: "D2", schoolId: "X" } })).toBe(false);
  });
  it("an operator manages only their own school and no district page", () => {
    expect(can(operatorA, { do: "school.manage", school: { districtId: "D1", schoolId: "A" } })).toBe(true);
    expect(can(operatorA, { do: "school.manage", school: { districtId: "D1", schoolId: "B" } })).toBe(false);
    expect(can(operatorA, { do: "district.manage", districtId: "D1" })).toBe(false);
    expect(can(operatorA, { do: "import.staff", districtId: "D1" })).toBe(false);
  });
  it("a guru has no admin access at all", () => {
    expect(hasAdminAccess(guru)).toBe(false);
    expect(can(guru, { do: "school.manage", school: { districtId: "D1", schoolId: "A" } })).toBe(false);
    expect(hasAdminAccess(operatorA)).toBe(true);
  });
});

describe("people and accounts", () => {
  it("an operator resets a plain teacher of their school, not one of another school", () => {
    expect(can(operatorA, { do: "account.reset", person: teacherA })).toBe(true);
    expect(can(operatorA, { do: "account.reset", person: person(dated(hat("teacher", "B"))) })).toBe(false);
  });
  it("an operator never resets their principal who also holds a teacher hat (finding a)", () => {
    expect(can(operatorA, { do: "account.reset", person: principalTeachingA })).toBe(false);
    expect(can(operatorA, { do: "person.update", person: principalTeachingA })).toBe(false);
  });
  it("a Plt, a pengawas, Tim Kinerja, admin or Kepala Dinas is out of an operator's reach", () => {
    for (const p of [
      pltA,
      person(dated(hat("teacher", "A")), dated(hat("supervisor", "A"))),
      person(dated(hat("teacher", "A")), dated(hat("tim_kinerja", null))),
      districtAdmin,
      headOfD1,
    ]) {
      expect(can(operatorA, { do: "account.reset", person: p })).toBe(false);
    }
  });
  it("a Plt appointment made for later already counts; an ended one no longer does", () => {
    const future = person(dated(hat("teacher", "A")), dated(hat("principal", "A", "D1", true), "2026-09-01"));
    expect(can(operatorA, { do: "account.reset", person: future })).toBe(false);
    const ended = person(
      dated(hat("teacher", "A")),
      dated(hat("principal", "A", "D1", true), "2025-01-01", "2026-05-31"),
    );
    expect(can(operatorA, { do: "account.reset", person: ended })).toBe(true);
  });
  it("principal, pengawas, Tim Kinerja and Kepala Dinas resets are for the district admin", () => {
    for (const p of [principalTeachingA, pltA, headOfD1, person(dated(hat("supervisor", "A")))]) {
      expect(can(admin, { do: "account.reset", person: p })).toBe(true);
    }
  });
  it("an admin never touches a person who holds a hat in another district (finding c)", () => {
    const inBoth = person(dated(hat("teacher", "A")), dated(hat("head_of_district", null, "D2")));
    expect(can(admin, { do: "account.reset", person: inBoth })).toBe(false);
    expect(can(admin, { do: "person.update", person: inBoth })).toBe(false);
    expect(can(adminB, { do: "account.reset", person: headOfD1 })).toBe(false);
  });
  it("nobody manages a person with no hat in their reach", () => {
    expect(can(admin, { do: "account.reset", person: person() })).toBe(false);
    expect(can(operatorA, { do: "account.reset", person: person() })).toBe(false);
    expect(can(guru, { do: "account.reset", person: teacherA })).toBe(false);
  });
});

describe("assignments", () => {
  const teacherHatA = { kind: "teacher" as const, districtId: "D1", schoolId: "A" };
  it("an operator adds a teacher hat only to someone already at their school (finding b)", () => {
    expect(can(operatorA, { do: "assignment.create", hat: teacherHatA, person: teacherA })).toBe(true);
    expect(can(operatorA, { do: "assignment.create", hat: teacherHatA, person: districtAdmin })).toBe(false);
    expect(can(operatorA, { do: "assignment.create", hat: teacherHatA, person: person() })).toBe(false);
    expect(can(operatorA, { do: "assignment.create", hat: teacherHatA, person: principalTeachingA })).toBe(false);
  });
  it("an operator never grants principal, Tim Kinerja or admin hats", () => {
    for (const kind of ["principal", "tim_kinerja", "admin", "operator", "supervisor"] as const) {
      const h = { kind, districtId: "D1", schoolId: "A" };
      expect(can(operatorA, { do: "assignment.create", hat: h, person: teacherA }), kind).toBe(false);
    }
  });
  it("an admin grants hats in their district, never to a person of another district", () => {
    expect(can(admin, { do: "assignment.create", hat: teacherHatA, person: teacherA })).toBe(true);
    expect(
      can(admin, { do: "assignment.create", hat: { ...teacherHatA, kind: "tim_kinerja" }, person: teacherA }),
    ).toBe(true);
    expect(
      can(adminB, {
        do: "assignment.create",
        hat: { kind: "teacher", districtId: "D2", schoolId: "X" },
        person: headOfD1,
      }),
    ).toBe(false);
    expect(can(adminB, { do: "assignment.create", hat: teacherHatA, person: teacherA })).toBe(false);
  });
  it("ending a hat: its district's admin; an operator only a teacher hat of someone they manage", () => {
    expect(
      can(admin, { do: "assignment.end", hat: { ...teacherHatA, kind: "principal" }, person: principalTeachingA }),
    ).toBe(true);
    expect(can(operatorA, { do: "assignment.end", hat: teacherHatA, person: teacherA })).toBe(true);
    expect(can(operatorA, { do: "assignment.end", hat: teacherHatA, person: principalTeachingA })).toBe(false);
    expect(can(adminB, { do: "assignment.end", hat: teacherHatA, person: teacherA })).toBe(false);
  });
});

describe("Rapor, corrections, files, plans", () => {
  const school = { districtId: "D1", schoolId: "A" };
  it("Rapor import: the school's operator or the district admin, nobody else", () => {
    expect(can(operatorA, { do: "rapor.import", school })).toBe(true);
    expect(can(admin, { do: "rapor.import", school })).toBe(true);
    expect(can(actor(hat("operator", "B")), { do: "rapor.import", school })).toBe(false);
    expect(can(actor(hat("principal", "A")), { do: "rapor.import", school })).toBe(false);
    expect(can(adminB, { do: "rapor.import", school })).toBe(false);
  });
  it("Rapor read: any current hat at the school, or the district admin", () => {
    for (const kind of ["teacher", "principal", "supervisor", "operator"] as const) {
      expect(can(actor(hat(kind, "A")), { do: "rapor.read", school }), kind).toBe(true);
    }
    expect(can(actor(hat("tim_kinerja", null)), { do: "rapor.read", school })).toBe(false);
    expect(can(adminB, { do: "rapor.read", school })).toBe(false);
  });
  it("a correction is handled by the school's operator, or the admin when it has no school", () => {
    const atA = { personId: "p", districtId: "D1", schoolId: "A" };
    expect(can(operatorA, { do: "correction.handle", correction: atA })).toBe(true);
    expect(can(operatorA, { do: "correction.handle", correction: { ...atA, schoolId: null } })).toBe(false);
    expect(can(admin, { do: "correction.handle", correction: { ...atA, schoolId: null } })).toBe(true);
    expect(can(adminB, { do: "correction.handle", correction: atA })).toBe(false);
    expect(can(actor(hat("admin", null)), { do: "correction.report" })).toBe(false);
    expect(can(guru, { do: "correction.report" })).toBe(true);
  });
  it("a correction goes to the school whose operator may change the data, else to the dinas", () => {
    const h = (kind: Hat["kind"], schoolId: string | null) => ({ kind, schoolId });
    expect(correctionSchoolOf([h("teacher", "A")])).toBe("A");
    expect(correctionSchoolOf([h("teacher", "A"), h("operator", "A")])).toBe("A");
    // The operator may not change a principal's (or Plt's) data: resetting it reaches their atasan.
    expect(correctionSchoolOf([h("principal", "A")])).toBeNull();
    expect(correctionSchoolOf([h("teacher", "A"), h("principal", "A")])).toBeNull();
    expect(correctionSchoolOf([h("supervisor", null)])).toBeNull();
    expect(correctionSchoolOf([h("teacher", "A"), h("tim_kinerja", null)])).toBeNull();
    expect(correctionSchoolOf([h("teacher", "A"), h("teacher", "B")])).toBeNull();
    expect(correctionSchoolOf([])).toBeNull();
  });
  it("a file: its owner, whoever assesses the owner, the admin of the owner's district", () => {
    const file = { ownerId: "o", actorAssessesOwner: false, ownerDistrictIds: ["D1"] };
    expect(can(guru, { do: "file.read", file })).toBe(false);
    expect(can(guru, { do: "file.read", file: { ...file, actorAssessesOwner: true } })).toBe(true);
    expect(can(admin, { do: "file.read", file })).toBe(true);
    expect(can(adminB, { do: "file.read", file })).toBe(false);
    expect(can(actor(), { do: "file.upload" })).toBe(false);
  });
  it("a plan opens for its owner, its assessor today, and the district admin only", () => {
    const plan = { ownerId: "o", districtId: "D1", assessorRole: null };
    expect(can(guru, { do: "plan.open", plan })).toBe(false);
    expect(can(guru, { do: "plan.open", plan: { ...plan, ownerId: "me" } })).toBe(true);
    expect(can(guru, { do: "plan.open", plan: { ...plan, assessorRole: "acting_principal" } })).toBe(true);
    expect(can(admin, { do: "plan.open", plan })).toBe(true);
    expect(can(adminB, { do: "plan.open", plan })).toBe(false);
  });
});

describe("dashboards", () => {
  // An actor's hats are those active today: a Plt whose term ended has no principal hat left.
  const ksA = actor(hat("principal", "A"), hat("teacher", "A"));
  const pltB = actor(hat("teacher", "B"), hat("principal", "B", "D1", true));
  const head = actor(hat("head_of_district", null));
  const tim = actor(hat("tim_kinerja", null));

  it("a school's dashboard: its KS or Plt today, nobody else", () => {
    expect(can(ksA, { do: "dashboard.school", schoolId: "A" })).toBe(true);
    expect(can(ksA, { do: "dashboard.school", schoolId: "B" })).toBe(false);
    expect(can(pltB, { do: "dashboard.school", schoolId: "B" })).toBe(true);
    for (const other of [guru, operatorA, admin, head, tim, actor(hat("supervisor", "A"))]) {
      expect(can(other, { do: "dashboard.school", schoolId: "A" })).toBe(false);
    }
    expect(headedSchools(ksA)).toEqual(["A"]);
    expect(headedSchools(guru)).toEqual([]);
  });

  it("a district's dashboard: its admin and its Kepala Dinas, never another district's, the Tim Kinerja or a KS", () => {
    expect(can(admin, { do: "dashboard.district", districtId: "D1" })).toBe(true);
    expect(can(head, { do: "dashboard.district", districtId: "D1" })).toBe(true);
    expect(can(adminB, { do: "dashboard.district", districtId: "D1" })).toBe(false);
    expect(can(actor(hat("head_of_district", null, "D2")), { do: "dashboard.district", districtId: "D1" })).toBe(false);
    for (const other of [tim, ksA, pltB, guru, operatorA]) {
      expect(can(other, { do: "dashboard.district", districtId: "D1" })).toBe(false);
    }
    expect(dashboardDistricts(actor(hat("admin", null), hat("head_of_district", null, "D2")))).toEqual(["D1", "D2"]);
    expect(dashboardDistricts(tim)).toEqual([]);
  });
});

describe("a period's results (issue 10 §2)", () => {
  const kadis = actor(hat("head_of_district", null));
  const kadisB = actor(hat("head_of_district", null, "D2"));
  const others = {
    guru,
    operatorA,
    ks: actor(hat("principal", "A")),
    pengawas: actor(hat("supervisor", "A")),
    tim: actor(hat("tim_kinerja", null)),
    adminB,
    kadisB,
    nobody: actor(),
  };
  const read = { do: "results.read", districtId: "D1" } as const;
  const setOrg = { do: "results.setOrganisationPredikat", districtId: "D1" } as const;
  const finalise = { do: "results.finalise", districtId: "D1" } as const;

  it("the district admin reads, sets the organisation predikat and finalises", () => {
    expect([can(admin, read), can(admin, setOrg), can(admin, finalise)]).toEqual([true, true, true]);
  });
  it("the Kepala Dinas reads and finalises but does not set the organisation predikat", () => {
    expect([can(kadis, read), can(kadis, setOrg), can(kadis, finalise)]).toEqual([true, false, true]);
  });
  it("nobody else, and nobody of another district", () => {
    for (const [name, a] of Object.entries(others)) {
      expect([can(a, read), can(a, setOrg), can(a, finalise)], name).toEqual([false, false, false]);
    }
    // Another district's leadership is not this one's, even with a hat here that is not leadership.
    const mixed = actor(hat("admin", null, "D2"), hat("head_of_district", null, "D2"), hat("teacher", "A"));
    expect([can(mixed, read), can(mixed, finalise)]).toEqual([false, false]);
  });
});
