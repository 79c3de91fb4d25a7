import type { Queryable } from "../../db/client.js";
import { people } from "../../db/schema.js";
import { type Actor, can, type PersonFacts } from "../../domain/auth/policy.js";
import { dateInZone } from "../../domain/time/today.js";
import { hatOf } from "../core/hat-rows.js";
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
  return rows.map((p) => viewOf(actor, p, names.get(p.id) ?? null, facts.get(p.id) ?? { personId: p.id, hats: [] }));
}

function viewOf(actor: Actor, p: PersonRow, username: string | null, person: PersonFacts) {
  return {
    ...personDto(p, username),
    actions: {
      update: can(actor, { do: "person.update", person }),
      resetAccount: can(actor, { do: "account.reset", person }),
    },
  };
}

/**
 * The columns a list selects with each person so `personViewsOf` needs no further query: the
 * account's username and every hat with its district's time zone, as the person's copies of them
 * (migration 0034; `hatsOf` is how they are derived).
 */
export const personViewColumns = { username: people.accountUsername, hats: people.hats };

/** `personViews` of rows selected with `personViewColumns`. */
export function personViewsOf(
  actor: Actor,
  rows: readonly { p: PersonRow; username: string | null; hats: (string | null)[][] }[],
  now: Date,
) {
  return rows.map(({ p, username, hats }) => {
    const person: PersonFacts = {
      personId: p.id,
      hats: hats.map((sent) => {
        const { timeZone, ...hat } = hatOf(sent);
        return { ...hat, today: dateInZone(now, timeZone) };
      }),
    };
    return viewOf(actor, p, username, person);
  });
}
