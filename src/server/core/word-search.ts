import { type SQL, sql } from "drizzle-orm";
import { personSearchWords } from "../../db/schema.js";

/**
 * A search box over people, in two groups: first the people a word of whose name or NIP starts
 * with the term ("joko" finds Joko Susilo and Bambang Joko; "wulandari guru 7" a phrase from a
 * word on), each once, in the order of the text from that word on; then the people who contain
 * the term elsewhere ("gu" in Agus), in name order. The first group walks
 * `person_search_words_suffix_idx` and stops at the page: its cost does not grow with the data
 * however common the term. The second is read only when the first does not fill the page.
 *
 * Conditions the caller adds on `w` should be per-row probes too (a scalar subquery), for the same reason.
 */
export function wordSearch(q: string) {
  // % and _ typed in the search box are searched for, not wildcards.
  const term = q.replace(/[\\%_]/g, "\\$&");
  /**
   * `w` (a `person_search_words` row) starts with the term. The range is what PostgreSQL derives
   * from a prefix LIKE, but only for a value known when planning: spelled out, it lets the search
   * be a prepared statement with a generic plan (planning it cost more than running it); the LIKE
   * stays as the exact test. chr(1114111) is the last code point: below it in "C" order come all
   * words that start with the term.
   */
  const startsWord = (w: string) =>
    sql`${sql.raw(w)}.suffix collate "C" >= lower(${q}) and ${sql.raw(w)}.suffix collate "C" < lower(${q}) || chr(1114111)
      and ${sql.raw(w)}.suffix collate "C" like lower(${`${term}%`})`;
  return {
    startsWord,
    /**
     * `w` (a `person_search_words` row) is the first of its person's words that the term starts.
     * A scalar subquery, not NOT EXISTS: PostgreSQL would turn that into an anti-join over every
     * match and sort them, where a per-row probe lets the walk stop at the page.
     */
    firstWordHit: sql`${startsWord("w")} and w.suffix collate "C" = (select min(w2.suffix collate "C")
      from ${personSearchWords} w2 where w2.person_id = w.person_id and ${startsWord("w2")})`,
    /** `p` (a `people` row) contains the term but no word of it starts with the term. */
    elsewhereHit: (p: SQL) => sql`${p}.search_key like lower(${`%${term}%`})
      and not exists (select 1 from ${personSearchWords} w where w.person_id = ${p}.id and ${startsWord("w")})`,
  };
}

/** A search page's cursor: the group (0 word start, 1 elsewhere), its sort text and the id. */
export type WordCursor = [number, string, string];
