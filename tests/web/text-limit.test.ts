import { describe, expect, it } from "vitest";
import { ZDutyLine, ZPlanContent } from "../../src/domain/planning/content.js";
import { multiLine, singleLine } from "../../src/domain/validation/vocabulary.js";
import { limitState, textLimit } from "../../src/web/ui/text-limit.js";

describe("a text field's limit", () => {
  it("is read from the schema the server parses with", () => {
    expect(textLimit(ZDutyLine.shape.targetUnit)).toBe(50);
    expect(textLimit(ZPlanContent.shape.behaviourNotes.unwrap().valueType)).toBe(1000);
    expect(textLimit(singleLine({ max: 100 }).optional())).toBe(100);
    expect(textLimit(multiLine({ max: 1000 }).nullable())).toBe(1000);
  });
  it("is said near the limit and at it, not while the text is short", () => {
    expect(limitState(10, 50)).toBe("quiet");
    expect(limitState(40, 50)).toBe("count");
    expect(limitState(50, 50)).toBe("full");
  });
});
