import { asc, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, emailOutbox, notifications, people } from "../../src/db/schema.js";
import { type Notice, writeGuarded, writePreparedGuarded } from "../../src/server/core/guarded-write.js";
import { makePerson } from "../helpers/factories.js";
import { openTestDatabase, type TestDatabase } from "../helpers/test-app.js";

/**
 * A guarded write's notices: up to eight recipients are listed one value each (a plan PostgreSQL
 * can keep), more go as one array. Both ways write one notification per recipient in the order
 * given, queue the e-mail of those with an address, and nothing when the guard matched nothing.
 */
let database: TestDatabase;
let recipients: string[];
const db = () => database.db;
const NOBODY = "00000000-0000-0000-0000-000000000000";

beforeAll(async () => {
  database = await openTestDatabase();
  recipients = [];
  for (let i = 0; i < 10; i++) recipients.push((await makePerson(db(), { username: null })).id);
  // Every other recipient has an address: their notices queue an e-mail.
  await db()
    .update(people)
    .set({ email: sql`'r' || ${people.nip} || '@example.id'` })
    .where(
      inArray(
        people.id,
        recipients.filter((_, i) => i % 2 === 0),
      ),
    );
});
afterAll(() => database.close());

const notice = (to: string[], link: string): Notice => ({ to, kind: "plan_submitted", data: { name: "Guru" }, link });
const written = (link: string) =>
  db()
    .select({ personId: notifications.personId })
    .from(notifications)
    .where(eq(notifications.link, link))
    .orderBy(asc(notifications.seq));
const mailed = async (link: string) =>
  (
    await db()
      .select({ personId: emailOutbox.personId })
      .from(emailOutbox)
      .innerJoin(notifications, eq(notifications.id, emailOutbox.notificationId))
      .where(eq(notifications.link, link))
  )
    .map((r) => r.personId)
    .sort();

type Write = (
  target: string,
  effects: { notices: Notice[]; audit?: Parameters<typeof writeGuarded>[2]["audit"] },
) => Promise<string | null>;
const ways: [string, Write][] = [
  [
    "built per call",
    (target, effects) =>
      writeGuarded(db(), sql`(update ${people} set updated_at = now() where id = ${target} returning id)`, effects),
  ],
  [
    "prepared",
    (target, effects) =>
      writePreparedGuarded(
        db(),
        "test_touch_person",
        () => sql`(update ${people} set updated_at = now() where id = ${sql.placeholder("target")} returning id)`,
        { target },
        effects,
      ),
  ],
];

describe.each(ways)("a guarded write's notices (%s)", (way, write) => {
  it.each([1, 2, 8, 9, 10])("notify %i recipients in order, e-mail those with an address", async (n) => {
    const to = [...recipients.slice(0, n)].reverse();
    const link = `/test/${way}/${n}`;
    // A repeated recipient is notified once.
    const id = await write(recipients[0] as string, { notices: [notice([...to, to[0] as string], link)] });
    expect(id).toBe(recipients[0]);
    expect((await written(link)).map((r) => r.personId)).toEqual(to);
    expect(await mailed(link)).toEqual(to.filter((p) => recipients.indexOf(p) % 2 === 0).sort());
  });

  it("writes nothing when the guard matches nothing, listed or as an array", async () => {
    for (const n of [2, 10]) {
      const link = `/test/${way}/none/${n}`;
      const audit = {
        actorId: recipients[0] as string,
        actingAs: "owner",
        entityType: "plan",
        entityId: null,
        action: `test_${way}_${n}`,
        fromState: "draft",
        toState: "submitted",
        reason: null,
        data: {},
      };
      expect(await write(NOBODY, { notices: [notice(recipients.slice(0, n), link)], audit })).toBeNull();
      expect(await written(link)).toEqual([]);
      expect(await db().select().from(auditEvents).where(eq(auditEvents.action, audit.action))).toEqual([]);
    }
  });

  it("two notices of different sizes in one statement", async () => {
    const a = `/test/${way}/two/a`;
    const b = `/test/${way}/two/b`;
    await write(recipients[1] as string, {
      notices: [notice(recipients.slice(0, 3), a), notice(recipients.slice(0, 10), b)],
    });
    expect((await written(a)).map((r) => r.personId)).toEqual(recipients.slice(0, 3));
    expect((await written(b)).map((r) => r.personId)).toEqual(recipients.slice(0, 10));
  });
});
