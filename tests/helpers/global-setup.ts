import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { seedRuleSetTemplates } from "../../src/db/seed-templates.js";
import { writeSeededDump } from "./pglite-dump.js";

/**
 * Builds the migrated database once per run. PGlite: a data-dir dump every test file loads
 * (skips the ~3.5 s initdb). PostgreSQL (DATABASE_URL): the run's database becomes the
 * TEMPLATE each test file clones.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const database = await openDatabase({ databaseUrl: url });
    await runMigrations(database);
    await seedRuleSetTemplates(database.db);
    await database.close();
    project.provide("dbTemplate", { kind: "postgres", url });
    return async () => {
      const admin = new pg.Client({ connectionString: url.replace(/\/[^/?]+(\?|$)/, "/postgres$1") });
      await admin.connect();
      const base = new URL(url).pathname.slice(1);
      const { rows } = await admin.query("select datname from pg_database where datname like $1", [`${base}_f%`]);
      for (const r of rows) await admin.query(`drop database if exists "${r.datname}" with (force)`);
      await admin.end();
    };
  }
  const file = join(tmpdir(), `kinerja-test-snapshot-${process.pid}.tar`);
  await writeSeededDump(file);
  project.provide("dbTemplate", { kind: "pglite", file });
}

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplate: { kind: "pglite"; file: string } | { kind: "postgres"; url: string };
  }
}
