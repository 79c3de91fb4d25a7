import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, documents } from "../../src/db/schema.js";
import { registeredContracts } from "../../src/server/core/route.js";
import { databaseChecksum } from "../helpers/db-checksum.js";
import { makeDistrictWorld, openRunningPeriod, TEST_PASSWORD } from "../helpers/factories.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let clients: [string, Client][];
let ids: { cycle: string; plan: string | null; period: string };

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(t.database.db);
  const { periodId } = await openRunningPeriod(t.database.db, w.district.id);
  const [cycle] = await t.database.db.select().from(cycles).where(eq(cycles.personId, w.guruA.id));
  const [plan] = cycle
    ? await t.database.db
        .select()
        .from(documents)
        .where(and(eq(documents.cycleId, cycle.id), eq(documents.kind, "plan")))
    : [];
  ids = { cycle: cycle?.id as string, plan: plan?.id ?? null, period: periodId };
  clients = [];
  for (const [who, p] of [
    ["guru", w.guruA],
    ["ks", w.ksA],
    ["admin", w.admin],
  ] as const) {
    clients.push([who, await signIn(t.app, p.username as string, TEST_PASSWORD)]);
  }
});
afterAll(() => t.close());

/** The GET routes of planning, practice, results and /api/me, with their :id filled in. */
function getUrls(): string[] {
  const planning =
    /^\/api\/(me|cycles|plans|planning|catalogue|admin\/districts\/:id\/reopen-requests|periods\/:id\/(results|exports)|districts\/:id\/results)/;
  return registeredContracts(t.app)
    .filter((c) => c.method === "GET" && planning.test(c.path))
    .map((c) =>
      c.path
        .replace(/\/api\/cycles\/:(id|cycleId)\b/, `/api/cycles/${ids.cycle}`)
        .replace("/api/plans/:id", `/api/plans/${ids.plan ?? ids.cycle}`)
        .replace("/api/admin/districts/:id", `/api/admin/districts/${w.district.id}`)
        .replace("/api/districts/:id", `/api/districts/${w.district.id}`)
        .replace("/api/periods/:id", `/api/periods/${ids.period}`),
    );
}

describe("a GET never writes", () => {
  it("every cycle has its plan as soon as the period opens", () => {
    expect(ids.plan).not.toBeNull();
  });

  it("viewing plans, history, queue, catalogue and /api/me leaves every table unchanged", async () => {
    const urls = getUrls();
    expect(urls).toContain(`/api/cycles/${ids.cycle}/plan`);
    expect(urls).toContain("/api/me");
    expect(urls).toContain(`/api/periods/${ids.period}/results`);
    expect(urls).toContain(`/api/periods/${ids.period}/exports/report.xlsx`);
    const before = await databaseChecksum(t.database.db);
    for (const [who, client] of clients) {
      for (const url of urls) {
        const res = await client.get(url);
        expect(res.statusCode, `${who} GET ${url}`).toBeLessThan(500);
        expect(await databaseChecksum(t.database.db), `${who} GET ${url}`).toEqual(before);
      }
    }
  });
});
