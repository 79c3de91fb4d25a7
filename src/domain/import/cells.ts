import { z } from "zod";
import { type EmploymentStatus, type IsoDate, SCHOOL_LEVELS, type SchoolLevel } from "../org/types.js";
import { hasControlCharacter } from "../validation/vocabulary.js";
import type { ImportKind } from "./types.js";

/**
 * One parser per kind of cell. Each accepts what operators actually type in a spreadsheet
 * (Excel's leading apostrophe, NIP written in groups, "Honorer", "Kepala Sekolah") and answers
 * with the normalised value or an Indonesian message that says how to fix the cell.
 */
export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const fail = <T>(message: string): Cell<T> => ({ ok: false, message });

/**
 * A cell holding a control character (NUL, ESC…) other than the tab and line breaks `clean` turns
 * into spaces: refused with the column's name, never passed on to the database.
 */
export function controlCharacterMessage(raw: string, column: string): string | null {
  if (!hasControlCharacter(raw.replace(/\r/g, ""), true)) return null;
  return `Kolom ${column} berisi karakter kontrol (mis. NUL) yang tidak terlihat: ketik ulang isi sel ini.`;
}

/** Trims, drops Excel's text-marker apostrophe and collapses inner whitespace. */
export function clean(raw: string | undefined): string {
  return (raw ?? "").replace(/^'/, "").replace(/\s+/g, " ").trim();
}

export function digits(raw: string, label: string, length: number): Cell<string | null> {
  const value = clean(raw).replace(/[\s.-]/g, "");
  if (value === "") return ok(null);
  // Excel turns long numbers into 1,98E+17 unless the column is formatted as text.
  if (/^\d+([.,]\d+)?e\+?\d+$/i.test(value)) {
    return fail(
      `${label} terbaca sebagai angka ilmiah (${clean(raw)}): format kolom ${label} sebagai Teks lalu isi ulang.`,
    );
  }
  if (!/^\d+$/.test(value)) return fail(`${label} hanya boleh berisi angka (${length} digit).`);
  if (value.length !== length) return fail(`${label} harus ${length} digit, tertulis ${value.length} digit.`);
  return ok(value);
}

export function text(raw: string, label: string, max: number): Cell<string | null> {
  const value = clean(raw);
  if (value === "") return ok(null);
  if (value.length > max) return fail(`${label} terlalu panjang (maks. ${max} karakter).`);
  return ok(value);
}

export function personName(raw: string): Cell<string> {
  const value = clean(raw);
  if (value === "") return fail("Nama wajib diisi.");
  if (value.length < 2) return fail("Nama terlalu pendek (min. 2 karakter).");
  if (value.length > 200) return fail("Nama terlalu panjang (maks. 200 karakter).");
  return ok(value);
}

const ZEmail = z.email();

export function email(raw: string): Cell<string | null> {
  const value = clean(raw).toLowerCase();
  if (value === "") return ok(null);
  if (value.length > 200 || !ZEmail.safeParse(value).success)
    return fail(`Alamat e-mail tidak valid: "${clean(raw)}".`);
  return ok(value);
}

export function level(raw: string): Cell<SchoolLevel | null> {
  const value = clean(raw).toUpperCase();
  if (value === "") return ok(null);
  const found = SCHOOL_LEVELS.find((l) => l === value);
  return found
    ? ok(found)
    : fail(`Jenjang "${clean(raw)}" tidak dikenal. Isi salah satu: ${SCHOOL_LEVELS.join(", ")}.`);
}

// Spellings seen in Dapodik exports and hand-made lists; CPNS are PNS candidates, GTT/PTT/GTY/PTY are not ASN.
const STATUSES: Record<string, EmploymentStatus> = {
  PNS: "PNS",
  CPNS: "PNS",
  PPPK: "PPPK",
  P3K: "PPPK",
  NONASN: "NON_ASN",
  HONORER: "NON_ASN",
  HONOR: "NON_ASN",
  GTT: "NON_ASN",
  PTT: "NON_ASN",
  GTY: "NON_ASN",
  PTY: "NON_ASN",
};

export function employmentStatus(raw: string): Cell<EmploymentStatus | null> {
  const value = clean(raw);
  if (value === "") return ok(null);
  const found = STATUSES[value.toUpperCase().replace(/[^A-Z0-9]/g, "")];
  return found
    ? ok(found)
    : fail(`Status kepegawaian "${value}" tidak dikenal. Isi PNS, PPPK, atau NON_ASN (honorer).`);
}

const ROLES: Record<string, ImportKind> = {
  guru: "teacher",
  kepala_sekolah: "principal",
  ks: "principal",
  pengawas: "supervisor",
  pengawas_sekolah: "supervisor",
  operator: "operator",
  operator_sekolah: "operator",
};

export function role(raw: string): Cell<ImportKind> {
  const value = clean(raw);
  if (value === "") return fail("Peran wajib diisi: guru, kepala_sekolah, pengawas, atau operator.");
  const found = ROLES[value.toLowerCase().replace(/[\s-]+/g, "_")];
  return found ? ok(found) : fail(`Peran "${value}" tidak dikenal. Isi guru, kepala_sekolah, pengawas, atau operator.`);
}

export function yesNo(raw: string): Cell<boolean> {
  const value = clean(raw).toLowerCase();
  if (value === "" || value === "tidak" || value === "t" || value === "bukan") return ok(false);
  if (value === "ya" || value === "y" || value === "iya") return ok(true);
  return fail(`Kolom plt diisi "ya", "tidak", atau dikosongkan (tertulis "${clean(raw)}").`);
}

/** `;`- or `|`-separated names; duplicates (ignoring case) dropped. Null when the cell is empty. */
export function duties(raw: string): Cell<string[] | null> {
  const parts = clean(raw)
    .split(/[;|]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return ok(null);
  const long = parts.find((p) => p.length > 100);
  if (long) return fail(`Tugas tambahan terlalu panjang (maks. 100 karakter): "${long.slice(0, 30)}…".`);
  const unique = parts.filter((p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
  if (unique.length > 20) return fail("Tugas tambahan paling banyak 20.");
  return ok(unique);
}

/** YYYY-MM-DD or DD/MM/YYYY (day and month may have one digit). */
export function date(raw: string): Cell<IsoDate | null> {
  const value = clean(raw);
  if (value === "") return ok(null);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (!parts) {
    return fail(`Tanggal "${value}" tidak dikenali. Gunakan TTTT-BB-HH (2025-01-31) atau HH/BB/TTTT (31/01/2025).`);
  }
  const [y, m, d] = parts.map(Number) as [number, number, number];
  // Catches a two-digit year typed as "0025" or a swapped column, which would otherwise pass.
  if (y < 1950 || y > 2100) return fail(`Tahun pada tanggal "${value}" tidak wajar.`);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    return fail(`Tanggal "${value}" tidak ada di kalender.`);
  }
  return ok(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
}
