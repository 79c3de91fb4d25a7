import { existsSync } from "node:fs";
import { buildWebIfNeeded, WEB_INDEX } from "./build-web.js";
import { DataDirLockedError } from "./db/data-dir-lock.js";
import { translate } from "./server/core/messages.js";
import { DEMO_PASSWORD } from "./server/demo/seed-demo.js";
import { startServer } from "./server/start.js";

// `npm start`: the embedded database in ./data unless DATABASE_URL is set. `--demo` seeds the
// demo district on PostgreSQL too (only into an empty database). `--build-web` (npm start) first
// builds the web UI when its sources changed; the banner below comes only after that build is
// written and the server listens, so "siap" is true when it is printed.
const t0 = performance.now();
if (process.argv.includes("--build-web")) await buildWebIfNeeded();
const demo = process.argv.includes("--demo") ? true : undefined;
const server = await startServer(demo === undefined ? {} : { demo }).catch((err: unknown) => {
  if (!(err instanceof DataDirLockedError)) throw err;
  console.error(translate("id", "db.dataDirLocked", { dir: err.dataDir }));
  process.exit(1);
});
const seconds = ((performance.now() - t0) / 1000).toFixed(1);

const lines = [
  "",
  `  Kinerja berjalan di ${server.url} dan siap dipakai  (basis data: ${server.database.kind}, dalam ${seconds} s)`,
  `  Referensi API: ${server.url}/api/docs`,
];
if (!existsSync(WEB_INDEX))
  lines.push("  Antarmuka web belum dibangun: `npm start`, atau `npm run dev:web` untuk pengembangan.");
if (server.demoAccounts) {
  const open = server.demoAccounts.filter((a) => a.demoPassword);
  const changed = server.demoAccounts.filter((a) => !a.demoPassword);
  if (open.length > 0) {
    lines.push("", `  Akun demo (kata sandi: ${DEMO_PASSWORD}):`);
    for (const a of open) lines.push(`    ${a.username.padEnd(16)} ${a.description}`);
  }
  if (changed.length > 0) {
    // Someone chose their own password: it is theirs, and the demo one no longer opens the account.
    lines.push("", "  Akun demo yang kata sandinya sudah diganti:");
    for (const a of changed) lines.push(`    ${a.username.padEnd(16)} ${a.description}`);
  }
}
console.log(`${lines.join("\n")}\n`);

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, "shutting down: finishing in-flight requests");
    server
      .close()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        server.app.log.error({ err }, "shutdown failed");
        process.exit(1);
      });
  });
}
