import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { emailOutbox, emailPreferences, notifications, people } from "../../db/schema.js";
import { isPermanentSmtpError, nextAttemptDelay } from "../../domain/mail/backoff.js";
import { MAX_MAIL_AGE_MS, nextDigestAt } from "../../domain/mail/digest.js";
import { type EmailMode, emailModeOf, type Language } from "../../domain/mail/preferences.js";
import type { NotificationKind } from "../notifications/kinds.js";
import { composeDigest, composeInstant, type MailItem, type Recipient } from "./compose.js";
import type { MailTransport } from "./transport.js";

/** How long a claimed row is this node's: a node that dies mid-send frees it after this. */
const CLAIM_MS = 15 * 60_000;
/**
 * A pass that has taken half the claim (a very slow SMTP server) hands its unsent rows back
 * rather than risk another node taking them while this one still sends.
 */
const SEND_BUDGET_MS = CLAIM_MS / 2;

type Claimed = {
  id: string;
  attempts: number;
  too_old: boolean;
  kind: NotificationKind;
  data: Record<string, string>;
  link: string;
  person_id: string;
  name: string;
  email: string | null;
  language: Language;
  mode: EmailMode | null;
};

export type SendReport = { sent: number; digests: number; retrying: number; failed: number; skipped: number };

type Options = { db: Db; transport: MailTransport; now: Date; publicUrl: string; batch?: number };

/**
 * Claims due rows in one statement (FOR UPDATE SKIP LOCKED: a row another node holds is passed
 * over, never taken twice) and answers them with their notification and recipient.
 */
async function claim(db: Db, now: Date, due: "instant" | "digest", batch: number): Promise<Claimed[]> {
  const until = new Date(now.getTime() + CLAIM_MS);
  const which =
    due === "instant"
      ? // A claim whose node died (past claimed_until) is taken again and decided afresh.
        sql`(status = 'pending' and next_attempt_at <= ${now}) or (status = 'sending' and claimed_until < ${now})`
      : sql`status = 'digest' and next_attempt_at <= ${now}`;
  const { rows } = await db.execute<Claimed>(sql`with c as (
      update ${emailOutbox} o set status = 'sending', claimed_until = ${until}
      from (select id from ${emailOutbox} where ${which}
            order by person_id, next_attempt_at, id limit ${batch} for update skip locked) due
      where o.id = due.id
      returning o.id, o.attempts, o.notification_id, o.person_id, o.created_at)
    select c.id, c.attempts, c.created_at < ${new Date(now.getTime() - MAX_MAIL_AGE_MS)} as too_old,
      n.kind, n.data, n.link, c.person_id, p.name, p.email, p.language, ep.mode
    from c join ${notifications} n on n.id = c.notification_id join ${people} p on p.id = c.person_id
      left join ${emailPreferences} ep on ep.person_id = c.person_id and ep.kind = n.kind
    order by n.seq`);
  return rows;
}

async function settle(db: Db, ids: readonly string[], set: ReturnType<typeof sql>): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(
    sql`update ${emailOutbox} set ${set}, claimed_until = null where id = any(${`{${ids.join(",")}}`}::uuid[])`,
  );
}

/** After a failed send: back in the queue after the backoff, or given up. */
async function failed(db: Db, ids: readonly string[], attempts: number, err: unknown, now: Date, back: string) {
  const delay = nextAttemptDelay(attempts + 1, isPermanentSmtpError(err));
  const error = (err instanceof Error ? err.message : String(err)).slice(0, 500);
  await settle(
    db,
    ids,
    delay === null
      ? sql`status = 'failed', attempts = ${attempts + 1}, last_error = ${error}`
      : sql`status = ${back}, attempts = ${attempts + 1}, last_error = ${error},
          next_attempt_at = ${new Date(now.getTime() + delay)}`,
  );
  return delay === null ? "failed" : "retrying";
}

const recipientOf = (r: Claimed): Recipient => ({ name: r.name, email: r.email ?? "", language: r.language });
const itemOf = (r: Claimed): MailItem => ({ kind: r.kind, data: r.data, link: r.link });

/**
 * One pass of the sender: every due instant e-mail, then every due digest. Runs after the
 * notification's transaction committed (the row exists only then), on any node.
 */
export async function sendDueEmails({ db, transport, now, publicUrl, batch = 20 }: Options): Promise<SendReport> {
  const report: SendReport = { sent: 0, digests: 0, retrying: 0, failed: 0, skipped: 0 };
  const started = performance.now();
  const overBudget = () => performance.now() - started > SEND_BUDGET_MS;
  const instant = await claim(db, now, "instant", batch);
  for (const [i, r] of instant.entries()) {
    if (overBudget()) {
      await settle(
        db,
        instant.slice(i).map((x) => x.id),
        sql`status = 'pending'`,
      );
      return report;
    }
    const mode = emailModeOf(r.kind, r.mode ? { [r.kind]: r.mode } : {});
    if (!r.email || r.too_old || mode === "none") {
      await settle(db, [r.id], sql`status = 'skipped'`);
      report.skipped++;
    } else if (mode === "digest") {
      await settle(db, [r.id], sql`status = 'digest', next_attempt_at = ${nextDigestAt(now)}`);
    } else {
      try {
        await transport.send(composeInstant(recipientOf(r), itemOf(r), r.id, publicUrl));
        await settle(db, [r.id], sql`status = 'sent', sent_at = ${now}, last_error = null`);
        report.sent++;
      } catch (err) {
        report[await failed(db, [r.id], r.attempts, err, now, "pending")]++;
      }
    }
  }
  const byPerson = new Map<string, Claimed[]>();
  for (const r of await claim(db, now, "digest", batch * 10)) {
    byPerson.set(r.person_id, [...(byPerson.get(r.person_id) ?? []), r]);
  }
  for (const rows of byPerson.values()) {
    const first = rows[0] as Claimed;
    const ids = rows.map((r) => r.id);
    if (overBudget()) {
      await settle(db, ids, sql`status = 'digest'`);
      continue;
    }
    if (!first.email) {
      await settle(db, ids, sql`status = 'skipped'`);
      report.skipped += ids.length;
      continue;
    }
    try {
      await transport.send(composeDigest(recipientOf(first), rows.map(itemOf), first.id, publicUrl));
      await settle(db, ids, sql`status = 'sent', sent_at = ${now}, last_error = null`);
      report.digests++;
    } catch (err) {
      const attempts = Math.max(...rows.map((r) => r.attempts));
      report[await failed(db, ids, attempts, err, now, "digest")]++;
    }
  }
  return report;
}
