import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { cycles, people, reminderLog } from "../../db/schema.js";
import { authorize } from "../core/authorize.js";
import { containsPattern, decodeCursor, encodeCursor } from "../core/cursor.js";
import { AppError } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";

type Page = { q?: string | undefined; cursor?: string | undefined; limit: number };

type Row = {
  cycle_id: string;
  phase: string;
  kind: "reminder" | "escalation";
  days: number;
  closes_on: string;
  sent: string;
  seq: number;
  about_id: string;
  about_name: string;
  recipients: { id: string; name: string }[] | null;
};

/**
 * What the deadline job sent in a district and to whom: the district admin's record, newest
 * first, a page at a time (cursor: the send time as PostgreSQL prints it, then seq), searched by
 * the name of the person it is about or of a recipient. One statement.
 */
export async function listRemindersSent(db: Db, actor: SessionActor, districtId: string, page: Page) {
  authorize(actor, { do: "district.manage", districtId });
  const after = decodeCursor(page.cursor, 2) as [string, number] | null;
  if (after && typeof after[1] !== "number") throw new AppError("VALIDATION", "error.badCursor");
  const pattern = containsPattern(page.q);
  const { rows } = await db.execute<Row>(sql`
    select r.cycle_id, r.phase, r.kind, r.days, r.closes_on::text as closes_on, r.sent_at::text as sent, r.seq,
      owner.id as about_id, owner.name as about_name,
      (select jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name) order by p.name)
         from ${people} p where p.id = any(r.recipient_ids)) as recipients
    from ${reminderLog} r
      join ${cycles} c on c.id = r.cycle_id
      join ${people} owner on owner.id = c.person_id
    where r.district_id = ${districtId}
      ${pattern ? sql`and (owner.name ilike ${pattern} or exists (select 1 from ${people} p where p.id = any(r.recipient_ids) and p.name ilike ${pattern}))` : sql``}
      ${after ? sql`and (r.sent_at, r.seq) < (${after[0]}::timestamptz, ${after[1]}::int)` : sql``}
    order by r.sent_at desc, r.seq desc
    limit ${page.limit + 1}`);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.sent, Number(last.seq)]) : null,
    items: shown.map((r) => ({
      cycleId: r.cycle_id,
      phase: r.phase,
      kind: r.kind,
      days: r.days,
      closesOn: r.closes_on,
      sentAt: new Date(r.sent).toISOString(),
      about: { id: r.about_id, name: r.about_name },
      recipients: r.recipients ?? [],
    })),
  };
}
