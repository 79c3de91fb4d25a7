import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, cycles, notifications } from "../../src/db/schema.js";
import { assign, makeDistrictWorld, makePerson, openRunningPeriod, TEST_PASSWORD } from "../helpers/factories.js";
import { COMPLETE_GURU_PLAN } from "../helpers/plan-content.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// A double click or a retry over a flaky phone connection sends the same command twice at once.

let t: TestContext;
const gurus: { id: string; username: string }[] = [];
beforeAll(async () => {
  t = await createTestApp();
  const w = await makeDistrictWorld(t.database.db);
  for (let i = 0; i < 4; i++) {
    const p = await makePerson(t.database.db);
    await assign(t.database.db, p.id, "teacher", w.district.id, { schoolId: w.schoolA.id });
    gurus.push({ id: p.id, username: p.username as string });
  }
  // Cycles are created when the period opens: the gurus exist first.
  await openRunningPeriod(t.database.db, w.district.id);
});
afterAll(() => t.close());

const cycleByPlan = new Map<string, string>();
const cycleOf = (planId: string) => cycleByPlan.get(planId) ?? "?";

/** A fresh guru at school A with their plan saved complete; returns the client, plan id and version. */
async function guruWithCompletePlan(): Promise<{ guru: Client; planId: string; version: number }> {
  const p = gurus.pop();
  if (!p) throw new Error("no guru left");
  const guru = await signIn(t.app, p.username as string, TEST_PASSWORD);
  const [cycle] = await t.database.db.select().from(cycles).where(eq(cycles.personId, p.id));
  const view = (await guru.get(`/api/cycles/${cycle?.id}/plan`)).json();
  const saved = await guru.request({
    method: "PUT",
    url: `/api/plans/${view.plan.id}`,
    payload: { version: view.plan.version, content: COMPLETE_GURU_PLAN },
  });
  expect(saved.statusCode).toBe(200);
  cycleByPlan.set(view.plan.id, cycle?.id as string);
  return { guru, planId: view.plan.id, version: saved.json().plan.version };
}

describe("identical concurrent commands", () => {
  it("ten identical submits at once all answer 200 with the same plan; one audit event", async () => {
    for (let round = 0; round < 3; round++) {
      const { guru, planId, version } = await guruWithCompletePlan();
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => guru.post(`/api/plans/${planId}/submit`, { version })),
      );
      expect(answers.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
      const plans = answers.map((r) => r.json().plan);
      expect(new Set(plans.map((p) => `${p.status}/${p.version}`))).toEqual(new Set([`submitted/${version}`]));
      const events = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, planId), eq(auditEvents.action, "plan_submitted")));
      expect(events).toHaveLength(1);
      // The KS is told once, not once per click: the notice is written only with the change.
      const notices = await t.database.db
        .select()
        .from(notifications)
        .where(
          and(eq(notifications.kind, "plan_submitted"), sql`${notifications.link} like ${`%${cycleOf(planId)}%`}`),
        );
      expect(notices).toHaveLength(1);
    }
  });

  it("two different saves of the same version stay a real conflict: one 200, one 409", async () => {
    const { guru, planId, version } = await guruWithCompletePlan();
    const save = (note: string) =>
      guru.request({
        method: "PUT",
        url: `/api/plans/${planId}`,
        payload: { version, content: { ...COMPLETE_GURU_PLAN, behaviourNotes: { kolaboratif: note } } },
      });
    const answers = await Promise.all([save("versi satu"), save("versi dua")]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });
});
