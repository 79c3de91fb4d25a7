import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { seedDemo } from "../../src/server/demo/seed-demo.js";
import { writeSeededDump } from "../helpers/pglite-dump.js";
import { ROOT, WEB_DIR } from "./paths.js";

/**
 * Once per run: the web build (if a fresh checkout has none) and the migrated, demo-seeded database
 * as a dump every browser test file's server starts from. Seeding it per file took ~10 s each
 * (initdb, 25 migrations, the demo district); loading the dump takes ~1 s.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(WEB_DIR, "index.html"))) execFileSync("npx", ["vite", "build"], { cwd: ROOT, stdio: "inherit" });
  const seededAt = new Date();
  const file = join(tmpdir(), `kinerja-e2e-demo-${process.pid}.tar`);
  await writeSeededDump(file, (db) => seedDemo(db, seededAt));
  project.provide("demoSnapshot", { file, seededAt: seededAt.toISOString() });
  return () => rmSync(file, { force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    demoSnapshot: { file: string; seededAt: string };
  }
}
