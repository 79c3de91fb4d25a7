import { randomUUID } from "node:crypto";
import type { Db, Queryable } from "../../db/client.js";
import { countPlan, type ImportCounts, planImport } from "../../domain/import/plan.js";
import type { ImportPlan } from "../../domain/import/plan-types.js";
import { readStaffCsv, type StaffFile } from "../../domain/import/staff-rows.js";
import { writeAudit } from "../core/audit.js";
import { districtToday } from "../core/clock.js";
import { AppError } from "../core/errors.js";
import { generateTemporaryPassword } from "../core/passwords.js";
import { refreshSuperiors } from "../periods/refresh-superiors.js";
import { applyPlan, writeCount } from "./apply-plan.js";
import { hashAll } from "./hash-accounts.js";
import { fileProblemError, invalidRowsError, isUniqueViolation } from "./import-errors.js";
import { loadExisting } from "./load-existing.js";

export type ImportProgress = { phase: "validate" | "hash" | "write"; done: number; total: number };

export type ImportStaffOptions = {
  db: Db;
  districtId: string;
  csvText: string;
  /** Null when run from the command line. */
  actorId: string | null;
  /** Recorded in the audit event: "admin" from the API, "cli" from the command line. */
  actingAs?: string;
  /** Validate and count without writing anything. */
  dryRun?: boolean;
  /** From the injected clock; dates in the file are checked against the district's today. */
  now: Date;
  onProgress?: (p: ImportProgress) => void;
  /** Bind parameters per statement (lookups and inserts); lowered by tests to exercise the chunking. */
  maxParameters?: number;
};

export type Credential = { name: string; username: string; temporaryPassword: string };

export type ImportStaffResult = ImportCounts & {
  dryRun: boolean;
  /** Data rows in the file. */
  rows: number;
  /** One-time passwords of the accounts created; shown once, never stored in clear. */
  accounts: Credential[];
  /** Accounts created (or, in a dry run, that would be). */
  newAccounts: number;
  ignoredColumns: string[];
};

/**
 * Imports a staff CSV into one district, all or nothing: validates every row, compares with the
 * database, then writes schools, people, accounts and assignments with the audit event and the
 * atasan refresh in one transaction. Throws VALIDATION with every row problem listed.
 */
export async function importStaff(opts: ImportStaffOptions): Promise<ImportStaffResult> {
  const { db, districtId, actorId, dryRun = false, onProgress, maxParameters } = opts;
  const today = await districtToday(db, districtId, opts.now);
  const read = readStaffCsv(opts.csvText, {
    today,
    onRow: (done, total) => onProgress?.({ phase: "validate", done, total }),
  });
  if (!read.ok) throw fileProblemError(read.problem);
  const file = read.file;
  const plan = async (q: Queryable) => {
    const p = planImport({
      file,
      existing: await loadExisting(q, file, maxParameters),
      districtId,
      today,
      newId: randomUUID,
    });
    if (p.errors.length > 0) throw invalidRowsError(p.errors);
    return p;
  };

  const draft = await plan(db);
  if (dryRun) return result(draft, file, [], true);

  // Hashed before the transaction, so no hashing ever holds PGlite's single connection (one-time
  // passwords take a fast salted hash: see hashTemporaryPassword).
  const passwords = new Map(draft.accounts.map((a) => [a.username, generateTemporaryPassword()]));
  const hashes = await hashAll(passwords, {
    onDone: (done) => onProgress?.({ phase: "hash", done, total: passwords.size }),
  });

  try {
    return await db.transaction(async (tx) => {
      // Planned again inside the transaction: staff data may have changed while we hashed.
      const final = await plan(tx);
      const late = new Map(
        final.accounts.filter((a) => !passwords.has(a.username)).map((a) => [a.username, generateTemporaryPassword()]),
      );
      for (const [username, hash] of await hashAll(late)) hashes.set(username, hash);
      for (const [username, password] of late) passwords.set(username, password);

      const total = writeCount(final);
      await applyPlan(tx, final, hashes, (done) => onProgress?.({ phase: "write", done, total }), maxParameters);
      const credentials = final.accounts.map((a) => ({
        name: a.name,
        username: a.username,
        temporaryPassword: passwords.get(a.username) as string,
      }));
      const out = result(final, file, credentials, false);
      await writeAudit(tx, {
        actorId,
        actingAs: opts.actingAs ?? "admin",
        entityType: "district",
        entityId: districtId,
        action: "import_staff",
        data: {
          rows: out.rows,
          schools: out.schools,
          people: out.people,
          assignments: out.assignments,
          newAccounts: out.newAccounts,
        },
      });
      await refreshSuperiors(tx, { districtId, now: opts.now, scope: { kind: "district" } });
      return out;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("CONFLICT", "import.concurrent");
    throw err;
  }
}

function result(plan: ImportPlan, file: StaffFile, accounts: Credential[], dryRun: boolean): ImportStaffResult {
  return {
    dryRun,
    rows: file.rowCount,
    ...countPlan(plan),
    accounts,
    newAccounts: plan.accounts.length,
    ignoredColumns: file.ignoredColumns,
  };
}
