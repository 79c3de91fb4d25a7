import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycleAssessors, cycles, documents, people, queueEntries, schools } from "../../src/db/schema.js";
import { assign, makeDistrictWorld, makePerson, openRunningPeriod } from "../helpers/factories.js";
import { queueDrift } from "../helpers/queue-entries.js";
import { type Client, createTestApp, sessionFor, type TestContext } from "../helpers/test-app.js";

// `queue_entries` (migration 0025) is the queues' index: who holds which cycle, with the columns
// the queue ranks by. Triggers keep it; every way a cycle, its atasan, its Tim Kinerja or its
// person's name changes must reach it, or a queue silently shows the wrong people.
let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let tim: Awaited<ReturnType<typeof makePerson>>;

const cycleOf = async (personId: string) => {
  const [c] = await t.database.db.select().from(cycles).where(eq(cycles.personId, personId));
  return c as typeof cycles.$inferSelect;
};
const viewersOf = async (cycleId: string) =>
  (await t.database.db.select().from(queueEntries).where(eq(queueEntries.cycleId, cycleId)))
    .map((e) => e.viewerId)
    .sort();
const queueOf = async (client: Client) =>
  ((await client.get("/api/planning/queue")).json().items as { personId: string; name: string; status: string }[]).map(
    (i) => `${i.name}:${i.status}`,
  );

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  w = await makeDistrictWorld(db);
  tim = await makePerson(db, { name: "Tim Satu" });
  await assign(db, tim.id, "tim_kinerja", w.district.id);
  await openRunningPeriod(db, w.district.id);
});
afterAll(() => t.close());

describe("the queues' index follows every change", () => {
  it("opening a period enters each cycle in its atasan's queue and its Tim Kinerja's", async () => {
    expect(await queueDrift(t.database.db)).toEqual([]);
    expect(await viewersOf((await cycleOf(w.guruA.id)).id)).toEqual([w.ksA.id]);
    expect(await viewersOf((await cycleOf(w.ksA.id)).id)).toEqual([w.head.id, tim.id].sort());
  });

  it("a plan's status and a rename reach the queue", async () => {
    const db = t.database.db;
    const ks = await sessionFor(t.app, db, w.ksA.id);
    const cycle = await cycleOf(w.guruA.id);
    const submittedAt = new Date("2026-07-01T02:03:04.005Z");
    const [plan] = await db
      .update(documents)
      .set({ status: "submitted", version: 2, submittedAt })
      .where(and(eq(documents.cycleId, cycle.id), eq(documents.kind, "plan")))
      .returning({ id: documents.id });
    await db.update(people).set({ name: "Guru A Baru" }).where(eq(people.id, w.guruA.id));
    expect(await queueDrift(db)).toEqual([]);
    expect(await queueOf(ks)).toContain("Guru A Baru:submitted");
    // The plan's id and submission are read from the entry (migration 0033), not the plan.
    const row = ((await ks.get("/api/planning/queue")).json().items as { personId: string }[]).find(
      (i) => i.personId === w.guruA.id,
    );
    expect(row).toMatchObject({ planId: plan?.id, submittedAt: submittedAt.toISOString() });
  });

  it("a new NIP, a school's new name and the atasan's new name reach the cycle and the queues", async () => {
    const db = t.database.db;
    const ks = await sessionFor(t.app, db, w.ksA.id);
    await db.update(people).set({ nip: "199001012020121001" }).where(eq(people.id, w.guruA.id));
    await db.update(schools).set({ name: "SD Negeri Baru" }).where(eq(schools.id, w.schoolA.id));
    await db.update(people).set({ name: "KS A Baru" }).where(eq(people.id, w.ksA.id));
    expect(await queueDrift(db)).toEqual([]);
    const cycle = await cycleOf(w.guruA.id);
    expect(cycle).toMatchObject({
      personNip: "199001012020121001",
      schoolName: "SD Negeri Baru",
      superiorName: "KS A Baru",
    });
    const row = ((await ks.get("/api/planning/queue")).json().items as { personId: string }[]).find(
      (i) => i.personId === w.guruA.id,
    );
    expect(row).toMatchObject({ nip: "199001012020121001", schoolName: "SD Negeri Baru" });
    // A cycle moved to another school takes that school's name.
    await db.update(cycles).set({ schoolId: w.schoolB.id }).where(eq(cycles.id, cycle.id));
    expect(await queueDrift(db)).toEqual([]);
    await db.update(cycles).set({ schoolId: w.schoolA.id }).where(eq(cycles.id, cycle.id));
    expect(await queueDrift(db)).toEqual([]);
  });

  it("a new atasan takes the cycle; one who also sits on its Tim Kinerja keeps it", async () => {
    const db = t.database.db;
    const cycle = await cycleOf(w.ksA.id);
    await db.update(cycles).set({ superiorId: tim.id }).where(eq(cycles.id, cycle.id));
    expect(await viewersOf(cycle.id)).toEqual([tim.id]);
    await db.update(cycles).set({ superiorId: w.head.id }).where(eq(cycles.id, cycle.id));
    expect(await viewersOf(cycle.id)).toEqual([w.head.id, tim.id].sort());
    await db.update(cycles).set({ superiorId: null, superiorKind: null }).where(eq(cycles.id, cycle.id));
    expect(await viewersOf(cycle.id)).toEqual([tim.id]);
    await db
      .update(cycles)
      .set({ superiorId: w.head.id, superiorKind: "head_of_district" })
      .where(eq(cycles.id, cycle.id));
    expect(await queueDrift(db)).toEqual([]);
  });

  it("Tim Kinerja members come and go; the atasan stays when they were both", async () => {
    const db = t.database.db;
    const cycle = await cycleOf(w.ksA.id);
    await db.delete(cycleAssessors).where(eq(cycleAssessors.cycleId, cycle.id));
    expect(await viewersOf(cycle.id)).toEqual([w.head.id]);
    await db.insert(cycleAssessors).values([
      { cycleId: cycle.id, personId: tim.id },
      { cycleId: cycle.id, personId: w.head.id },
    ]);
    await db
      .delete(cycleAssessors)
      .where(and(eq(cycleAssessors.cycleId, cycle.id), eq(cycleAssessors.personId, w.head.id)));
    expect(await viewersOf(cycle.id)).toEqual([w.head.id, tim.id].sort());
    expect(await queueDrift(db)).toEqual([]);
  });

  it("a deleted cycle leaves no entry behind", async () => {
    const db = t.database.db;
    const cycle = await cycleOf(w.ksA.id);
    await db.delete(cycles).where(eq(cycles.id, cycle.id));
    expect(await viewersOf(cycle.id)).toEqual([]);
    expect(await queueDrift(db)).toEqual([]);
  });
});
