import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRoutes } from "../../bench/load/routes.js";
import { prepareWorkload, type Workload } from "../../bench/load/users.js";
import { generateScaleDistrict, type ScaleResult } from "../../src/cli/demo-scale/generate.js";
import { auditEvents, documents } from "../../src/db/schema.js";
import { PLAN_STATUSES } from "../../src/domain/planning/state.js";
import { tallyMismatches } from "../helpers/tallies.js";
import { createTestApp, type TestContext } from "../helpers/test-app.js";

// A smoke test of the load benchmark's generator and workload (the benchmark itself is `npm run bench:load`).
let t: TestContext;
let r: ScaleResult;
let w: Workload;

beforeAll(async () => {
  t = await createTestApp();
  r = await generateScaleDistrict({ db: t.database.db, code: "TST", teachers: 90, now: t.clock.now() });
  w = await prepareWorkload(t.database.db, "TST");
});
afterAll(() => t.close());

describe("demo-scale", () => {
  it("creates schools of 30 teachers, a cycle per eligible person and plans in every state", () => {
    expect(r.schools).toBe(3);
    // 90 teachers, 3 KS, 1 pengawas (operators are NON_ASN, no cycle).
    expect(r.cycles).toBe(94);
    for (const status of PLAN_STATUSES) expect(r.plans[status] ?? 0).toBeGreaterThan(0);
  });

  it("leaves the cycles' plan status and the period's tallies true (its bulk writes bypass the per-row trigger)", async () => {
    expect(await tallyMismatches(t.database.db)).toEqual([]);
  });

  it("records an audit event for every approval", async () => {
    const [approvals] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "plan"), eq(auditEvents.action, "plan_approved")));
    const [decided] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(documents)
      .where(sql`${documents.kind} = 'plan' and ${documents.status} in ('approved', 'agreed')`);
    expect(approvals?.n).toBe(decided?.n);
  });

  it("gives every route of the load workload a signed-in user it answers with success", async () => {
    for (const route of appRoutes(w)) {
      const user = route.pool.users[0];
      expect(user, route.name).toBeDefined();
      const shot = route.pool.shot(user as never);
      const res = await t.app.inject({
        method: shot.method,
        url: shot.path,
        headers: shot.headers,
        ...(shot.body === undefined ? {} : { payload: shot.body as object }),
      });
      expect(res.statusCode, `${route.name}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
    }
  });
});
