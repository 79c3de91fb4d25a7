import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, documents, notifications, timKinerjaSubjects } from "../../src/db/schema.js";
import { addDays } from "../../src/domain/cycles/phase.js";
import { sendDeadlineReminders } from "../../src/server/reminders/send-deadline-reminders.js";
import { testToday } from "../helpers/clock.js";
import { assign, makeDistrictWorld, makePerson, TEST_PASSWORD } from "../helpers/factories.js";
import { openRunningPeriod } from "../helpers/factories-planning.js";
import { FINISHED } from "../helpers/practice-statuses.js";
import { createTestApp, signIn, statementsSoFar, type TestContext } from "../helpers/test-app.js";

// The Praktik Kinerja window closes 200 days after today, the penilaian's 300 (openRunningPeriod).
// Guru A finished their upaya and handed in the refleksi but not the bukti dukung: both Guru A and
// KS A must act. Guru B has not started (no KS: the admins are told). KS A's persiapan is
// scheduled: the Tim Kinerja member named for her observes.
let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let tim: { id: string };
const cycleIds: Record<string, string> = {};
const db = () => t.database.db;
const at = (close: number, offset: number) => new Date(`${addDays(testToday(), close + offset)}T05:00:00Z`);
const send = (close: number, offset: number) => sendDeadlineReminders(db(), at(close, offset));

async function noticesOf(personId: string) {
  const rows = await db().select().from(notifications).where(eq(notifications.personId, personId));
  return rows.filter((n) => n.kind.startsWith("deadline_")).map((n) => ({ kind: n.kind, ...n.data }));
}

async function setDocuments(person: string, statuses: Record<string, string>) {
  await db()
    .delete(documents)
    .where(eq(documents.cycleId, cycleIds[person] as string));
  await db()
    .insert(documents)
    .values(
      Object.entries({ plan: "agreed", ...statuses }).map(([kind, status]) => ({
        cycleId: cycleIds[person] as string,
        kind,
        status,
        content: {},
      })),
    );
}

beforeAll(async () => {
  t = await createTestApp();
  w = await makeDistrictWorld(db());
  tim = await makePerson(db(), { name: "Tim K" });
  await assign(db(), tim.id, "tim_kinerja", w.district.id);
  await db().insert(timKinerjaSubjects).values({ districtId: w.district.id, memberId: tim.id, subjectId: w.ksA.id });
  await openRunningPeriod(db(), w.district.id);
  for (const c of await db().select().from(cycles)) cycleIds[c.personId] = c.id;
  const { persiapan, observasi, tindak_lanjut, upaya } = FINISHED;
  await setDocuments(w.guruA.id, { persiapan, observasi, tindak_lanjut, upaya, refleksi: "submitted" });
  await setDocuments(w.guruB.id, {});
  await setDocuments(w.ksA.id, { persiapan });
});
afterAll(() => t.close());

describe("the pelaksanaan window", () => {
  it("a week before: each pegawai of their own work, the KS and the Tim Kinerja of whom waits on them — once", async () => {
    expect(await send(200, -8)).toBe(0);
    const before = statementsSoFar();
    expect(await send(200, -7)).toBe(4);
    // The running periods, seven for the period, the claim and the notices (and on PostgreSQL the
    // transaction's begin and commit): none per cycle or person.
    expect(statementsSoFar() - before).toBeLessThanOrEqual(12);
    const reminder = { kind: "deadline_reminder", phase: "pelaksanaan", days: "7" };
    expect(await noticesOf(w.guruA.id)).toEqual([expect.objectContaining({ ...reminder, role: "owner" })]);
    expect(await noticesOf(w.guruB.id)).toEqual([expect.objectContaining({ ...reminder, role: "owner" })]);
    expect(await noticesOf(w.ksA.id)).toEqual([
      expect.objectContaining({ ...reminder, role: "superior", names: "Guru A" }),
    ]);
    expect(await noticesOf(tim.id)).toEqual([
      expect.objectContaining({ ...reminder, role: "superior", names: "KS A" }),
    ]);
    expect(await send(200, -7)).toBe(0);
    expect(await send(200, -3)).toBe(0);
    expect(await send(200, -1)).toBe(4);
  });

  it("after the close: the atasan (the Kepala Dinas for a KS), then the admins, listing who is late", async () => {
    expect(await send(200, 1)).toBe(3);
    expect((await noticesOf(w.ksA.id)).at(-1)).toMatchObject({
      kind: "deadline_escalation",
      role: "atasan",
      names: "Guru A",
    });
    expect((await noticesOf(w.head.id)).at(-1)).toMatchObject({ kind: "deadline_escalation", names: "KS A" });
    expect((await noticesOf(w.admin.id)).at(-1)).toMatchObject({ role: "admin", names: "Guru B" });
    expect(await send(200, 7)).toBe(1);
    expect((await noticesOf(w.admin.id)).at(-1)).toMatchObject({ phase: "pelaksanaan", days: "7", count: "3" });
    expect(await send(200, 8)).toBe(0);
  });
});

describe("a penilaian the atasan has not started", () => {
  it("reminds the atasan once the practice is done, then tells them it is late", async () => {
    const { rekomendasi: _r, penilaian: _p, ...practice } = FINISHED;
    await setDocuments(w.guruA.id, practice);
    expect(await send(300, -7)).toBe(1);
    expect((await noticesOf(w.ksA.id)).at(-1)).toMatchObject({ phase: "penilaian", role: "superior", names: "Guru A" });
    expect(await send(300, 1)).toBe(1);
    expect((await noticesOf(w.ksA.id)).at(-1)).toMatchObject({ phase: "penilaian", kind: "deadline_escalation" });
    expect(await send(300, 2)).toBe(0);
  });
});

it("the admin's list names both recipients of a cycle both had to act on", async () => {
  const admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
  const res = await admin.get(`/api/admin/districts/${w.district.id}/reminders?q=guru%20a&limit=50`);
  const first = res
    .json()
    .items.find(
      (r: { phase: string; kind: string; days: number }) =>
        r.phase === "pelaksanaan" && r.kind === "reminder" && r.days === 7,
    );
  expect(first.recipients.map((p: { name: string }) => p.name)).toEqual(["Guru A", "KS A"]);
});
