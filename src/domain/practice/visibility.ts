import type { DocumentRole } from "../documents/engine.js";
import type { ObservationMode } from "./context.js";
import type { PracticeKind } from "./stages.js";

/**
 * Who may read a practice document's content in a status. The observation is the KS's working
 * notes until they finish it: the guru reads it from `observed` on, as a baseline for coaching,
 * never while it is being written. A KS's *catatan mandiri* is their own account: theirs to
 * write, the Tim Kinerja's to read once finished. The Tim Kinerja's recommendation is advice to the
 * Kepala Dinas: the pegawai reads the Kepala Dinas's penilaian, not it. Everything else is read by
 * everyone with a role.
 */
export function visibleTo(
  kind: PracticeKind,
  status: string,
  roles: readonly DocumentRole[],
  mode: ObservationMode = "langsung",
): boolean {
  if (kind === "rekomendasi") return roles.includes("superior") || roles.includes("admin");
  // The penilaian is the atasan's working notes until rated: the pegawai reads the result, not drafts.
  if (kind === "penilaian" && status === "draft") return !roles.includes("owner") || roles.includes("superior");
  if (kind === "observasi" && status === "draft") {
    return roles.includes(mode === "catatan_mandiri" ? "owner" : "superior");
  }
  return true;
}
