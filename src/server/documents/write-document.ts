import { and, eq } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { documents } from "../../db/schema.js";
import { type Effects, writeGuarded } from "../core/guarded-write.js";

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
