import { fileURLToPath } from "node:url";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { Database } from "./client.js";

export const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations", import.meta.url));

/** Forward-only SQL migrations, the same files on both engines. Throws (and start fails) on error. */
export async function runMigrations(database: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_DIR };
  if (database.kind === "pglite") {
    await migratePglite(database.db, config);
  } else {
    // biome-ignore lint/suspicious/noExplicitAny: the node-postgres migrator wants its own database type
    await migratePg(database.db as any, config);
  }
}
