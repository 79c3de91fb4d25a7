import type { IsoDate } from "../../org/types.js";
import { filled } from "../fields.js";

/** One dated line of a log (a visit of the pendampingan, a step of the upaya). */
type LogEntry = { id: string; date: IsoDate | null };

/**
 * The rules every dated log shares: at least one entry, each once, dated, not in the future, and
 * saying what was done (`text`). Codes are `<prefix>.entryRequired`, … so each document keeps its own keys.
 */
export function logProblems<E extends LogEntry>(
  entries: readonly E[],
  text: (e: E) => string,
  today: IsoDate,
  add: (code: `practice.${string}`, params?: Record<string, string | number>) => void,
  prefix: `practice.${string}`,
): void {
  if (entries.length === 0) add(`${prefix}.entryRequired`);
  const ids = new Set<string>();
  entries.forEach((e, index) => {
    const n = index + 1;
    if (ids.has(e.id)) add(`${prefix}.entryDuplicate`, { index: n });
    ids.add(e.id);
    if (!e.date) add(`${prefix}.entryDateRequired`, { index: n });
    else if (e.date > today) add(`${prefix}.entryInFuture`, { index: n, date: e.date });
    if (!filled(text(e))) add(`${prefix}.entryActivityRequired`, { index: n });
  });
}
