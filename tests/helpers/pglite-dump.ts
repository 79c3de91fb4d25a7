import { writeFileSync } from "node:fs";
import { type Db, openDatabase, pgliteClient } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { seedRuleSetTemplates } from "../../src/db/seed-templates.js";

/**
 * A migrated in-memory PGlite with the rule-set templates (and what `seed` adds), dumped to `file`:
 * what each test file then loads instead of an initdb and the migrations.
 */
export async function writeSeededDump(file: string, seed?: (db: Db) => Promise<void>): Promise<void> {
  const database = await openDatabase({ dataDir: "memory://" });
  try {
    await runMigrations(database);
    await seedRuleSetTemplates(database.db);
    await seed?.(database.db);
    const client = pgliteClient(database);
    if (!client) throw new Error("expected PGlite");
    const dump = await client.dumpDataDir("none");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.close();
  }
}
