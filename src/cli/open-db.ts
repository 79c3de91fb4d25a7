import { type Database, openDatabase } from "../db/client.js";
import { runMigrations } from "../db/migrate.js";
import { seedRuleSetTemplates } from "../db/seed-templates.js";
import { loadConfig } from "../server/core/config.js";

/** The CLI opens the same database the server would (DATA_DIR or DATABASE_URL), migrated. */
export async function openCliDatabase(): Promise<Database> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    prepareStatements: config.prepareStatements,
  });
  await runMigrations(database);
  await seedRuleSetTemplates(database.db);
  return database;
}
