import type { ExistingPerson, ImportPlan, NewAccount, PersonFields } from "./plan-types.js";
import type { PersonCells, PersonGroup, RowError } from "./types.js";

type Options = {
  groups: PersonGroup[];
  existing: ExistingPerson[];
  takenUsernames: string[];
  /** Districts where each existing person holds or held an assignment. */
  personDistricts: Record<string, string[]>;
  /** The district importing. */
  districtId: string;
  newId: () => string;
};

const IDS = [
  ["nip", "NIP"],
  ["nuptk", "NUPTK"],
  ["email", "E-mail"],
] as const;

/**
 * People upserted by NIP, else NUPTK, else e-mail. A new person with a NIP or e-mail gets an
 * account (username = NIP, else the e-mail); existing people keep theirs untouched.
 *
 * An import stays inside its district: an identifier of someone who holds or held an assignment
 * in another district is refused on that cell, so a file can neither rename nor hand a hat to
 * another district's staff. People with no assignment anywhere may be matched.
 */
export function planPeople({ groups, existing, takenUsernames, personDistricts, districtId, newId }: Options) {
  // Stored e-mails may carry capitals (typed in a form); the file's are lower-cased.
  const index = Object.fromEntries(
    IDS.map(([f]) => [
      f,
      new Map(existing.filter((p) => p[f] !== null).map((p) => [(p[f] as string).toLowerCase(), p])),
    ]),
  ) as Record<(typeof IDS)[number][0], Map<string, ExistingPerson>>;
  const taken = new Set(takenUsernames);
  const plan: ImportPlan["people"] = { create: [], update: [], unchanged: 0 };
  const accounts: NewAccount[] = [];
  const errors: RowError[] = [];
  /** Person id by group key, for the assignments; absent when the person has an error. */
  const ids = new Map<string, string>();
  const claimedBy = new Map<string, number>();

  const elsewhere = (p: ExistingPerson) => (personDistricts[p.id] ?? []).some((d) => d !== districtId);

  for (const { key, line, person } of groups) {
    const match = IDS.map(([f]) => (person[f] ? index[f].get(person[f]) : undefined)).find((p) => p !== undefined);
    const before = errors.length;
    if (match) {
      for (const [f, label] of IDS) {
        const owner = person[f] ? index[f].get(person[f]) : undefined;
        if (owner && elsewhere(owner)) {
          errors.push({ line, column: f, message: otherDistrict(label, person[f] as string) });
        } else if (owner && owner.id !== match.id) {
          errors.push({ line, column: f, message: `${label} ${person[f]} sudah dipakai orang lain.` });
        }
      }
      // Nothing more is said about another district's person (their stored NIP included).
      if (elsewhere(match)) continue;
      // The NIP is the username and the official identity: never overwritten by a match on NUPTK or e-mail.
      if (person.nip && match.nip && person.nip !== match.nip) {
        errors.push({
          line,
          column: "nip",
          message: `NIP ${person.nip} berbeda dengan NIP yang tersimpan untuk orang ini (${match.nip}).`,
        });
      }
      const other = claimedBy.get(match.id);
      if (other !== undefined) {
        errors.push({
          line,
          column: "",
          message: `Orang yang sama dengan baris ${other} menurut data tersimpan: samakan NIP/NUPTK/e-mail kedua baris.`,
        });
      }
      claimedBy.set(match.id, line);
      if (errors.length > before) continue;
      ids.set(key, match.id);
      const set = changes(match, person);
      if (Object.keys(set).length > 0) plan.update.push({ id: match.id, set });
      else plan.unchanged++;
      continue;
    }

    if (!person.employmentStatus) {
      errors.push({
        line,
        column: "status_kepegawaian",
        message: "Status kepegawaian wajib diisi untuk pegawai baru: PNS, PPPK, atau NON_ASN.",
      });
    }
    const username = person.nip ?? person.email;
    if (username && taken.has(username)) {
      errors.push({
        line,
        column: person.nip ? "nip" : "email",
        message: `Nama pengguna ${username} sudah dipakai akun lain.`,
      });
    }
    if (errors.length > before || !person.employmentStatus) continue;
    const id = newId();
    ids.set(key, id);
    plan.create.push({
      id,
      nip: person.nip,
      nuptk: person.nuptk,
      email: person.email,
      name: person.name,
      employmentStatus: person.employmentStatus,
      rank: person.rank ?? "",
      positionLevel: person.positionLevel ?? "",
      ptkType: person.ptkType ?? "",
      additionalDuties: person.additionalDuties ?? [],
    });
    if (username) accounts.push({ personId: id, name: person.name, username });
  }
  return { plan, accounts, errors, ids };
}

const otherDistrict = (label: string, value: string) =>
  `${label} ${value} milik pegawai yang bertugas (atau pernah bertugas) di dinas lain: impor hanya boleh ` +
  `menambah atau mengubah pegawai dinas ini. Periksa kembali ${label} pada baris ini.`;

/** Cells that differ from what is stored; empty cells keep the stored value. */
function changes(stored: ExistingPerson, file: PersonCells): Partial<PersonFields> {
  const set: Partial<PersonFields> = {};
  const scalar = ["nip", "nuptk", "email", "name", "employmentStatus", "rank", "positionLevel", "ptkType"] as const;
  for (const f of scalar) {
    const value = file[f];
    if (value !== null && value !== stored[f]) Object.assign(set, { [f]: value });
  }
  const duties = file.additionalDuties;
  if (duties !== null && !sameList(duties, stored.additionalDuties)) set.additionalDuties = duties;
  return set;
}

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);
