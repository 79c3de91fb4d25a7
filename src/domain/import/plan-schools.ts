import type { ExistingSchool, ImportPlan } from "./plan-types.js";
import type { RowError, SchoolGroup } from "./types.js";

type Options = { groups: SchoolGroup[]; existing: ExistingSchool[]; districtId: string; newId: () => string };

/** Schools upserted by NPSN; one registered in another district is refused on every row naming it. */
export function planSchools({ groups, existing, districtId, newId }: Options) {
  const byNpsn = new Map(existing.map((s) => [s.npsn, s]));
  const plan: ImportPlan["schools"] = { create: [], update: [], unchanged: 0 };
  const errors: RowError[] = [];
  /** School id by NPSN, for the assignments; absent when the school has an error. */
  const ids = new Map<string, string>();

  for (const { line, lines, school } of groups) {
    const found = byNpsn.get(school.npsn);
    if (found && found.districtId !== districtId) {
      for (const l of lines) {
        errors.push({
          line: l,
          column: "npsn",
          message: `Sekolah dengan NPSN ${school.npsn} terdaftar di dinas lain.`,
        });
      }
      continue;
    }
    if (!found) {
      if (!school.name) {
        errors.push({
          line,
          column: "nama_sekolah",
          message: `Sekolah baru (NPSN ${school.npsn}): nama_sekolah wajib diisi.`,
        });
      }
      if (!school.level) {
        errors.push({ line, column: "jenjang", message: `Sekolah baru (NPSN ${school.npsn}): jenjang wajib diisi.` });
      }
      if (!school.name || !school.level) continue;
      const id = newId();
      plan.create.push({
        id,
        districtId,
        npsn: school.npsn,
        name: school.name,
        level: school.level,
        address: school.address ?? "",
      });
      ids.set(school.npsn, id);
      continue;
    }
    ids.set(school.npsn, found.id);
    // Empty cells keep what is stored: a row may only refer to the school.
    const set: ImportPlan["schools"]["update"][number]["set"] = {};
    if (school.name !== null && school.name !== found.name) set.name = school.name;
    if (school.level !== null && school.level !== found.level) set.level = school.level;
    if (school.address !== null && school.address !== found.address) set.address = school.address;
    if (Object.keys(set).length > 0) plan.update.push({ id: found.id, npsn: found.npsn, set });
    else plan.unchanged++;
  }
  return { plan, errors, ids };
}
