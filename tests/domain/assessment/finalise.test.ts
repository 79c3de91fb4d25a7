import { describe, expect, it } from "vitest";
import type { DistributionViolation } from "../../../src/domain/assessment/distribution.js";
import {
  decideFinalise,
  decideOrganisationPredikat,
  MIN_FINALISE_REASON,
  type ResultViolations,
} from "../../../src/domain/assessment/finalise.js";

const broken: DistributionViolation = {
  code: "distribution.maxShare",
  predikats: ["sangat_baik"],
  limit: 70,
  actual: 80,
  count: 8,
  total: 10,
};
const none: ResultViolations = { district: [], schools: [{ schoolId: "s", schoolName: "SD 1", violations: [] }] };
const districtBroken: ResultViolations = {
  district: [broken],
  schools: [
    { schoolId: "s1", schoolName: "SD 1", violations: [broken] },
    { schoolId: "s2", schoolName: "SD 2", violations: [] },
  ],
};
const base = { finalised: false, organisationPredikat: "istimewa" as const };

describe("decideFinalise", () => {
  it("without broken caps needs no reason and records none", () => {
    expect(decideFinalise({ ...base, violations: none })).toEqual({
      ok: true,
      changed: true,
      reason: null,
      violations: null,
    });
    // A reason sent anyway is not what the record is for.
    expect(decideFinalise({ ...base, violations: none, reason: "Sudah dibahas di rapat." })).toMatchObject({
      reason: null,
    });
  });

  it("with broken caps refuses a missing or short reason, listing the district's violations", () => {
    for (const reason of [undefined, null, "", "   ", "x".repeat(MIN_FINALISE_REASON - 1)]) {
      expect(decideFinalise({ ...base, violations: districtBroken, reason })).toEqual({
        ok: false,
        error: "REASON_REQUIRED",
        min: 10,
        violations: [broken],
      });
    }
    // Ten characters after trimming is enough.
    expect(decideFinalise({ ...base, violations: districtBroken, reason: `  ${"x".repeat(10)}  ` })).toMatchObject({
      ok: true,
      reason: "xxxxxxxxxx",
    });
  });

  it("with a reason records it and what was broken (the schools that broke a cap only)", () => {
    const d = decideFinalise({ ...base, violations: districtBroken, reason: "Keputusan rapat pimpinan dinas." });
    expect(d).toEqual({
      ok: true,
      changed: true,
      reason: "Keputusan rapat pimpinan dinas.",
      violations: { district: [broken], schools: [{ schoolId: "s1", schoolName: "SD 1", violations: [broken] }] },
    });
  });

  it("a school's broken cap alone needs no reason: the caps are the organisation's", () => {
    const onlySchool: ResultViolations = { district: [], schools: districtBroken.schools };
    expect(decideFinalise({ ...base, violations: onlySchool })).toMatchObject({ ok: true, changed: true });
  });

  it("is refused without an organisation predikat", () => {
    expect(decideFinalise({ ...base, organisationPredikat: null, violations: none })).toEqual({
      ok: false,
      error: "NO_ORGANISATION_PREDIKAT",
    });
  });

  it("twice is a success that changes nothing, whatever is sent the second time", () => {
    expect(decideFinalise({ ...base, finalised: true, violations: districtBroken })).toEqual({
      ok: true,
      changed: false,
    });
    expect(decideFinalise({ finalised: true, organisationPredikat: null, violations: none })).toEqual({
      ok: true,
      changed: false,
    });
  });
});

describe("decideOrganisationPredikat", () => {
  it("sets and changes it until the results are finalised", () => {
    expect(decideOrganisationPredikat({ finalised: false, current: null, next: "baik" })).toEqual({
      ok: true,
      changed: true,
    });
    expect(decideOrganisationPredikat({ finalised: false, current: "baik", next: "istimewa" })).toEqual({
      ok: true,
      changed: true,
    });
  });
  it("the same value again is a no-op, also after finalising; another value then is refused", () => {
    expect(decideOrganisationPredikat({ finalised: true, current: "baik", next: "baik" })).toEqual({
      ok: true,
      changed: false,
    });
    expect(decideOrganisationPredikat({ finalised: true, current: "baik", next: "istimewa" })).toEqual({
      ok: false,
      error: "FINALISED",
    });
  });
});
