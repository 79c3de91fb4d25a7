import { Command } from "commander";
import { z } from "zod";
import {
  backupCommand,
  createAdminCommand,
  createDistrictCommand,
  openPeriodCommand,
  restoreCommand,
} from "./admin-commands.js";
import { importCommand } from "./import-command.js";

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

try {
  await program.parseAsync(process.argv);
} catch (err) {
  // A failed query's message carries the whole statement and its parameters: the first line is enough.
  const message = err instanceof Error ? err.message : String(err);
  const firstLine = message.split("\n", 1)[0] ?? "";
  console.error(`Gagal: ${firstLine.length > 300 ? `${firstLine.slice(0, 300)}…` : firstLine}`);
  process.exitCode = 1;
}
