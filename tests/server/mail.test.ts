import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailOutbox, people } from "../../src/db/schema.js";
import { nextDigestAt } from "../../src/domain/mail/digest.js";
import { loadConfig, type MailConfig } from "../../src/server/core/config.js";
import { writeGuarded } from "../../src/server/core/guarded-write.js";
import { createMailer } from "../../src/server/mail/mailer.js";
import { sendDueEmails } from "../../src/server/mail/send-due.js";
import { smtpTransport } from "../../src/server/mail/transport.js";
import { notify } from "../../src/server/notifications/notify.js";
import { makeDistrictWorld, TEST_PASSWORD } from "../helpers/factories.js";
import { startTestSmtp, type TestSmtp } from "../helpers/smtp.js";
import { type Client, createTestApp, signIn, type TestContext } from "../helpers/test-app.js";

let t: TestContext;
let smtp: TestSmtp;
let w: Awaited<ReturnType<typeof makeDistrictWorld>>;
let mail: MailConfig;
let guru: Client;
let operator: Client;

const PUBLIC = "https://kinerja.example.id";
const db = () => t.database.db;
// A millisecond on: a row queued by the database's now() (microseconds) in the same millisecond as
// the JavaScript clock's reading would otherwise not be due yet (seen failing once in CI).
const justAfter = () => new Date(Date.now() + 1);
const send = (now = justAfter()) => sendDueEmails({ db: db(), transport: smtpTransport(mail), now, publicUrl: PUBLIC });
const outboxOf = (personId: string) => db().select().from(emailOutbox).where(eq(emailOutbox.personId, personId));

beforeAll(async () => {
  smtp = await startTestSmtp();
  mail = { smtpUrl: smtp.url, from: "Kinerja <kinerja@example.id>", publicUrl: PUBLIC };
  t = await createTestApp({ mail });
  w = await makeDistrictWorld(db());
  for (const [p, email] of [
    [w.guruA, "guru.a@example.id"],
    [w.operatorA, "operator.a@example.id"],
    [w.ksA, "ks.a@example.id"],
  ] as const)
    await db().update(people).set({ email }).where(eq(people.id, p.id));
  guru = await signIn(t.app, w.guruA.username as string, TEST_PASSWORD);
  operator = await signIn(t.app, w.operatorA.username as string, TEST_PASSWORD);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});
beforeEach(() => {
  smtp.delivered.length = 0;
});

