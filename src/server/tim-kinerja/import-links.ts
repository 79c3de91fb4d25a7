import { inArray } from "drizzle-orm";
import { chunks } from "../../db/chunks.js";
import type { Db } from "../../db/client.js";
import { people } from "../../db/schema.js";
import { parseTimLinkRows, type TimLinkRow } from "../../domain/import/tim-kinerja-rows.js";
import type { RowError } from "../../domain/import/types.js";
import { districtToday } from "../core/clock.js";
import { AppError } from "../core/errors.js";
import { fileProblemError } from "../import/import-errors.js";
import { MAX_LINK_CSV_ROWS } from "./contract.js";
import { applyLinks, existingPairs, loadInvolved, type Pair, pairKey, pairProblem } from "./links.js";
import { schoolsWithKs } from "./principals.js";

type ImportLinks = { db: Db; districtId: string; actorId: string; csvText: string; dryRun: boolean; now: Date };

const PROBLEM_TEXT = {
  self: "Anggota tidak dapat mengamati dirinya sendiri.",
  notMember: "Bukan anggota Tim Kinerja aktif di dinas ini.",
  notSubject: "Bukan kepala sekolah atau pengawas aktif di dinas ini.",
  unknownMember: "NIP anggota tidak ditemukan di dinas ini.",
  unknownSubject: "NIP tidak ditemukan di dinas ini.",
} as const;

/**
 * Names Tim Kinerja members from a CSV. Every row is checked first (NIPs and NPSNs of this
 * district, the rule `linkProblem`, duplicates); one bad row and nothing changes, every problem
 * is returned with its line and column. The caller has authorized the district.
 */
export async function importTimLinks(o: ImportLinks) {
  const parsed = parseTimLinkRows(o.csvText, MAX_LINK_CSV_ROWS);
  if (!parsed.ok) {
    if ("tooMany" in parsed) throw new AppError("VALIDATION", "timKinerja.tooManyRows", { max: parsed.tooMany });
    throw fileProblemError(parsed.problem);
  }
  const errors: RowError[] = [...parsed.errors];
  const today = await districtToday(o.db, o.districtId, o.now);
  const byNip = await peopleByNip(
    o.db,
    parsed.rows.flatMap((r) => [r.memberNip, ...(r.subjectNip ? [r.subjectNip] : [])]),
  );
  const npsns = parsed.rows.flatMap((r) => (r.npsn ? [r.npsn] : []));
  const byNpsn = new Map((await schoolsWithKs(o.db, o.districtId, { npsns }, today)).map((s) => [s.npsn, s]));
  const resolved: { row: TimLinkRow; pair: Pair; schoolName: string | null }[] = [];
  for (const row of parsed.rows) {
    const memberId = byNip.get(row.memberNip);
    const school = row.npsn ? byNpsn.get(row.npsn) : undefined;
    const subjectId = row.subjectNip ? byNip.get(row.subjectNip) : school?.principalId;
    if (!memberId) errors.push({ line: row.line, column: "nip_anggota", message: PROBLEM_TEXT.unknownMember });
    if (row.npsn && !school)
      errors.push({ line: row.line, column: "npsn", message: "NPSN tidak ditemukan di dinas ini." });
    else if (row.npsn && !subjectId) {
      errors.push({ line: row.line, column: "npsn", message: "Sekolah ini tidak memiliki kepala sekolah hari ini." });
    } else if (!subjectId) errors.push({ line: row.line, column: "nip_subjek", message: PROBLEM_TEXT.unknownSubject });
    if (memberId && subjectId) resolved.push({ row, pair: { memberId, subjectId }, schoolName: school?.name ?? null });
  }
  const involved = await loadInvolved(
    o.db,
    o.districtId,
    resolved.flatMap((r) => [r.pair.memberId, r.pair.subjectId]),
  );
  const firstLine = new Map<string, number>();
  for (const { row, pair } of resolved) {
    const problem = pairProblem(pair, o.districtId, involved, today);
    const column =
      problem === "notMember" || problem === "unknownMember" || problem === "self"
        ? "nip_anggota"
        : row.npsn
          ? "npsn"
          : "nip_subjek";
    if (problem) errors.push({ line: row.line, column, message: PROBLEM_TEXT[problem] });
    const seen = firstLine.get(pairKey(pair));
    if (seen !== undefined) errors.push({ line: row.line, column: "", message: `Duplikat dengan baris ${seen}.` });
    else firstLine.set(pairKey(pair), row.line);
  }
  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line);
    const count = new Set(errors.map((e) => e.line)).size;
    const details = errors.map((e) => ({ line: e.line, ...(e.column ? { path: e.column } : {}), message: e.message }));
    throw new AppError("VALIDATION", "timKinerja.invalidRows", { count }, details);
  }
  const pairs = resolved.map((r) => r.pair);
  let isNew: Set<string>;
  if (o.dryRun) {
    const had = await existingPairs(o.db, pairs);
    isNew = new Set(pairs.map(pairKey).filter((k) => !had.has(k)));
  } else {
    const added = await o.db.transaction((tx) =>
      applyLinks(tx, { districtId: o.districtId, actorId: o.actorId, pairs, now: o.now, source: "csv" }),
    );
    isNew = new Set(added.map(pairKey));
  }
  return {
    dryRun: o.dryRun,
    rows: resolved.map(({ row, pair, schoolName }) => ({
      line: row.line,
      memberName: involved.get(pair.memberId)?.name ?? "",
      subjectId: pair.subjectId,
      name: involved.get(pair.subjectId)?.name ?? "",
      schoolName,
      outcome: isNew.has(pairKey(pair)) ? ("assigned" as const) : ("unchanged" as const),
    })),
  };
}

async function peopleByNip(db: Db, nips: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks([...new Set(nips)])) {
    const rows = await db.select({ id: people.id, nip: people.nip }).from(people).where(inArray(people.nip, part));
    for (const r of rows) if (r.nip) out.set(r.nip, r.id);
  }
  return out;
}
