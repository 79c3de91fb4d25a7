import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/server/core/config.js";

describe("PG_POOL_MAX", () => {
  it("is 10 unless set, takes a whole number from 1 to 200 and refuses anything else at start", () => {
    expect(loadConfig({}).poolMax).toBe(10);
    expect(loadConfig({ PG_POOL_MAX: "4" }).poolMax).toBe(4);
    for (const bad of ["0", "201", "4.5", "empat"]) {
      expect(() => loadConfig({ PG_POOL_MAX: bad }), bad).toThrow(/PG_POOL_MAX/);
    }
  });
});
