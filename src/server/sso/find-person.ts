import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { accounts, people } from "../../db/schema.js";
import type { SsoRefusal } from "../../domain/auth/sso.js";

/**
 * The person of the staff data with this e-mail (compared lower-case, as the import matches it;
 * index people_email_lower_idx), if they have an account. Two people with it (differing in case only) is a
 * data error the admin must fix: neither is signed in.
 */
export async function findPersonByEmail(
  db: Db,
  email: string,
): Promise<{ ok: true; personId: string } | { ok: false; refusal: SsoRefusal }> {
  const rows = await db
    .select({ personId: people.id, disabled: accounts.disabled })
    .from(people)
    .leftJoin(accounts, eq(accounts.personId, people.id))
    .where(eq(sql`lower(${people.email})`, email))
    .limit(2);
  const [row, other] = rows;
  if (!row) return { ok: false, refusal: "unknown" };
  if (other) return { ok: false, refusal: "duplicate" };
  // Someone in the staff data without an account (no NIP, no e-mail when imported) gets none here.
  if (row.disabled === null) return { ok: false, refusal: "unknown" };
  if (row.disabled) return { ok: false, refusal: "disabled" };
  return { ok: true, personId: row.personId };
}
