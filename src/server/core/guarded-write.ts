import { createHash } from "node:crypto";
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { preparedSqlOn } from "../../db/prepared.js";
import { auditEvents, notifications } from "../../db/schema.js";
import { outboxFrom } from "../mail/outbox-sql.js";
import type { NotificationKind } from "../notifications/kinds.js";
import { type AuditInput, auditRow } from "./audit.js";

export type Notice = { to: readonly string[]; kind: NotificationKind; data: Record<string, string>; link: string };

export type Effects = {
  /** `entityId: null` records the changed row's own id (a row the statement creates). */
  audit?: Omit<AuditInput, "entityId"> & { entityId: string | null };
  notices?: readonly Notice[];
  /** Further writes that happen only with the change; each must say `… and exists (select 1 from changed)`. */
  also?: readonly SQL[];
};

/** The statement's values by name and its shape: statements of one shape have the same SQL text. */
function paramsOf(effects: Effects) {
  const values: Record<string, unknown> = {};
  if (effects.audit) {
    const a = auditRow(effects.audit);
    Object.assign(values, {
      auditActor: a.actorId,
      auditAs: a.actingAs,
      auditType: a.entityType,
      auditEntity: a.entityId,
      auditAction: a.action,
      auditFrom: a.fromState,
      auditTo: a.toState,
      auditReason: a.reason,
      auditData: JSON.stringify(a.data),
    });
  }
  const notices = (effects.notices ?? []).map((n) => ({ ...n, to: [...new Set(n.to)] })).filter((n) => n.to.length > 0);
  notices.forEach((n, i) => {
    Object.assign(values, {
      [`notice${i}Kind`]: n.kind,
      [`notice${i}Data`]: JSON.stringify(n.data),
      [`notice${i}Link`]: n.link,
    });
    if (n.to.length > LISTED_RECIPIENTS) values[`notice${i}To`] = `{${n.to.join(",")}}`;
    else
      n.to.forEach((to, j) => {
        values[`notice${i}To${j}`] = to;
      });
  });
  const recipients = notices.map((n) => (n.to.length > LISTED_RECIPIENTS ? 0 : n.to.length));
  return { values, shape: { audit: effects.audit !== undefined, notices: recipients } };
}

/**
 * Up to this many recipients a notice lists them one value each, more go as one array. The
 * statement is prepared, and PostgreSQL keeps a generic plan only when it is estimated no dearer
 * than planning for the values: an array's length is unknown to a generic plan (10 rows, and 10
 * e-mail checks), so a submit or a decision with an array was planned again on every run (0.26 ms
 * of the database's 0.7). A listed notice is one statement shape per count of recipients.
 */
const LISTED_RECIPIENTS = 8;

type Shape = ReturnType<typeof paramsOf>["shape"];

/** The guarded statement: `p(name)` is a value of `paramsOf` (bound, or a placeholder). */
function guardedSql(change: SQLWrapper, shape: Shape, also: readonly SQL[], p: (name: string) => unknown): SQL {
  // Drizzle parenthesises an embedded query itself.
  const parts: SQL[] = [sql`changed as ${change}`];
  if (shape.audit) {
    parts.push(sql`audit as (insert into ${auditEvents} (actor_id, acting_as, entity_type, entity_id, action,
      from_state, to_state, reason, data)
      select ${p("auditActor")}::uuid, ${p("auditAs")}::text, ${p("auditType")}::text,
        coalesce(${p("auditEntity")}::text, changed.id::text), ${p("auditAction")}::text,
        ${p("auditFrom")}::text, ${p("auditTo")}::text, ${p("auditReason")}::text, ${p("auditData")}::jsonb
      from changed)`);
  }
  shape.notices.forEach((listed, i) => {
    // One row per recipient, in the order given (the seq column keeps insertion order).
    const to =
      listed === 0
        ? sql`unnest(${p(`notice${i}To`)}::uuid[]) with ordinality`
        : sql`(values ${sql.join(
            Array.from({ length: listed }, (_, j) => sql`(${p(`notice${i}To${j}`)}::uuid, ${sql.raw(String(j))})`),
            sql`, `,
          )})`;
    parts.push(sql`${sql.raw(`notice_${i}`)} as (insert into ${notifications} (person_id, kind, data, link)
      select r.person_id, ${p(`notice${i}Kind`)}::text, ${p(`notice${i}Data`)}::jsonb, ${p(`notice${i}Link`)}::text
      from changed, ${to} as r(person_id, ord) order by r.ord
      returning id, person_id, kind)`);
    // Its e-mail, committed with it or not at all (src/server/mail/).
    parts.push(sql`${sql.raw(`mail_${i}`)} as (${outboxFrom(`notice_${i}`)})`);
  });
  also.forEach((s, i) => {
    parts.push(sql`${sql.raw(`also_${i}`)} as (${s})`);
  });
  return sql`with ${sql.join(parts, sql`, `)} select id from changed`;
}

/**
 * A guarded change (an UPDATE … WHERE version = read RETURNING id) with its audit event, its
 * notifications and follow-up writes, as ONE statement of data-modifying CTEs: atomic like a
 * transaction (a statement commits whole or not at all) without BEGIN and COMMIT round trips,
 * and nothing is recorded or announced unless the guard matched. Answers the changed row's id, or
 * null when the guard matched nothing.
 */
export async function writeGuarded(db: Queryable, change: SQLWrapper, effects: Effects): Promise<string | null> {
  const { values, shape } = paramsOf(effects);
  const { rows } = await db.execute<{ id: string }>(guardedSql(change, shape, effects.also ?? [], (n) => values[n]));
  return rows[0]?.id ?? null;
}

/**
 * The same statement built once per shape (the change's columns, an audit event or not, how many
 * notices, to how many listed recipients) and prepared: a submit or a decision skips Drizzle's
 * compiling of it, a tenth of its CPU. `change` must take its values from placeholders, given in `changeValues`; no `also`
 * (follow-up writes carry their own values).
 */
export async function writePreparedGuarded(
  db: Queryable,
  key: string,
  change: () => SQLWrapper,
  changeValues: Record<string, unknown>,
  effects: Omit<Effects, "also">,
): Promise<string | null> {
  const { values, shape } = paramsOf(effects);
  const name = `guarded_${createHash("sha1")
    .update(`${key}|${shape.audit}|${shape.notices.join(".")}`)
    .digest("base64url")
    .slice(0, 16)}`;
  const statement = preparedSqlOn(db, name, () => guardedSql(change(), shape, [], (n) => sql.placeholder(n)));
  const { rows } = await statement.execute({ ...changeValues, ...values });
  return (rows[0]?.id as string | undefined) ?? null;
}
