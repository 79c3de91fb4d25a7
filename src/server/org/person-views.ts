import type { Queryable } from "../../db/client.js";
import { type Actor, can } from "../../domain/auth/policy.js";
import { personFactsOfMany } from "./facts.js";
import { personDto, usernames } from "./queries.js";

type PersonRow = Parameters<typeof personDto>[0];

/**
 * People as the admin pages show them, each with what this actor may do to them — asked of the
 * same policy the server enforces, so a button is shown only when pressing it would be allowed.
 */
export async function personViews(db: Queryable, actor: Actor, rows: readonly PersonRow[], now: Date) {
  const ids = rows.map((r) => r.id);
  const [names, facts] = await Promise.all([usernames(db, ids), personFactsOfMany(db, ids, now)]);
  return rows.map((p) => {
    const person = facts.get(p.id) ?? { personId: p.id, hats: [] };
    return {
      ...personDto(p, names.get(p.id) ?? null),
      actions: {
        update: can(actor, { do: "person.update", person }),
        resetAccount: can(actor, { do: "account.reset", person }),
      },
    };
  });
}
