import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { reminderLog } from "../../db/schema.js";
import { dueReminders, type ReminderMessage } from "../../domain/reminders/reminders.js";
import { notify } from "../notifications/notify.js";
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
 * `dueReminders` who is told what today, then per notice claims its (cycle, window, kind, days)
 * rows in `reminder_log` and notifies in the SAME transaction. The primary key is the claim: a
 * cycle another run already claimed is left out, so nothing is sent twice even if two runs meet.
 * Answers how many notices were sent.
 */
export async function sendDeadlineReminders(db: Db, now: Date): Promise<number> {
  let sent = 0;
  for (const scope of await loadReminderScopes(db, now)) {
    const messages = dueReminders(scope.cycles, scope.settings, scope.today, scope.adminIds, scope.sent);
    for (const m of messages) {
      const told = await db.transaction(async (tx) => {
        const ids = m.cycles.map((c) => c.cycleId);
        const { rows } = await tx.execute<{ cycle_id: string }>(sql`
          insert into ${reminderLog} (cycle_id, phase, kind, days, district_id, closes_on, recipient_ids, sent_at)
          select c, ${m.phase}, ${m.kind}, ${m.days}, ${scope.districtId}, ${m.closesOn}::date,
            ${`{${m.to.join(",")}}`}::uuid[], ${now}
          from unnest(${`{${ids.join(",")}}`}::uuid[]) as c
          on conflict do nothing
          returning cycle_id`);
        const claimed = new Set(rows.map((r) => r.cycle_id));
        const names = m.cycles.filter((c) => claimed.has(c.cycleId)).map((c) => c.ownerName);
        if (names.length === 0) return false;
        const shown = names.slice(0, NAMES_SHOWN).join(", ") + (names.length > NAMES_SHOWN ? ", …" : "");
        await notify(
          tx,
          m.to,
          m.kind === "reminder" ? "deadline_reminder" : "deadline_escalation",
          {
            phase: m.phase,
            closesOn: m.closesOn,
            days: String(m.days),
            role: m.role,
            count: String(names.length),
            names: shown,
          },
          LINKS[m.role],
        );
        return true;
      });
      if (told) sent++;
    }
  }
  return sent;
}
