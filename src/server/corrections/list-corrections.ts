import { and, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { people, profileCorrections } from "../../db/schema.js";
import { adminDistricts, operatorSchools } from "../../domain/auth/policy.js";
import { containsPattern, keyContains } from "../core/cursor.js";
import { forbidden } from "../core/errors.js";
import type { SessionActor } from "../core/session.js";
import { personViews } from "../org/person-views.js";
import type { CorrectionDto } from "./contract.js";
import { correctionDtos, correctionPage } from "./present.js";

/** The reporter's own corrections, whatever their status. */
export async function listMyCorrections(db: Db, actor: SessionActor): Promise<CorrectionDto[]> {
  return correctionDtos(db, eq(profileCorrections.personId, actor.personId));
}

type CorrectionsPage = {
  status?: "open" | "resolved" | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
};

/**
 * Operator: the corrections of their schools. Admin: those of their districts. Anyone else:
 * refused. A page at a time, open ones first, searched by the person's name or NIP.
 */
export async function listCorrections(db: Db, actor: SessionActor, page: CorrectionsPage, now: Date) {
  const districtIds = adminDistricts(actor);
  const schoolIds = operatorSchools(actor);
  if (districtIds.length === 0 && schoolIds.length === 0) throw forbidden();
  const scope = or(
    ...(districtIds.length ? [inArray(profileCorrections.districtId, districtIds)] : []),
    ...(schoolIds.length ? [inArray(profileCorrections.schoolId, schoolIds)] : []),
  );
  const pattern = containsPattern(page.q);
  const search = pattern ? keyContains(people.searchKey, pattern) : undefined;
  const found = await correctionPage(
    db,
    and(scope, page.status ? eq(profileCorrections.status, page.status) : undefined, search),
    page,
  );
  // Each reporter with what this viewer may do to them (the policy's `person.update`).
  const views = await personViews(db, actor, found.people, now);
  return { corrections: found.corrections, people: views, nextCursor: found.nextCursor };
}
