import { execFileSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase, pgliteClient } from "../../src/db/client.js";
import { runMigrations } from "../../src/db/migrate.js";
import { seedRuleSetTemplates } from "../../src/db/seed-templates.js";
import { seedDemo } from "../../src/server/demo/seed-demo.js";
import { ROOT, WEB_DIR } from "./paths.js";

/**
 * Once per run: the web build (if a fresh checkout has none) and the migrated, demo-seeded database
 * as a dump every browser test file's server starts from. Seeding it per file took ~10 s each
 * (initdb, 25 migrations, the demo district); loading the dump takes ~1 s.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(WEB_DIR, "index.html"))) execFileSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "inherit" });
  const seededAt = new Date();
  const database = await openDatabase({ dataDir: "memory://" });
  await runMigrations(database);
  await seedRuleSetTemplates(database.db);
  await seedDemo(database.db, seededAt);
  const client = pgliteClient(database);
  if (!client) throw new Error("expected PGlite");
  const dump = await client.dumpDataDir("none");
  const file = join(tmpdir(), `kinerja-e2e-demo-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide("demoSnapshot", { file, seededAt: seededAt.toISOString() });
  return () => rmSync(file, { force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    demoSnapshot: { file: string; seededAt: string };
  }
}
