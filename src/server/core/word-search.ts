import { type SQL, sql } from "drizzle-orm";
import { districtPeople, districtSearchWords } from "../../db/schema.js";
import { SEARCH_INSIDE_MIN } from "../../domain/validation/vocabulary.js";

/**
 * A search term as the statements use it, each value in lower case: itself (a word-start range's
 * lower bound), the prefix pattern of a LIKE, the same after a space (a word inside a key) and the
 * contains pattern. Each is a sub-select of a parameter (`termOf`).
 */
export type SearchTerm = { q: SQL; prefix: SQL; wordPrefix: SQL; contains: SQL };

/** The term as values; % and _ typed in the search box are searched for, not wildcards. */
export function termValues(q: string): { q: string; prefix: string; contains: string } {
  const term = q.replace(/[\\%_]/g, "\\$&");
  return { q, prefix: `${term}%`, contains: `%${term}%` };
}

/**
 * A term whose values are read through sub-selects, in lower case (PostgreSQL's `lower`, as the
 * keys are): each is then worked out once per run, not once per row a filter tests (`lower($1)` in
 * a filter was 3 µs a row: 3 ms for "budi"'s 895 word starts), and is unknown when planning, for a
 * custom plan as for the generic one. Otherwise PostgreSQL, which plans a prepared statement's
 * first five runs for their values and keeps the generic plan only if it looks no costlier, found a
 * term such as "KS" or "operator 3" cheaper planned for itself and planned the search anew on every
 * request: about 1 ms of the database's time, more than running it. Statements built per request are
 * prepared by their text too (src/db/prepared.ts): the same holds for them.
 */
function termOf(q: unknown, prefix: unknown, contains: unknown): SearchTerm {
  return {
    q: sql`(select lower(${q}::text))`,
    prefix: sql`(select lower(${prefix}::text))`,
    wordPrefix: sql`(select '% ' || lower(${prefix}::text))`,
    contains: sql`(select lower(${contains}::text))`,
  };
}

/** The term as named placeholders, for a statement built once and prepared (`termValues` fills them). */
export const TERM_PLACEHOLDERS: SearchTerm = termOf(
  sql.placeholder("q"),
  sql.placeholder("prefix"),
  sql.placeholder("contains"),
);

/** The term with its values, for a statement built per request. */
export function searchTermOf(q: string): SearchTerm {
  const v = termValues(q);
  return termOf(v.q, v.prefix, v.contains);
}

/**
 * A search box over people, in two groups: first the people a word of whose name or NIP starts
 * with the term ("joko" finds Joko Susilo and Bambang Joko; "wulandari guru 7" a phrase from a
 * word on), each once, in the order of the text from that word on; then the people who contain
 * the term elsewhere ("gus" in Agus), in name order. The first group walks the district's word
 * starts (`district_search_words_suffix_idx`) and stops at the page: its cost does not grow with the
 * data however common the term. The second is read only when the first does not fill the page, from
 * the district's people (`district_people`, a GIN index on district and trigrams): its cost grows
 * with the term's matches in the district, not with the other districts'.
 *
 * Conditions the caller adds on `w` should be per-row probes too (a scalar subquery), for the same reason.
 */
export function wordSearch(term: SearchTerm) {
  /**
   * `w` (a `person_search_words` row) starts with the term. The range is what PostgreSQL derives
   * from a prefix LIKE, but only for a value known when planning: spelled out, it lets the search
   * be a prepared statement with a generic plan (planning it cost more than running it); the LIKE
   * stays as the exact test. chr(1114111) is the last code point: below it in "C" order come all
   * words that start with the term.
   */
  const startsWord = (w: string) =>
    sql`${sql.raw(w)}.suffix collate "C" >= ${term.q} and ${sql.raw(w)}.suffix collate "C" < ${term.q} || chr(1114111)
      and ${sql.raw(w)}.suffix collate "C" like ${term.prefix}`;
  // One or two letters match word starts only (`SEARCH_INSIDE_MIN`): no trigram serves them inside words.
  const inside = (p: SQL) => sql`char_length(${term.q}) >= ${sql.raw(String(SEARCH_INSIDE_MIN))}
      and ${p}.search_key like ${term.contains}`;
  /**
   * `key` (a person's `search_key`) has no word that the term starts: a test of the text itself. A
   * word start is where a character other than a space follows a space or begins the key
   * (`word_suffixes`, migration 0021), and a term is trimmed, so this is exactly "no row of
   * `person_search_words` starts with it" (a probe of them for each of "udi"'s 895 people was 2 ms).
   */
  const noWordStartIn = (key: SQL) => sql`not (${key} like ${term.prefix} or ${key} like ${term.wordPrefix})`;
  const elsewhereHit = (p: SQL) => sql`${inside(p)} and ${noWordStartIn(sql`${p}.search_key`)}`;
  return {
    startsWord,
    /**
     * `w` (a `person_search_words` or `district_search_words` row) is the first of its person's words
     * that the term starts: the person's suffixes the term starts follow each other in byte order, so
     * the first is the one sharing fewer than the term's length with the suffix before it (`shared`).
     * A test of the row itself: the walk reads the index alone (a probe of the person's words for each
     * match had been 300 of the 820 buffers of a "Budi" page).
     */
    firstWordHit: sql`${startsWord("w")} and w.shared < char_length(${term.q})`,
    /**
     * `p` (a `people` row) contains the term but no word of it starts with the term. Only for a term
     * of `SEARCH_INSIDE_MIN` characters or more: a trigram index cannot serve a shorter one (it would read
     * every row), and one or two letters inside a word are noise in a name search.
     */
    elsewhereHit,
    noWordStartIn,
    /**
     * `district`'s people in the second group, as `from … where …` over `d (person_id, name)`: from
     * the GIN index on (district, trigrams), not the whole table's matches probed for the district.
     * The matches are a materialized CTE, planned for all of them: under a count's LIMIT, PostgreSQL
     * took a sequential scan of every district's people for a term it thought common (startup cost).
     */
    elsewhereIn: (
      district: SQL,
    ) => sql`from (with e as materialized (select d.person_id, d.name from ${districtPeople} d
        where d.district_id = ${district} and ${elsewhereHit(sql`d`)})
      select e.person_id, e.name from e) d where true`,
    /**
     * The ids of the people in either group, from their indexes: for counting matches without
     * walking the groups. Both from `district`'s own rows; a person in both comes twice (UNION ALL,
     * so that a LIMIT over it stops the walk).
     */
    hits: (
      district: SQL,
    ) => sql`select w.person_id from ${districtSearchWords} w where w.district_id = ${district} and ${startsWord("w")}
      union all select d.person_id from ${districtPeople} d where d.district_id = ${district} and ${inside(sql`d`)}`,
  };
}

/** A search page's cursor: the group (0 word start, 1 elsewhere), its sort text and the id. */
export type WordCursor = [number, string, string];
