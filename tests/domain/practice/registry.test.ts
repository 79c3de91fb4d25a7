import { describe, expect, it } from "vitest";
import { PLAN_DOCUMENT } from "../../../src/domain/planning/document.js";
import { DOCUMENT_TYPES, documentType, isDocumentKind } from "../../../src/domain/practice/registry.js";
import { PRACTICE_STAGES } from "../../../src/domain/practice/stages.js";

describe("document registry", () => {
  it("holds the plan and the practice documents, each under its own kind", () => {
    expect(Object.keys(DOCUMENT_TYPES)).toEqual(["plan", ...PRACTICE_STAGES]);
    for (const [kind, def] of Object.entries(DOCUMENT_TYPES)) expect(def.kind).toBe(kind);
    expect(documentType("plan")).toBe(PLAN_DOCUMENT);
    expect(documentType("upaya").kind).toBe("upaya");
  });

  it("chains the five stages, each after the one before, persiapan after the plan; bukti dukung opens with the upaya", () => {
    const five = ["persiapan", "observasi", "tindak_lanjut", "upaya", "refleksi"] as const;
    const order = ["plan", ...five];
    five.forEach((stage, i) => {
      expect(documentType(stage).after).toEqual([order[i]]);
    });
    expect(documentType("bukti_dukung").after).toEqual(documentType("upaya").after);
  });

  it("every document comes after kinds listed before it (the stage path's order is a valid order)", () => {
    const order = ["plan", ...PRACTICE_STAGES];
    for (const stage of PRACTICE_STAGES) {
      for (const before of documentType(stage).after) expect(order.indexOf(before)).toBeLessThan(order.indexOf(stage));
    }
  });

  it("every definition is consistent: initial and done are statuses, transitions and pens name statuses", () => {
    for (const def of Object.values(DOCUMENT_TYPES)) {
      const statuses: readonly string[] = def.statuses;
      expect(statuses).toContain(def.initial);
      for (const s of def.done) expect(statuses).toContain(s);
      for (const t of Object.values(def.transitions) as { from: readonly string[]; to: string | null }[]) {
        for (const s of t.from) expect(statuses).toContain(s);
        if (t.to !== null) expect(statuses).toContain(t.to);
      }
      for (const pen of Object.values(def.pens) as { statuses: readonly string[] }[]) {
        for (const s of pen.statuses) expect(statuses).toContain(s);
      }
      expect(def.schema.parse({})).toEqual(def.empty());
    }
  });

  it("refuses unknown kinds", () => {
    expect(isDocumentKind("observasi")).toBe(true);
    expect(isDocumentKind("toString")).toBe(false);
    expect(() => documentType("nilai")).toThrow("Unknown document kind");
  });
});
