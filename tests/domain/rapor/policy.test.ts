import { describe, expect, it } from "vitest";
import type { Actor, Hat } from "../../../src/domain/auth/policy.js";
import { canImportRapor, canReadRapor } from "../../../src/domain/rapor/policy.js";

const school = { districtId: "d1", schoolId: "s1" };
const hat = (kind: Hat["kind"], schoolId: string | null, districtId = "d1"): Hat => ({
  kind,
  districtId,
  schoolId,
  acting: false,
});
const actor = (...hats: Hat[]): Actor => ({ personId: "p", hats });

describe("Rapor policies", () => {
  it("import: the school's operator or the district admin, nobody else", () => {
    expect(canImportRapor(actor(hat("operator", "s1")), school)).toBe(true);
    expect(canImportRapor(actor(hat("admin", null)), school)).toBe(true);
    expect(canImportRapor(actor(hat("operator", "s2")), school)).toBe(false);
    expect(canImportRapor(actor(hat("principal", "s1")), school)).toBe(false);
    expect(canImportRapor(actor(hat("admin", null, "d2")), school)).toBe(false);
    expect(canImportRapor(actor(), school)).toBe(false);
  });

  it("read: any current hat at the school, or the district admin", () => {
    for (const kind of ["teacher", "principal", "supervisor", "operator"] as const) {
      expect(canReadRapor(actor(hat(kind, "s1")), school), kind).toBe(true);
    }
    expect(canReadRapor(actor(hat("admin", null)), school)).toBe(true);
    expect(canReadRapor(actor(hat("teacher", "s2")), school)).toBe(false);
    expect(canReadRapor(actor(hat("tim_kinerja", null)), school)).toBe(false);
    expect(canReadRapor(actor(hat("admin", null, "d2")), school)).toBe(false);
  });
});
