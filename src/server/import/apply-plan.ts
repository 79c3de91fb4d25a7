import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { accounts, assignments, people, schools } from "../../db/schema.js";
import type { ImportPlan } from "../../domain/import/plan-types.js";
import { chunked, MAX_BIND_PARAMETERS, rowsPerInsert } from "../core/chunks.js";

/** Columns an insert may add to a row beyond its own fields (account: password hash, flag). */
const INSERT_EXTRA_COLUMNS = 2;

/** Number of writes `applyPlan` reports progress over. */
export function writeCount(plan: ImportPlan): number {
  return (
    plan.schools.create.length +
    plan.schools.update.length +
    plan.people.create.length +
    plan.people.update.length +
    plan.accounts.length +
    plan.assignments.create.length +
    plan.assignments.update.length
  );
}

/**
 * Writes a plan without further checks: the caller planned it inside the same transaction.
 * `hashes` holds the password hash of every new account, by username. Multi-row inserts keep a
 * large file to a few statements (ids come from the plan), each within `maxParameters`.
 */
export async function applyPlan(
  tx: Tx,
  plan: ImportPlan,
  hashes: ReadonlyMap<string, string>,
  onProgress: (done: number) => void = () => {},
  maxParameters: number = MAX_BIND_PARAMETERS,
): Promise<void> {
  let done = 0;
  const step = (n: number) => {
    done += n;
    onProgress(done);
  };
  const insertAll = async <T extends object>(rows: T[], insert: (batch: T[]) => Promise<unknown>) => {
    // An insert binds one parameter per field of every row; the rows of one list share a shape.
    const columns = Object.keys(rows[0] ?? {}).length + INSERT_EXTRA_COLUMNS;
    for (const batch of chunked(rows, rowsPerInsert(columns, maxParameters))) {
      await insert(batch);
      step(batch.length);
    }
  };
  const now = new Date();

  await insertAll(plan.schools.create, (batch) => tx.insert(schools).values(batch));
  for (const { id, set } of plan.schools.update) {
    await tx
      .update(schools)
      .set({ ...set, updatedAt: now })
      .where(eq(schools.id, id));
    step(1);
  }
  await insertAll(plan.people.create, (batch) => tx.insert(people).values(batch));
  for (const { id, set } of plan.people.update) {
    await tx
      .update(people)
      .set({ ...set, updatedAt: now })
      .where(eq(people.id, id));
    step(1);
  }
  await insertAll(plan.accounts, (batch) =>
    tx.insert(accounts).values(
      batch.map((a) => {
        const passwordHash = hashes.get(a.username);
        if (!passwordHash) throw new Error(`no password hash for ${a.username}`);
        return { personId: a.personId, username: a.username, passwordHash, mustChangePassword: true };
      }),
    ),
  );
  await insertAll(plan.assignments.create, (batch) => tx.insert(assignments).values(batch));
  for (const { id, endsOn } of plan.assignments.update) {
    await tx.update(assignments).set({ endsOn }).where(eq(assignments.id, id));
    step(1);
  }
}
