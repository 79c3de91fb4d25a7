import type { FileProblem, RowError } from "../../domain/import/types.js";
import { AppError } from "../core/errors.js";

export function fileProblemError(problem: FileProblem): AppError {
  switch (problem.kind) {
    case "notCsv":
      return new AppError("VALIDATION", "import.notCsv");
    case "notUtf8":
      return new AppError("VALIDATION", "import.notUtf8");
    case "empty":
      return new AppError("VALIDATION", "import.empty");
    case "missingColumns":
      return new AppError("VALIDATION", "import.missingColumns", { columns: problem.columns.join(", ") });
    case "duplicateColumns":
      return new AppError("VALIDATION", "import.duplicateColumns", { columns: problem.columns.join(", ") });
  }
}

/** All row problems at once; `count` is the number of rows concerned, not of problems. */
export function invalidRowsError(errors: RowError[]): AppError {
  const count = new Set(errors.map((e) => e.line)).size;
  const details = errors.map((e) => ({ line: e.line, ...(e.column ? { path: e.column } : {}), message: e.message }));
  return new AppError("VALIDATION", "import.invalidRows", { count }, details);
}

/** A unique index tripped: another import or an admin form wrote the same NIP/NPSN meanwhile. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}
