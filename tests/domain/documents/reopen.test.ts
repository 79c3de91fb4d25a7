import { describe, expect, it } from "vitest";
import { MIN_NOTE } from "../../../src/domain/documents/engine.js";
import { reopenDecisionRefusal } from "../../../src/domain/documents/reopen.js";

describe("a decision on a reopen request", () => {
  it("refusing needs the decider's reason; approving does not", () => {
    expect(reopenDecisionRefusal({ approve: false, note: "" })).toEqual({ min: MIN_NOTE });
    expect(reopenDecisionRefusal({ approve: false, note: `  ${"x".repeat(MIN_NOTE - 1)}  ` })).toEqual({
      min: MIN_NOTE,
    });
    expect(reopenDecisionRefusal({ approve: false, note: "Indikator sudah sesuai rapor." })).toBeNull();
    expect(reopenDecisionRefusal({ approve: true, note: "" })).toBeNull();
  });
});
