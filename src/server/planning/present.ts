import { inArray } from "drizzle-orm";
import type { Queryable } from "../../db/client.js";
import { people } from "../../db/schema.js";
import { changedSteps } from "../../domain/planning/diff.js";
import type { PlanProblem } from "../../domain/planning/rules.js";
import { type Lang, type MessageKey, translate } from "../core/messages.js";
import type { PlanRow } from "./load.js";

export function problemsDto(problems: PlanProblem[], lang: Lang) {
  return problems.map((p) => ({
    step: p.step,
    code: p.code,
    message: translate(lang, p.code as MessageKey, p.params ?? {}),
  }));
}

export async function namesOf(tx: Queryable, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.select({ id: people.id, name: people.name }).from(people).where(inArray(people.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** `known`: names already loaded (the plan scope's); only a name not among them costs a query. */
export async function planDto(tx: Queryable, p: PlanRow, known?: ReadonlyMap<string, string>) {
  const names = p.decidedBy && known?.has(p.decidedBy) ? known : await namesOf(tx, [p.decidedBy]);
  return {
    id: p.id,
    status: p.status,
    version: p.version,
    revision: p.revision,
    content: p.content,
    submittedAt: iso(p.submittedAt),
    decidedAt: iso(p.decidedAt),
    decidedByName: p.decidedBy ? (names.get(p.decidedBy) ?? null) : null,
    decidedAs: p.decidedAs,
    returnNote: p.note,
    changedSinceReturn:
      p.status === "submitted" && p.returnedContent ? changedSteps(p.returnedContent, p.content) : null,
    agreedAt: iso(p.completedAt),
    updatedAt: p.updatedAt.toISOString(),
  };
}
