import { brotliDecompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDistrictWorld, TEST_PASSWORD } from "../helpers/factories.js";
import { openRunningPeriod } from "../helpers/factories-planning.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let guru: Client;
let cycleId: string;

beforeAll(async () => {
  t = await createTestApp();
  const w = await makeDistrictWorld(t.database.db);
  await openRunningPeriod(t.database.db, w.district.id);
  guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
  cycleId = (await guru.get("/api/me")).json().myCycles[0].cycleId;
});
afterAll(() => t.close());

describe("compressed answers for phones on mobile data", () => {
  it("sends a rule set brotli-compressed, cached for good, at a fraction of its size", async () => {
    const view = (await guru.get(`/api/cycles/${cycleId}/plan`)).json();
    const url = `/api/rule-sets/${view.ruleSet.id}`;
    const plain = await guru.request({ method: "GET", url });
    const br = await guru.request({ method: "GET", url, headers: { "accept-encoding": "br, gzip" } });
    expect(br.statusCode).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["cache-control"]).toBe("private, max-age=31536000, immutable");
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString("utf8"))).toEqual(plain.json());
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
  });

  it("leaves a small answer as it is", async () => {
    const res = await guru.request({ method: "GET", url: "/api/health", headers: { "accept-encoding": "br" } });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBeLessThan(1024);
    expect(res.headers["content-encoding"]).toBeUndefined();
  });

  it("holds a compressed request body to the body limit, counted after decompression (no zip bomb)", async () => {
    const view = (await guru.get(`/api/cycles/${cycleId}/plan`)).json();
    // 20 MB of spaces inflate from ~20 KB of gzip: far beyond the 1 MB body limit.
    const bomb = gzipSync(Buffer.from(`{"version":${view.plan.version},"content":${" ".repeat(20_000_000)}{}}`));
    expect(bomb.length).toBeLessThan(100_000);
    const res = await guru.request({
      method: "PUT",
      url: `/api/plans/${view.plan.id}`,
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
      payload: bomb,
    });
    expect(res.statusCode).toBe(413);
    const after = (await guru.get(`/api/cycles/${cycleId}/plan`)).json();
    expect(after.plan.version).toBe(view.plan.version);
  });
});
