import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import cliProgress from "cli-progress";
import { Command } from "commander";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { openDatabase, pgliteClient } from "../db/client.js";
import { runMigrations } from "../db/migrate.js";
import { accounts, assignments, districts, people } from "../db/schema.js";
import { findTemplate } from "../domain/rulesets/catalogue/templates.js";
import { zoneOfAbbreviation } from "../domain/time/today.js";
import { districtToday, systemClock } from "../server/core/clock.js";
import { loadConfig } from "../server/core/config.js";
import { AppError } from "../server/core/errors.js";
import { translate } from "../server/core/messages.js";
import { generateTemporaryPassword, hashPassword } from "../server/core/passwords.js";
import { openPeriod } from "../server/periods/open-period.js";
import { openCliDatabase } from "./open-db.js";

async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const database = await openCliDatabase();
  try {
    return await fn(database.db);
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`Gagal: ${translate("id", err.messageKey, err.params)}`);
      process.exitCode = 1;
      return undefined as T;
    }
    throw err;
  } finally {
    await database.close();
  }
}

async function districtByCode(db: Db, code: string) {
  const [d] = await db.select().from(districts).where(eq(districts.code, code));
  if (!d) throw new Error(`Dinas dengan kode ${code} tidak ditemukan. Buat dulu: kinerja create-district`);
  return d;
}

export function createDistrictCommand(): Command {
  return new Command("create-district")
    .description("Buat dinas pendidikan baru")
    .requiredOption("--code <kode>", "kode dinas, mis. kode wilayah 3201")
    .requiredOption("--name <nama>", "nama dinas")
    .option("--zona <zona>", "zona waktu: WIB, WITA atau WIT", "WIB")
    .action((o: { code: string; name: string; zona: string }) =>
      withDb(async (db) => {
        const timeZone = zoneOfAbbreviation(o.zona);
        if (!timeZone) throw new Error(`Zona waktu tidak dikenal: ${o.zona}. Pilih WIB, WITA atau WIT.`);
        const [d] = await db.insert(districts).values({ code: o.code, name: o.name, timeZone }).returning();
        console.log(`Dinas dibuat: ${d?.name} (${d?.code}), zona waktu ${o.zona.toUpperCase()}`);
      }),
    );
}

export function createAdminCommand(): Command {
  return new Command("create-admin")
    .description("Buat akun admin dinas dengan kata sandi sementara (wajib diganti saat masuk pertama)")
    .requiredOption("--dinas <kode>", "kode dinas")
    .requiredOption("--name <nama>", "nama lengkap")
    .option("--nip <nip>", "NIP (menjadi nama pengguna)")
    .option("--email <email>", "e-mail (nama pengguna bila tanpa NIP)")
    .action((o: { dinas: string; name: string; nip?: string; email?: string }) =>
      withDb(async (db) => {
        const username = o.nip ?? o.email?.toLowerCase();
        if (!username) throw new Error("Isi --nip atau --email sebagai nama pengguna.");
        const district = await districtByCode(db, o.dinas);
        const today = await districtToday(db, district.id, systemClock.now());
        const password = generateTemporaryPassword();
        const passwordHash = await hashPassword(password);
        await db.transaction(async (tx) => {
          const [p] = await tx
            .insert(people)
            .values({ name: o.name, nip: o.nip ?? null, email: o.email ?? null, employmentStatus: "PNS" })
            .returning();
          if (!p) throw new Error("insert failed");
          await tx
            .insert(assignments)
            .values({ personId: p.id, kind: "admin", districtId: district.id, startsOn: today });
          await tx.insert(accounts).values({ personId: p.id, username, passwordHash, mustChangePassword: true });
        });
        console.log(`Admin dibuat. Nama pengguna: ${username}  Kata sandi sementara: ${password}`);
      }),
    );
}

