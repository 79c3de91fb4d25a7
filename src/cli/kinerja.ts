import { Command } from "commander";
import { z } from "zod";
import { DataDirLockedError } from "../db/data-dir-lock.js";
import { translate } from "../server/core/messages.js";
import {
  backupCommand,
  createAdminCommand,
  createDistrictCommand,
  openPeriodCommand,
  restoreCommand,
} from "./admin-commands.js";
import { demoScaleCommand } from "./demo-scale-command.js";
import { importCommand } from "./import-command.js";
import { purgeSessionsCommand } from "./maintenance-commands.js";

// Same Indonesian field messages as the server (the import reuses its validation).
z.config(z.locales.id());

/** `npm run kinerja -- <perintah>`: admin commands against the database the server uses (DATA_DIR / DATABASE_URL). */
const program = new Command("kinerja")
  .description(
    "Perintah admin Kinerja. Untuk PGlite, hentikan server dulu: basis data tertanam hanya bisa dibuka satu proses.",
  )
  .showHelpAfterError();

program.addCommand(createDistrictCommand());
program.addCommand(createAdminCommand());
program.addCommand(importCommand());
program.addCommand(openPeriodCommand());
program.addCommand(backupCommand());
program.addCommand(restoreCommand());
program.addCommand(purgeSessionsCommand());
program.addCommand(demoScaleCommand());

try {
  await program.parseAsync(process.argv);
} catch (err) {
  // The embedded database belongs to the running server: two writers would corrupt it.
  // A failed query's message carries the whole statement and its parameters: the first line is enough.
  const message =
    err instanceof DataDirLockedError
      ? translate("id", "db.dataDirLocked", { dir: err.dataDir })
      : err instanceof Error
        ? err.message
        : String(err);
  const firstLine = message.split("\n", 1)[0] ?? "";
  console.error(`Gagal: ${firstLine.length > 300 ? `${firstLine.slice(0, 300)}…` : firstLine}`);
  process.exitCode = 1;
}
