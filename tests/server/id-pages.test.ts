import { describe, expect, it } from "vitest";
import { inIdPages } from "../../src/db/chunks.js";

describe("inIdPages: a large read in keyset pages", () => {
  const table = Array.from({ length: 23 }, (_, i) => ({ id: `id${String(i).padStart(3, "0")}` }));
  const page = (asked: (string | null)[]) => async (after: string | null, limit: number) => {
    asked.push(after);
    return table.filter((r) => after === null || r.id > after).slice(0, limit);
  };

  it("reads every row once, in id order, a page per statement, breathing between pages", async () => {
    const asked: (string | null)[] = [];
    let breaths = 0;
    const rows = await inIdPages(page(asked), async () => void breaths++, 10);
    expect(rows).toEqual(table);
    expect(asked).toEqual([null, "id009", "id019"]);
    expect(breaths).toBe(2);
  });

  it("a read that fills its last page exactly asks once more and stops on the empty page", async () => {
    const asked: (string | null)[] = [];
    const rows = await inIdPages(page(asked), undefined, 23);
    expect(rows).toHaveLength(23);
    expect(asked).toEqual([null, "id022"]);
  });
});
