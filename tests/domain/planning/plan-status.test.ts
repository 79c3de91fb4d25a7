import { describe, expect, it } from "vitest";
import { planStatusOf } from "../../../src/domain/planning/state.js";

describe("one status vocabulary for a plan (queue, review, home)", () => {
  it("a plan only opened, never saved, has not been started; anything written is its status", () => {
    expect(planStatusOf(null)).toBe("not_started");
    expect(planStatusOf({ status: null, version: null, revision: null })).toBe("not_started");
    expect(planStatusOf({ status: "draft", version: 1, revision: 1 })).toBe("not_started");
    expect(planStatusOf({ status: "draft", version: 2, revision: 1 })).toBe("draft");
    // Reopened: a new revision's draft is a draft, not "not started".
    expect(planStatusOf({ status: "draft", version: 1, revision: 2 })).toBe("draft");
    expect(planStatusOf({ status: "submitted", version: 1, revision: 1 })).toBe("submitted");
  });
});