describe("an instant e-mail", () => {
  it("goes out after the change committed, in the reader's language, linking the bell's screen", async () => {
    const set = await operator.request({
      method: "PUT",
      url: "/api/me/email-settings",
      payload: { language: "en", modes: [] },
    });
    expect(set.statusCode).toBe(200);
    const reported = await guru.post("/api/me/profile-corrections", { note: "NIP saya salah satu angka." });
    expect(reported.statusCode).toBe(200);
    // Queued with the notification, not sent by the request.
    expect(smtp.delivered).toHaveLength(0);
    expect(await outboxOf(w.operatorA.id)).toMatchObject([{ status: "pending", channel: "email" }]);

    const report = await send();
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const mine = smtp.delivered.filter((m) => m.to.includes("operator.a@example.id"));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.subject).toBe("Guru A reported a data correction");
    expect(mine[0]?.body).toContain(`${PUBLIC}/admin/koreksi`);
    expect(mine[0]?.body).toContain("Dear Operator A,");
    expect(mine[0]?.messageId).toMatch(/@kinerja>$/);
    expect(await outboxOf(w.operatorA.id)).toMatchObject([{ status: "sent", attempts: 0 }]);

    // A second pass finds nothing to send.
    const delivered = smtp.delivered.length;
    expect((await send()).sent).toBe(0);
    expect(smtp.delivered).toHaveLength(delivered);
  });

  it("is in Indonesian by default", async () => {
    await notify(db(), [w.ksA.id], "plan_submitted", { name: "Guru A" }, "/perlu-disetujui/x");
    await send();
    expect(smtp.delivered).toMatchObject([
      { to: ["ks.a@example.id"], subject: "Guru A mengajukan perencanaan kinerja" },
    ]);
    expect(smtp.delivered[0]?.body).toContain("Yth. KS A,");
    expect(smtp.delivered[0]?.body).toContain(`${PUBLIC}/perlu-disetujui/x`);
  });

  it("exists only when its notification committed: a rolled-back change queues nothing", async () => {
    const before = (await outboxOf(w.ksA.id)).length;
    await expect(
      db().transaction(async (tx) => {
        await notify(tx, [w.ksA.id], "plan_submitted", { name: "Guru B" }, "/x");
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await outboxOf(w.ksA.id)).toHaveLength(before);
  });

  it("is queued by a guarded write's statement, and not when the guard matched nothing", async () => {
    const change = (id: string) => sql`(update ${people} set updated_at = now() where id = ${id} returning id)`;
    const notice = { to: [w.guruA.id], kind: "plan_returned" as const, data: { name: "KS A" }, link: "/kinerja-saya" };
    await writeGuarded(db(), change("00000000-0000-0000-0000-000000000000"), { notices: [notice] });
    expect(await outboxOf(w.guruA.id)).toHaveLength(0);
    await writeGuarded(db(), change(w.guruA.id), { notices: [notice] });
    expect(await outboxOf(w.guruA.id)).toMatchObject([{ status: "pending" }]);
    await send();
    expect(smtp.delivered.map((m) => m.subject)).toEqual(["KS A mengembalikan perencanaan Anda dengan catatan"]);
  });

  it("is not queued for someone without an address", async () => {
    await notify(db(), [w.guruB.id], "plan_approved", { name: "KS B" }, "/kinerja-saya");
    expect(await outboxOf(w.guruB.id)).toHaveLength(0);
  });
});

describe("delivery", () => {
  it("retries a transient SMTP failure with backoff and never sends twice", async () => {
    await notify(db(), [w.ksA.id], "practice_submitted", { name: "Guru A" }, "/praktik/1");
    smtp.refuseNext(1, 451);
    const now = justAfter();
    expect(await send(now)).toMatchObject({ sent: 0, retrying: 1 });
    expect(smtp.delivered).toHaveLength(0);
    const [row] = (await outboxOf(w.ksA.id)).filter((r) => r.status === "pending");
    expect(row?.attempts).toBe(1);
    expect(row?.lastError).toContain("Refused by the test");
    expect(row?.nextAttemptAt.getTime()).toBe(now.getTime() + 60_000);
    // Not due yet: nothing happens.
    expect(await send(new Date(now.getTime() + 30_000))).toMatchObject({ sent: 0, retrying: 0 });
    expect(await send(new Date(now.getTime() + 61_000))).toMatchObject({ sent: 1 });
    expect(await send(new Date(now.getTime() + 3600_000))).toMatchObject({ sent: 0 });
    expect(smtp.delivered.map((m) => m.subject)).toEqual(["Guru A mengumpulkan dokumen praktik kinerja"]);
  });

  it("gives up at once on a permanent refusal", async () => {
    await notify(db(), [w.ksA.id], "survey_sent", { name: "Pengawas" }, "/survei/1");
    smtp.refuseNext(1, 550);
    expect(await send()).toMatchObject({ sent: 0, failed: 1 });
    expect(await send(new Date(Date.now() + 86_400_000))).toMatchObject({ sent: 0, failed: 0 });
    expect(smtp.delivered).toHaveLength(0);
  });

  it("two senders at once (two nodes) send each e-mail once", async () => {
    for (let i = 0; i < 6; i++) await notify(db(), [w.ksA.id], "plan_submitted", { name: `Guru ${i}` }, "/x");
    const other = await (t.database as unknown as { reopen?: () => Promise<typeof t.database> }).reopen?.();
    const second = other ?? t.database;
    const now = justAfter();
    const [a, b] = await Promise.all([
      send(now),
      sendDueEmails({ db: second.db, transport: smtpTransport(mail), now, publicUrl: PUBLIC }),
    ]);
    await other?.close();
    expect(a.sent + b.sent).toBe(6);
    expect(new Set(smtp.delivered.map((m) => m.messageId)).size).toBe(6);
    expect(smtp.delivered).toHaveLength(6);
  });
});

describe("choices", () => {
  it("keeps a kind for the daily digest, and sends nothing for a kind turned off", async () => {
    const ks = await signIn(t.app, w.ksA.username as string, TEST_PASSWORD);
    const res = await ks.request({
      method: "PUT",
      url: "/api/me/email-settings",
      payload: {
        language: "id",
        modes: [
          { kind: "plan_submitted", mode: "digest" },
          { kind: "practice_submitted", mode: "digest" },
          { kind: "reopen_requested", mode: "none" },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const settings = (await ks.get("/api/me/email-settings")).json();
    expect(settings).toMatchObject({ email: "ks.a@example.id", enabled: true, language: "id" });
    expect(settings.modes).toContainEqual({ kind: "reopen_requested", mode: "none" });
    expect(settings.modes).toContainEqual({ kind: "plan_approved", mode: "instant" });

    await notify(db(), [w.ksA.id], "plan_submitted", { name: "Guru A" }, "/a");
    await notify(db(), [w.ksA.id], "practice_submitted", { name: "Guru B" }, "/b");
    await notify(db(), [w.ksA.id], "reopen_requested", { name: "Guru C" }, "/c");
    const now = justAfter();
    await send(now);
    expect(smtp.delivered).toHaveLength(0);
    await send(new Date(nextDigestAt(now).getTime() - 1000));
    expect(smtp.delivered).toHaveLength(0);
    expect(await send(nextDigestAt(now))).toMatchObject({ digests: 1 });
    expect(smtp.delivered).toHaveLength(1);
    const digest = smtp.delivered[0];
    expect(digest?.subject).toBe("Ringkasan harian Kinerja: 2 notifikasi");
    expect(digest?.body).toContain("Guru A mengajukan perencanaan kinerja");
    expect(digest?.body).toContain(`${PUBLIC}/b`);
    expect(digest?.body).not.toContain("Guru C");
    expect(await send(new Date(nextDigestAt(now).getTime() + 86_400_000))).toMatchObject({ digests: 0 });
  });

  it("refuses an unknown kind or mode with a 400", async () => {
    const res = await guru.request({
      method: "PUT",
      url: "/api/me/email-settings",
      payload: { language: "fr", modes: [{ kind: "nope", mode: "sometimes" }] },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe("configuration and the sender loop", () => {
  it("is off without SMTP_URL, refuses a malformed one, and links to PUBLIC_URL", () => {
    expect(loadConfig({}).mail).toBeNull();
    expect(() => loadConfig({ SMTP_URL: "http://mail.example.id" })).toThrow(/SMTP_URL/);
    expect(
      loadConfig({ SMTP_URL: "smtps://u:p@mail.example.id:465", PUBLIC_URL: "https://k.example.id/" }).mail,
    ).toEqual({
      smtpUrl: "smtps://u:p@mail.example.id:465",
      from: "Kinerja <kinerja@localhost>",
      publicUrl: "https://k.example.id",
    });
  });

  it("one pass at a time per node; stop waits for it and closes the connection", async () => {
    await notify(db(), [w.operatorA.id], "plan_approved", { name: "KS A" }, "/kinerja-saya");
    const mailer = createMailer({ db: db(), mail, clock: t.clock, log: t.app.log });
    const [a, b] = await Promise.all([mailer.runOnce(), mailer.runOnce()]);
    expect(a).toBe(b);
    expect(a?.sent).toBe(1);
    await mailer.stop();
    expect(smtp.delivered.map((m) => m.subject)).toEqual(["KS A approved your plan"]);
  });
});
