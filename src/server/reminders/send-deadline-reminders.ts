import { sql } from "drizzle-orm";
import type { Db, Queryable } from "../../db/client.js";
import { notifications, reminderLog } from "../../db/schema.js";
import {
  dueReminders,
  type ReminderKind,
  type ReminderMessage,
  reminderKey,
} from "../../domain/reminders/reminders.js";
import { outboxFrom } from "../mail/outbox-sql.js";
import type { NotificationKind } from "../notifications/kinds.js";
import { loadReminderScopes } from "./load-scopes.js";

/** At most this many names are written into a notice; the count says how many there are. */
const NAMES_SHOWN = 10;

/** Where each recipient acts: their own plan, the people they assess, the district dashboard. */
const LINKS: Record<ReminderMessage["role"], string> = {
  owner: "/kinerja-saya",
  superior: "/pegawai-saya",
  atasan: "/pegawai-saya",
  admin: "/dasbor",
};

/**
 * The deadline job (hourly, once across nodes through `job_runs`): for each running period, asks
 * `dueReminders` who is told what today, then in ONE transaction claims every (cycle, window,
 * kind, days) in `reminder_log` and writes every notice: two statements a period, whatever its
 * size. The primary key is the claim: a cycle another run already claimed is left out of every
 * notice, so nothing is sent twice even if two runs meet (the second waits on the first's rows).
 * A cycle both the pegawai and the atasan must act on is one row naming both. Answers how many
 * notices were sent.
 */
export async function sendDeadlineReminders(db: Db, now: Date): Promise<number> {
  let sent = 0;
  for (const scope of await loadReminderScopes(db, now)) {
    const messages = dueReminders(scope.cycles, scope.settings, scope.today, scope.adminIds, scope.sent);
    if (messages.length === 0) continue;
    const claims = new Map<string, { cycleId: string; m: ReminderMessage; to: Set<string> }>();
    for (const m of messages) {
      for (const c of m.cycles) {
        const key = reminderKey(c.cycleId, m.phase, m.kind, m.days);
        const claim = claims.get(key) ?? { cycleId: c.cycleId, m, to: new Set<string>() };
        for (const id of m.to) claim.to.add(id);
        claims.set(key, claim);
      }
    }
    sent += await db.transaction(async (tx) => {
      // In key order: two runs that meet lock the same rows in the same order (no deadlock).
      const rows = [...claims.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, { cycleId, m, to }]) => ({
          cycle_id: cycleId,
          phase: m.phase,
          kind: m.kind,
          days: m.days,
          closes_on: m.closesOn,
          recipient_ids: [...to],
        }));
      const { rows: won } = await tx.execute<{ cycle_id: string; phase: string; kind: string; days: number }>(sql`
        insert into ${reminderLog} (cycle_id, phase, kind, days, district_id, closes_on, recipient_ids, sent_at)
        select r.cycle_id, r.phase, r.kind, r.days, ${scope.districtId}, r.closes_on, r.recipient_ids, ${now}
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as r(cycle_id uuid, phase text, kind text, days int, closes_on date, recipient_ids uuid[])
        on conflict do nothing
        returning cycle_id, phase, kind, days`);
      const claimed = new Set(won.map((r) => reminderKey(r.cycle_id, r.phase, r.kind as ReminderKind, r.days)));
      const notices = messages.flatMap((m) => {
        const names = m.cycles
          .filter((c) => claimed.has(reminderKey(c.cycleId, m.phase, m.kind, m.days)))
          .map((c) => c.ownerName);
        return names.length === 0 ? [] : [notice(m, names)];
      });
      await notifyEach(tx, notices);
      return notices.length;
    });
  }
  return sent;
}

type Notice = { to: string[]; kind: NotificationKind; data: Record<string, string>; link: string };

function notice(m: ReminderMessage, names: string[]): Notice {
  const shown = names.slice(0, NAMES_SHOWN).join(", ") + (names.length > NAMES_SHOWN ? ", …" : "");
  return {
    to: m.to,
    kind: m.kind === "reminder" ? "deadline_reminder" : "deadline_escalation",
    data: {
      phase: m.phase,
      closesOn: m.closesOn,
      days: String(m.days),
      role: m.role,
      count: String(names.length),
      names: shown,
    },
    link: LINKS[m.role],
  };
}

/** `notify` for many notices, each its own recipients and data, in one statement (with their e-mails). */
async function notifyEach(tx: Queryable, notices: readonly Notice[]) {
  const rows = notices.flatMap((n) => [...new Set(n.to)].map((personId) => ({ ...n, to: undefined, personId })));
  if (rows.length === 0) return;
  await tx.execute(sql`with notice as (insert into ${notifications} (person_id, kind, data, link)
      select r."personId", r.kind, r.data, r.link
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r("personId" uuid, kind text, data jsonb, link text)
      returning id, person_id, kind)
    ${outboxFrom("notice")}`);
}
