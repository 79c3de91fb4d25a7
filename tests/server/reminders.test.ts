import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cycles, documents, notifications, people, reminderLog } from "../../src/db/schema.js";
import { addDays } from "../../src/domain/cycles/phase.js";
import { emptyPenilaian } from "../../src/domain/practice/penilaian.js";
import type { Clock } from "../../src/server/core/clock.js";
import { createJobRunner } from "../../src/server/core/jobs.js";
import { periodicJobs } from "../../src/server/core/periodic-jobs.js";
import { sendDueEmails } from "../../src/server/mail/send-due.js";
import { smtpTransport } from "../../src/server/mail/transport.js";
import { sendDeadlineReminders } from "../../src/server/reminders/send-deadline-reminders.js";
import { testToday } from "../helpers/clock.js";
import { makeDistrictWorld, TEST_PASSWORD } from "../helpers/factories.js";
import { openRunningPeriod } from "../helpers/factories-planning.js";
import { FINISHED } from "../helpers/practice-statuses.js";
import { startTestSmtp, type TestSmtp } from "../helpers/smtp.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

// The planning window closes 10 days after the real today (openRunningPeriod); the clock moves
// to noon WIB of each day the test looks at.
let t: TestContext;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let smtp: TestSmtp;
let admin: Client;
let close: string;
let current = new Date();
const clock: Clock = { now: () => current };
const dayAt = (offset: number) => new Date(`${addDays(close, offset)}T05:00:00Z`);
const db = () => t.database.db;

