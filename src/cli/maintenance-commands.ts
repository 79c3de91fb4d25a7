import { Command } from "commander";
import { purgeSessions } from "../server/auth/purge-sessions.js";
import { openCliDatabase } from "./open-db.js";

export function purgeSessionsCommand(): Command {
  return new Command("purge-sessions")
    .description("Hapus sesi yang sudah kedaluwarsa atau sudah lama dicabut (server juga melakukannya tiap jam)")
    .action(async () => {
      const database = await openCliDatabase();
      try {
        const count = await purgeSessions({ db: database.db, now: new Date() });
        console.log(`${count} sesi dihapus.`);
      } finally {
        await database.close();
      }
    });
}
