import { describe, expect, it } from "vitest";
import { reportingHat } from "../../src/domain/auth/policy.js";
import type { Me } from "../../src/server/me/contract.js";
import { correctionHandlerOf } from "../../src/web/app/access.js";

type HatKind = Me["hats"][number]["kind"];
const meWith = (...hats: [HatKind, string | null][]): Me =>
  ({
    hats: hats.map(([kind, schoolId]) => ({
      kind,
      schoolId,
      acting: false,
      districtId: "D1",
      districtName: "Dinas",
      schoolName: schoolId,
      startsOn: "2026-01-01",
      endsOn: null,
    })),
  }) as unknown as Me;

describe("who the screens say fixes my data", () => {
  it("names the one the server sends the correction to: the operator, or for a pengawas the district admin", () => {
    const cases: [Me, "operator" | "admin"][] = [
      [meWith(["teacher", "S1"]), "operator"],
      [meWith(["principal", "S1"], ["teacher", "S1"]), "operator"],
      [meWith(["supervisor", "S1"], ["supervisor", "S2"], ["tim_kinerja", null]), "admin"],
    ];
    for (const [me, expected] of cases) {
      expect(correctionHandlerOf(me)).toBe(expected);
      // The server's rule: a supervisor hat's correction has no school, so the district admin handles it.
      const hat = reportingHat({ personId: "P", hats: me.hats.map((h) => ({ ...h })) });
      const schoolId = hat?.kind === "supervisor" ? null : (hat?.schoolId ?? null);
      expect(schoolId === null ? "admin" : "operator").toBe(expected);
    }
  });
});