async function noticesOf(personId: string, kind: string) {
  return db()
    .select()
    .from(notifications)
    .where(and(eq(notifications.personId, personId), eq(notifications.kind, kind)));
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({}, clock);
  w = await makeDistrictWorld(db());
  await openRunningPeriod(db(), w.district.id);
  close = addDays(testToday(), 10);
  await db().update(people).set({ email: "ks.a@example.id", language: "en" }).where(eq(people.id, w.ksA.id));
  // Guru A handed in: the KS must decide. Guru B has not started: it is Guru B's turn.
  const [cycleA] = await db().select().from(cycles).where(eq(cycles.personId, w.guruA.id));
  await db()
    .update(documents)
    .set({ status: "submitted", version: 3 })
    .where(and(eq(documents.cycleId, cycleA?.id as string), eq(documents.kind, "plan")));
  // KS A's own cycle is finished: her reminders are about her teachers only.
  const [cycleKs] = await db().select().from(cycles).where(eq(cycles.personId, w.ksA.id));
  await db()
    .update(documents)
    .set({ status: "agreed", version: 5 })
    .where(and(eq(documents.cycleId, cycleKs?.id as string), eq(documents.kind, "plan")));
  await db()
    .insert(documents)
    .values(
      Object.entries(FINISHED).map(([kind, status]) => ({ cycleId: cycleKs?.id as string, kind, status, content: {} })),
    );
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe("before the planning window closes", () => {
  it("sends nothing eight days before", async () => {
    expect(await sendDeadlineReminders(db(), dayAt(-8))).toBe(0);
  });

  it("a week before: the teacher about their plan, the KS about whom they must decide — once", async () => {
    expect(await sendDeadlineReminders(db(), dayAt(-7))).toBe(2);
    expect(await noticesOf(w.guruB.id, "deadline_reminder")).toMatchObject([
      { data: { phase: "perencanaan", closesOn: close, days: "7", role: "owner" }, link: "/kinerja-saya" },
    ]);
    expect(await noticesOf(w.ksA.id, "deadline_reminder")).toMatchObject([
      { data: { role: "superior", count: "1", names: "Guru A" }, link: "/pegawai-saya" },
    ]);
    // Later the same day, and the next day: nothing twice.
    expect(await sendDeadlineReminders(db(), new Date(dayAt(-7).getTime() + 3600_000))).toBe(0);
    expect(await sendDeadlineReminders(db(), dayAt(-6))).toBe(0);
  });

  it("reaches the KS by e-mail in their language, linking the screen", async () => {
    const report = await sendDueEmails({
      db: db(),
      transport: smtpTransport({ smtpUrl: smtp.url, from: "k@example.id", publicUrl: "https://k.example.id" }),
      now: new Date(),
      publicUrl: "https://k.example.id",
    });
    expect(report.sent).toBe(1);
    expect(smtp.delivered[0]?.to).toEqual(["ks.a@example.id"]);
    expect(smtp.delivered[0]?.subject).toContain(`Reminder: the planning window closes on ${close}`);
    expect(smtp.delivered[0]?.body).toContain("https://k.example.id/pegawai-saya");
  });

  it("a day before: the one-day reminder", async () => {
    expect(await sendDeadlineReminders(db(), dayAt(-1))).toBe(2);
    expect((await noticesOf(w.guruB.id, "deadline_reminder")).map((n) => n.data.days)).toEqual(["7", "1"]);
  });
});

describe("after the close", () => {
  it("the day after, the atasan is told who is late; a week after, the district admin — through the hourly job", async () => {
    expect(await sendDeadlineReminders(db(), dayAt(0))).toBe(0);
    current = dayAt(1);
    const runner = createJobRunner({ db: db(), clock, log: t.app.log, jobs: periodicJobs(db()), node: "test" });
    expect(await runner.runDue()).toContainEqual({ job: "deadline-reminders", status: "ran", result: { notices: 2 } });
    expect(await noticesOf(w.ksA.id, "deadline_escalation")).toMatchObject([
      { data: { days: "1", names: "Guru A", count: "1", role: "atasan" } },
    ]);
    // Guru B's school has no KS: the admins hear of it at once.
    expect(await noticesOf(w.admin.id, "deadline_escalation")).toMatchObject([
      { data: { days: "1", names: "Guru B", role: "admin" }, link: "/dasbor" },
    ]);
    // The same hour again: claimed, nothing runs twice.
    expect(await runner.runDue()).toContainEqual({ job: "deadline-reminders", status: "skipped", reason: "claimed" });

    expect(await sendDeadlineReminders(db(), dayAt(7))).toBe(1);
    const toAdmin = await noticesOf(w.admin.id, "deadline_escalation");
    expect(toAdmin.at(-1)?.data).toMatchObject({ days: "7", count: "2" });
    expect(toAdmin.at(-1)?.data.names?.split(", ").sort()).toEqual(["Guru A", "Guru B"]);
    expect(await sendDeadlineReminders(db(), dayAt(8))).toBe(0);
  });

  it("the log holds one row per (cycle, window, kind, days), all of the district", async () => {
    const rows = await db().select().from(reminderLog);
    expect(rows.every((r) => r.districtId === w.district.id)).toBe(true);
    expect(new Set(rows.map((r) => `${r.cycleId}|${r.kind}|${r.days}`)).size).toBe(rows.length);
  });
});

describe("the penilaian window", () => {
  it("reminds the atasan who has not rated, then tells them the pegawai is late", async () => {
    const [cycleA] = await db().select().from(cycles).where(eq(cycles.personId, w.guruA.id));
    await db()
      .insert(documents)
      .values({ cycleId: cycleA?.id as string, kind: "penilaian", status: "draft", content: emptyPenilaian() });
    const assessmentClose = addDays(testToday(), 300);
    const at = (offset: number) => new Date(`${addDays(assessmentClose, offset)}T05:00:00Z`);
    expect(await sendDeadlineReminders(db(), at(-7))).toBe(1);
    expect((await noticesOf(w.ksA.id, "deadline_reminder")).at(-1)?.data).toMatchObject({
      phase: "penilaian",
      role: "superior",
      names: "Guru A",
      days: "7",
    });
    expect(await sendDeadlineReminders(db(), at(1))).toBe(1);
    expect((await noticesOf(w.ksA.id, "deadline_escalation")).at(-1)?.data).toMatchObject({
      phase: "penilaian",
      role: "atasan",
      names: "Guru A",
    });
    expect(await sendDeadlineReminders(db(), at(2))).toBe(0);
  });
});

describe("the admin's record of what was sent", () => {
  it("lists each reminder with whom it was about and to whom, newest first, searchable, a page at a time", async () => {
    // Sessions live in real time again.
    current = new Date();
    admin = await signIn(t.app, w.admin.username as string, TEST_PASSWORD);
    const res = await admin.get(`/api/admin/districts/${w.district.id}/reminders?limit=3`);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.items).toHaveLength(3);
    expect(page.nextCursor).not.toBeNull();
    expect(page.items[0]).toMatchObject({ kind: "escalation", days: 1, phase: "penilaian", about: { name: "Guru A" } });
    expect(page.items[0].recipients).toEqual([{ id: w.ksA.id, name: "KS A" }]);
    const rest = (await admin.get(`/api/admin/districts/${w.district.id}/reminders?cursor=${page.nextCursor}`)).json();
    const all = [...page.items, ...rest.items];
    expect(all).toHaveLength(10);
    expect(new Set(all.map((r) => `${r.cycleId}|${r.phase}|${r.kind}|${r.days}`)).size).toBe(10);

    const ks = (await admin.get(`/api/admin/districts/${w.district.id}/reminders?q=KS%20A`)).json();
    expect(ks.items.map((r: { about: { name: string } }) => r.about.name)).toEqual([
      "Guru A",
      "Guru A",
      "Guru A",
      "Guru A",
      "Guru A",
    ]);
    const guruB = (await admin.get(`/api/admin/districts/${w.district.id}/reminders?q=guru%20b`)).json();
    expect(guruB.items.every((r: { about: { name: string } }) => r.about.name === "Guru B")).toBe(true);
  });

  it("is the district admin's only", async () => {
    const guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
    expect((await guru.get(`/api/admin/districts/${w.district.id}/reminders`)).statusCode).toBe(403);
  });
});
