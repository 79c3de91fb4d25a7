import { describe, expect, it } from "vitest";
import {
  type Actor,
  canAssign,
  canManageDistrict,
  canManageSchool,
  hasAdminAccess,
} from "../../../src/domain/auth/policy.js";

const admin: Actor = { personId: "a", hats: [{ kind: "admin", districtId: "D1", schoolId: null, acting: false }] };
const operatorA: Actor = {
  personId: "o",
  hats: [{ kind: "operator", districtId: "D1", schoolId: "A", acting: false }],
};
const guru: Actor = { personId: "g", hats: [{ kind: "teacher", districtId: "D1", schoolId: "A", acting: false }] };

describe("organisation policies (deny by default)", () => {
  it("an admin manages every school of their district, not another district's", () => {
    expect(canManageSchool(admin, { districtId: "D1", schoolId: "B" })).toBe(true);
    expect(canManageSchool(admin, { districtId: "D2", schoolId: "X" })).toBe(false);
  });
  it("an operator manages only their own school", () => {
    expect(canManageSchool(operatorA, { districtId: "D1", schoolId: "A" })).toBe(true);
    expect(canManageSchool(operatorA, { districtId: "D1", schoolId: "B" })).toBe(false);
    expect(canManageDistrict(operatorA, "D1")).toBe(false);
  });
  it("an operator may add teachers to their school but never grant district hats", () => {
    expect(canAssign(operatorA, "teacher", { districtId: "D1", schoolId: "A" })).toBe(true);
    expect(canAssign(operatorA, "teacher", { districtId: "D1", schoolId: "B" })).toBe(false);
    expect(canAssign(operatorA, "principal", { districtId: "D1", schoolId: "A" })).toBe(false);
    expect(canAssign(operatorA, "admin", { districtId: "D1", schoolId: null })).toBe(false);
    expect(canAssign(admin, "tim_kinerja", { districtId: "D1", schoolId: null })).toBe(true);
  });
  it("a guru has no admin access at all", () => {
    expect(hasAdminAccess(guru)).toBe(false);
    expect(canManageSchool(guru, { districtId: "D1", schoolId: "A" })).toBe(false);
    expect(hasAdminAccess(operatorA)).toBe(true);
  });
});