export function openPeriodCommand(): Command {
  return new Command("open-period")
    .description("Buka periode kinerja dari templat aturan, dengan jadwal bawaan templat untuk tahun itu")
    .requiredOption("--dinas <kode>", "kode dinas")
    .requiredOption("--template <kode>", "2024-semester | 2025-annual | 2026-annual")
    .requiredOption("--year <tahun>", "tahun periode")
    .option("--name <nama>", "nama periode")
    .action((o: { dinas: string; template: string; year: string; name?: string }) =>
      withDb(async (db) => {
        const t = findTemplate(o.template);
        if (!t) throw new AppError("VALIDATION", "ruleSet.unknown", { code: o.template });
        const district = await districtByCode(db, o.dinas);
        const w = t.content.settings.defaultWindows;
        const d = (md: string) => `${o.year}-${md}`;
        const bar = new cliProgress.SingleBar(
          { format: "Membuat siklus [{bar}] {value}/{total}", hideCursor: true, stream: process.stderr },
          cliProgress.Presets.shades_classic,
        );
        let started = false;
        const result = await openPeriod({
          onProgress: (done, total) => {
            if (!started) bar.start(total, 0);
            started = true;
            bar.update(done);
          },
          db,
          actorId: null,
          actingAs: "cli",
          districtId: district.id,
          templateCode: t.code,
          name: o.name ?? `Periode Kinerja ${o.year}`,
          now: systemClock.now(),
          windows: {
            startsOn: d(w.period.from),
            endsOn: d(w.period.to),
            planningOpensOn: d(w.planning.from),
            planningClosesOn: d(w.planning.to),
            executionOpensOn: d(w.execution.from),
            executionClosesOn: d(w.execution.to),
            assessmentOpensOn: d(w.assessment.from),
            assessmentClosesOn: d(w.assessment.to),
          },
        });
        if (started) bar.stop();
        console.log(`Periode dibuka: ${result.cycleCount} siklus dibuat.`);
        if (result.withoutSuperiorIds.length > 0) {
          console.log(
            `Perhatian: ${result.withoutSuperiorIds.length} pegawai belum punya atasan — lihat Admin → Periode.`,
          );
        }
      }),
    );
}

export function backupCommand(): Command {
  return new Command("backup")
    .description("Salin basis data ke berkas (PGlite: hentikan server dulu; PostgreSQL: memakai pg_dump)")
    .option("--out <folder>", "folder tujuan", "./backups")
    .action(async (o: { out: string }) => {
      mkdirSync(o.out, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const config = loadConfig();
      if (config.databaseUrl) {
        const file = join(o.out, `kinerja-${stamp}.dump`);
        const r = spawnSync("pg_dump", ["--format=custom", `--file=${file}`, config.databaseUrl], { stdio: "inherit" });
        if (r.error || r.status !== 0) {
          console.error("pg_dump gagal atau tidak terpasang (apt-get install postgresql-client).");
          process.exitCode = 1;
          return;
        }
        console.log(`Cadangan PostgreSQL: ${file} (pulihkan dengan pg_restore)`);
        return;
      }
      const database = await openCliDatabase();
      try {
        const client = pgliteClient(database);
        if (!client) throw new Error("expected PGlite");
        const dump = await client.dumpDataDir("gzip");
        const file = join(o.out, `kinerja-${stamp}.tar.gz`);
        writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
        console.log(`Cadangan PGlite: ${file} (pulihkan: kosongkan DATA_DIR lalu npm run kinerja -- restore ${file})`);
      } finally {
        await database.close();
      }
    });
}

export function restoreCommand(): Command {
  return new Command("restore")
    .description("Pulihkan cadangan PGlite ke DATA_DIR yang kosong")
    .argument("<file>", "berkas kinerja-*.tar.gz dari perintah backup")
    .action(async (file: string) => {
      const config = loadConfig();
      if (config.databaseUrl) {
        console.error("Untuk PostgreSQL gunakan pg_restore.");
        process.exitCode = 1;
        return;
      }
      if (existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0) {
        console.error(`DATA_DIR ${config.dataDir} tidak kosong: pindahkan dulu agar tidak tertimpa.`);
        process.exitCode = 1;
        return;
      }
      const database = await openDatabase({ dataDir: config.dataDir, loadDataDir: new Blob([readFileSync(file)]) });
      await runMigrations(database);
      await database.close();
      console.log(`Dipulihkan ke ${config.dataDir}.`);
    });
}
