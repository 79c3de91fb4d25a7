import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { Database } from "./client.js";

export const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations", import.meta.url));

/** pg_advisory_xact_lock key of the migration step ("KINM"). */
const MIGRATION_LOCK = 0x4b494e4d;

/** Forward-only SQL migrations, the same files on both engines. Throws (and start fails) on error. */
export async function runMigrations(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_DIR };
  if (database.kind === "pglite") {
    await migratePglite(database.db, config);
    return;
  }
  // Nodes starting together on one PostgreSQL take turns: the lock is held by one transaction
  // while the migrator runs on another connection of the pool; the others wait, then find
  // nothing left to do. (Two migrators at once fail on "relation already exists".)
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    // biome-ignore lint/suspicious/noExplicitAny: the node-postgres migrator wants its own database type
    await migratePg(database.db as any, config);
  });
}
