import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import cliProgress from "cli-progress";
import { Command } from "commander";
import { eq } from "drizzle-orm";
import { districts } from "../db/schema.js";
import { accountsCsv } from "../domain/export/accounts-csv.js";
import { decodeCsvBytes } from "../domain/import/csv-text.js";
import { AppError } from "../server/core/errors.js";
import { translate } from "../server/core/messages.js";
import { fileProblemError } from "../server/import/import-errors.js";
import {
  type Credential,
  type ImportProgress,
  type ImportStaffResult,
  importStaff,
} from "../server/import/import-staff.js";
import { openCliDatabase } from "./open-db.js";

type Options = { dinas: string; dryRun?: boolean; passwordsOut?: string };

const PHASES: Record<ImportProgress["phase"], string> = {
  validate: "Memeriksa baris   ",
  hash: "Menyiapkan akun   ",
  write: "Menyimpan         ",
};

export function importCommand(): Command {
  return new Command("import")
    .description(
      "Impor sekolah, pegawai dan penugasan dari CSV gaya Dapodik ke satu dinas (semua atau tidak sama sekali)",
    )
    .argument("<file>", "berkas CSV (UTF-8, dipisah koma atau titik koma); lihat docs/import.md")
    .requiredOption("--dinas <kode>", "kode dinas tujuan")
    .option("--dry-run", "hanya periksa dan hitung, tanpa menyimpan apa pun")
    .option("--passwords-out <file>", "tulis kata sandi sementara akun baru ke berkas CSV ini (bukan ke layar)")
    .action(async (file: string, o: Options) => {
      process.exitCode = await runImport(file, o);
    });
}

async function runImport(file: string, o: Options): Promise<number> {
  if (!existsSync(file)) return fail(`Berkas tidak ditemukan: ${file}`);
  const decoded = decodeCsvBytes(readFileSync(file));
  if (!decoded.ok) return fail(message(fileProblemError(decoded.problem)));
  if (o.passwordsOut && !o.dryRun) {
    // Fail before importing, not after: passwords that cannot be saved would be lost for good.
    try {
      writeFileSync(o.passwordsOut, "", { mode: 0o600, flag: "wx" });
    } catch (err) {
      return fail(
        `Tidak dapat membuat ${o.passwordsOut}: ${(err as Error).message} (berkas yang sudah ada tidak ditimpa).`,
      );
    }
  }

  const database = await openCliDatabase();
  const bar = progressBar();
  try {
    const [district] = await database.db.select().from(districts).where(eq(districts.code, o.dinas));
    if (!district) throw new AppError("NOT_FOUND", "import.unknownDistrict", { code: o.dinas });
    const result = await importStaff({
      db: database.db,
      districtId: district.id,
      csvText: decoded.text,
      actorId: null,
      actingAs: "cli",
      dryRun: o.dryRun ?? false,
      now: new Date(),
      onProgress: bar.update,
    });
    bar.stop();
    printSummary(result, district.name);
    if (result.accounts.length > 0) {
      if (o.passwordsOut) {
        writeFileSync(o.passwordsOut, accountsCsv(result.accounts), { mode: 0o600 });
        console.log(`\n${result.accounts.length} kata sandi sementara disimpan di ${o.passwordsOut}.`);
        console.log(
          "Bagikan secara pribadi, lalu hapus berkas itu. Setiap akun wajib mengganti kata sandi saat masuk pertama.",
        );
      } else {
        printAccounts(result.accounts);
      }
    } else if (o.passwordsOut && !o.dryRun) {
      rmSync(o.passwordsOut, { force: true });
    }
    return 0;
  } catch (err) {
    bar.stop();
    if (o.passwordsOut && !o.dryRun) rmSync(o.passwordsOut, { force: true });
    if (!(err instanceof AppError)) throw err;
    console.error(`\nGagal: ${message(err)}`);
    for (const d of err.details) {
      const where = [d.line ? `baris ${d.line}` : "", d.path ? `(${d.path})` : ""].filter(Boolean).join(" ");
      console.error(`  ${where ? `${where}: ` : ""}${d.message}`);
    }
    return 1;
  } finally {
    await database.close();
  }
}

const message = (err: AppError) => translate("id", err.messageKey, err.params);

function fail(text: string): number {
  console.error(`Gagal: ${text}`);
  return 1;
}

/** One bar per phase, on stderr so the summary on stdout can be piped or saved. */
function progressBar() {
  let current: { phase: ImportProgress["phase"]; bar: cliProgress.SingleBar } | null = null;
  const stop = () => {
    current?.bar.stop();
    current = null;
  };
  const update = (p: ImportProgress) => {
    if (current?.phase !== p.phase) {
      stop();
      const bar = new cliProgress.SingleBar(
        { format: `${PHASES[p.phase]} [{bar}] {value}/{total}`, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(p.total, 0);
      current = { phase: p.phase, bar };
    }
    current?.bar.update(p.done);
  };
  return { update, stop };
}

function printSummary(r: ImportStaffResult, districtName: string): void {
  const title = r.dryRun ? "Uji coba selesai: tidak ada yang disimpan." : `Impor ke ${districtName} selesai.`;
  const row = (label: string, c: { created: number; updated: number; unchanged: number }) =>
    `  ${label.padEnd(11)}${String(c.created).padStart(6)}${String(c.updated).padStart(8)}${String(c.unchanged).padStart(7)}`;
  const lines = [
    "",
    title,
    `  Baris dibaca: ${r.rows}`,
    `  ${"".padEnd(11)}${"baru".padStart(6)}${"diubah".padStart(8)}${"tetap".padStart(7)}`,
    row("Sekolah", r.schools),
    row("Pegawai", r.people),
    row("Penugasan", r.assignments),
    `  Akun baru${r.dryRun ? " (akan dibuat)" : ""}: ${r.newAccounts}`,
  ];
  if (r.ignoredColumns.length > 0) lines.push(`  Kolom diabaikan: ${r.ignoredColumns.join(", ")}`);
  const nothing = [r.schools, r.people, r.assignments].every((c) => c.created === 0 && c.updated === 0);
  if (nothing) lines.push("  Tidak ada perubahan: data sudah sama dengan berkas.");
  console.log(lines.join("\n"));
}

function printAccounts(accounts: Credential[]): void {
  const nameWidth = Math.max(4, ...accounts.map((a) => a.name.length));
  const userWidth = Math.max(13, ...accounts.map((a) => a.username.length));
  console.log("\nAkun baru (kata sandi sementara hanya ditampilkan sekali, wajib diganti saat masuk pertama):");
  console.log(`  ${"Nama".padEnd(nameWidth)}  ${"Nama pengguna".padEnd(userWidth)}  Kata sandi sementara`);
  for (const a of accounts)
    console.log(`  ${a.name.padEnd(nameWidth)}  ${a.username.padEnd(userWidth)}  ${a.temporaryPassword}`);
}
