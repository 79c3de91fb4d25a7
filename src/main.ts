import { DataDirLockedError } from "./db/data-dir-lock.js";
import { translate } from "./server/core/messages.js";
import { DEMO_PASSWORD } from "./server/demo/seed-demo.js";
import { startServer } from "./server/start.js";

// `npm start`: the embedded database in ./data unless DATABASE_URL is set. `--demo` seeds the
// demo district on PostgreSQL too (only into an empty database).
const t0 = performance.now();
const demo = process.argv.includes("--demo") ? true : undefined;
const server = await startServer(demo === undefined ? {} : { demo }).catch((err: unknown) => {
  if (!(err instanceof DataDirLockedError)) throw err;
  console.error(translate("id", "db.dataDirLocked", { dir: err.dataDir }));
  process.exit(1);
});
const seconds = ((performance.now() - t0) / 1000).toFixed(1);

const lines = [
  "",
  `  Kinerja berjalan di ${server.url}  (basis data: ${server.database.kind}, siap dalam ${seconds} s)`,
  `  Referensi API: ${server.url}/api/docs`,
];
if (server.demoAccounts) {
  lines.push("", `  Akun demo (kata sandi untuk semua: ${DEMO_PASSWORD}):`);
  for (const a of server.demoAccounts) lines.push(`    ${a.username.padEnd(16)} ${a.description}`);
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
