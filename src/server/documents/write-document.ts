import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { preparedOn } from "../../db/prepared.js";
import { documents } from "../../db/schema.js";
import { type Effects, writeGuarded, writePreparedGuarded } from "../core/guarded-write.js";

type Read = { id: string; version: number; status: string };
type Values = Partial<Omit<typeof documents.$inferInsert, "id" | "cycleId" | "kind" | "createdAt">>;

/**
 * The one write of a document change, for every kind (the plan's `actOnPlan` and the practice
 * documents' `actOnDocument`): an UPDATE guarded by the version and status that were read — a
 * concurrent save or decision makes it match nothing, never overwrite — or, for a document not
 * written before, an INSERT that yields to one written meanwhile. A status change carries its
 * audit event, notifications and follow-up writes in the same statement (`writeGuarded`).
 * Answers the written row's id, or null when someone else wrote first.
 */
export async function writeDocument(
  db: Queryable,
  o: {
    read: Read | null;
    /** Where a new document goes (only used when `read` is null). */
    cycleId: string;
    kind: string;
    values: Values;
    now: Date;
    /** Present for a status change: what it records and announces. */
    effects?: Effects;
  },
): Promise<string | null> {
  const { read, values, now } = o;
  if (read && (o.effects?.also ?? []).length === 0)
    return preparedUpdate(db, read, { ...values, updatedAt: now }, o.effects);
  const change = read
    ? db
        .update(documents)
        .set({ ...values, updatedAt: now })
        .where(and(eq(documents.id, read.id), eq(documents.version, read.version), eq(documents.status, read.status)))
        .returning({ id: documents.id })
    : db
        .insert(documents)
        .values({
          cycleId: o.cycleId,
          kind: o.kind,
          status: "",
          content: {},
          ...values,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: [documents.cycleId, documents.kind] })
        .returning({ id: documents.id });
  if (o.effects) return writeGuarded(db, change, o.effects);
  return (await change)[0]?.id ?? null;
}

/**
 * An UPDATE of a document read before (every autosave, submit and decision) as a statement built
 * once per set of columns and shape of effects, and prepared: Drizzle's building of it cost a tenth
 * of the request's CPU. Names are hashes: PostgreSQL cuts statement names at 63 bytes.
 */
async function preparedUpdate(
  db: Queryable,
  read: Read,
  set: Values,
  effects: Omit<Effects, "also"> | undefined,
): Promise<string | null> {
  const columns = (Object.keys(set) as (keyof Values)[]).filter((k) => set[k] !== undefined).sort();
  const key = columns.join(",");
  const change = () =>
    db
      .update(documents)
      .set(Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as Values)
      .where(
        and(
          eq(documents.id, sql.placeholder("readId")),
          eq(documents.version, sql.placeholder("readVersion")),
          eq(documents.status, sql.placeholder("readStatus")),
        ),
      )
      .returning({ id: documents.id });
  const values = {
    ...Object.fromEntries(columns.map((c) => [c, set[c]])),
    readId: read.id,
    readVersion: read.version,
    readStatus: read.status,
  };
  if (effects) return writePreparedGuarded(db, key, change, values, effects);
  const name = `document_save_${createHash("sha1").update(key).digest("base64url").slice(0, 16)}`;
  const [row] = await preparedOn(db, name, () => change().prepare(name)).execute(values);
  return row?.id ?? null;
}
