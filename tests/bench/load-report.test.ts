import { describe, expect, it } from "vitest";
import { median, merged, type Row, rate, table } from "../../bench/load/report.js";

const result = (requests: number, seconds: number, ms: number[], statuses: Record<string, number> = {}) => ({
  requests,
  errors: Object.values(statuses).reduce((a, b) => a + b, 0),
  statuses,
  ms,
  seconds,
});

describe("bench:load rounds", () => {
  it("pools a route's rounds: requests, seconds, latencies, errors, CPU weighted by requests", () => {
    const m = merged([
      { result: result(100, 2, [1, 2], { "500": 1 }), cpu: { server: 1, db: 2 } },
      { result: result(300, 2, [3], { "500": 2, "409": 1 }), cpu: { server: 2, db: 1 } },
    ]);
    expect(m.result).toEqual({ requests: 400, errors: 4, statuses: { "500": 3, "409": 1 }, ms: [1, 2, 3], seconds: 4 });
    expect(rate(m.result)).toBe(100);
    expect(m.cpu).toEqual({ server: 1.75, db: 1.25 });
    expect(merged([{ result: result(1, 1, [1]), cpu: null }]).cpu).toBeNull();
  });

  it("reports the median of the rounds' ratios, and each round's", () => {
    expect(median([0.5, 0.3, 0.4])).toBe(0.4);
    expect(median([0.5, 0.3])).toBe(0.4);
    const row: Row = {
      route: "home",
      app: result(300, 3, [1]),
      ref: result(600, 3, [1]),
      ratios: [0.9, 0.3, 0.4],
      statements: 1,
      appCpu: null,
      refCpu: null,
    };
    const line = table([row], true).split("\n")[2];
    expect(line).toContain("| 0.40 | 0.90 0.30 0.40 |");
  });
});
