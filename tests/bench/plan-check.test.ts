import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, isExplainable, type PlanNode, planFindings } from "../../bench/explain/plan-check.js";

const sizes = new Map([
  ["cycles", 100_000],
  ["schools", 3_334],
]);
const node = (type: string, extra: Partial<PlanNode> = {}): PlanNode => ({
  "Node Type": type,
  "Plan Rows": 10,
  "Actual Rows": 10,
  "Actual Loops": 1,
  ...extra,
});

describe("planFindings (bench:explain)", () => {
  it("flags a Seq Scan of a table above the threshold, not of a small one", () => {
    const plan = node("Hash Join", {
      Plans: [node("Seq Scan", { "Relation Name": "cycles" }), node("Seq Scan", { "Relation Name": "schools" })],
    });
    expect(planFindings(plan, sizes).map((f) => f.node)).toEqual(["cycles"]);
    expect(planFindings(plan, sizes, { ...DEFAULT_THRESHOLDS, seqScanRows: 1000 })).toHaveLength(2);
  });

  it("flags an estimate off by more than the factor on a large node", () => {
    const wild = node("Bitmap Heap Scan", { "Relation Name": "cycles", "Plan Rows": 30_401, "Actual Rows": 15 });
    expect(planFindings(wild, sizes)).toEqual([
      { kind: "misestimate", node: "Bitmap Heap Scan on cycles", detail: "estimated 30401 rows, got 15" },
    ]);
    // Small in both directions, or never executed: nothing to say.
    expect(planFindings(node("Index Scan", { "Plan Rows": 1, "Actual Rows": 90 }), sizes)).toEqual([]);
    expect(planFindings(node("Sort", { "Plan Rows": 50_000, "Actual Rows": 0, "Actual Loops": 0 }), sizes)).toEqual([]);
  });

  it("does not count rows a Limit cut short as a misestimate", () => {
    const plan = node("Limit", {
      "Plan Rows": 51,
      "Actual Rows": 51,
      Plans: [node("Nested Loop Semi Join", { "Plan Rows": 98_000, "Actual Rows": 51 })],
    });
    expect(planFindings(plan, sizes)).toEqual([]);
  });

  it("explains reads and writes, not transaction control", () => {
    expect(isExplainable("select 1")).toBe(true);
    expect(isExplainable("  WITH x as (select 1) select * from x")).toBe(true);
    expect(isExplainable("update plans set version = 2")).toBe(true);
    expect(isExplainable("begin")).toBe(false);
    expect(isExplainable("set local statement_timeout = 5")).toBe(false);
  });
});
