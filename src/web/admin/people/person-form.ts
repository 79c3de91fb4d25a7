import type { z } from "zod";
import { type ZPerson, ZPersonInput } from "../../../server/org/contract.js";
import { zodFieldErrors } from "../../ui/zod-errors.js";

type Person = z.infer<typeof ZPerson>;
export type PersonFormValues = {
  name: string;
  nip: string;
  nuptk: string;
  email: string;
  employmentStatus: string;
  rank: string;
  positionLevel: string;
  ptkType: string;
  additionalDuties: string;
};

export function initialValues(person?: Person): PersonFormValues {
  return {
    name: person?.name ?? "",
    nip: person?.nip ?? "",
    nuptk: person?.nuptk ?? "",
    email: person?.email ?? "",
    employmentStatus: person?.employmentStatus ?? "PNS",
    rank: person?.rank ?? "",
    positionLevel: person?.positionLevel ?? "",
    ptkType: person?.ptkType ?? "Guru",
    additionalDuties: person?.additionalDuties.join(", ") ?? "",
  };
}

const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

/** Form strings → the server's ZPersonInput (the same schema validates both sides). */
export function parsePerson(v: PersonFormValues) {
  const parsed = ZPersonInput.safeParse({
    ...v,
    nip: orNull(v.nip),
    nuptk: orNull(v.nuptk),
    email: orNull(v.email),
    additionalDuties: v.additionalDuties
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  });
  return parsed.success
    ? ({ ok: true, data: parsed.data } as const)
    : ({ ok: false, errors: zodFieldErrors(parsed.error) } as const);
}
