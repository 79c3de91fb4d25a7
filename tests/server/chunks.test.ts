import { describe, expect, it } from "vitest";
import { chunked, loadInChunks, MAX_BIND_PARAMETERS, rowsPerInsert } from "../../src/server/core/chunks.js";

describe("chunks of at most N bind parameters", () => {
  it("chunked slices in order, the last one shorter", () => {
    expect(chunked([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunked([], 3)).toEqual([]);
    expect(() => chunked([1], 0)).toThrow(RangeError);
  });

  it("rowsPerInsert keeps rows × columns within the cap, far below PostgreSQL's 65,535", () => {
    expect(MAX_BIND_PARAMETERS).toBeLessThanOrEqual(32_767);
    expect(rowsPerInsert(12)).toBe(2500);
    expect(rowsPerInsert(12) * 12).toBeLessThanOrEqual(MAX_BIND_PARAMETERS);
    expect(rowsPerInsert(7, 20)).toBe(2);
    expect(rowsPerInsert(50, 20)).toBe(1);
  });

  it("loadInChunks asks for distinct values, never more than the chunk size at once", async () => {
    const asked: string[][] = [];
    const values = Array.from({ length: 11 }, (_, i) => `v${i % 9}`);
    const rows = await loadInChunks(
      values,
      async (chunk) => {
        asked.push(chunk);
        return chunk.map((v) => ({ v }));
      },
      4,
    );
    expect(asked.map((c) => c.length)).toEqual([4, 4, 1]);
    expect(rows.map((r) => r.v).sort()).toEqual(["v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8"]);
  });
});
