/**
 * Rows sent inside a JSON answer as arrays of texts (`json_agg(array[…]::text[])`), and read back.
 *
 * `json_build_array` / `json_build_object` look up every value's type (three catalogue lookups, four
 * for an enum) on every call, so a page of 51 rows of 25 values cost PostgreSQL more to write than
 * to find (17 % of the Kepala Dinas's queue). An array of texts is typed once per row, and
 * `json_agg` types the arrays once per answer: the same 51 rows cost a fifth less, and fewer values
 * a row cost less again. The price is that each value arrives as text (or null), so each column says
 * how to read it back.
 */
export type Decode = "text" | "bool" | "int" | "json" | "list";
/** A column: its key in the row Node reads, its SQL expression (any type: cast to text), how to read it. */
export type TextColumn<K extends string = string> = readonly [key: K, sql: string, decode?: Decode];

/** The SQL of one row: `array[(expr)::text, …]`. A `list` column is a text[] expression, joined by commas. */
export function textRowSql(columns: readonly TextColumn[]): string {
  return `array[${columns
    .map(([, expr, decode]) => (decode === "list" ? `array_to_string(${expr}, ',')` : `(${expr})::text`))
    .join(", ")}]`;
}

/** How a column's text `v` becomes its value (null stays null). */
const READERS: Record<Decode, (v: string) => string> = {
  text: (v) => v,
  // PostgreSQL's text of a boolean is "true" or "false" (not the wire's "t").
  bool: (v) => `(${v} === null ? null : ${v} === "true")`,
  int: (v) => `(${v} === null ? null : Number(${v}))`,
  json: (v) => `(${v} === null ? null : JSON.parse(${v}))`,
  // Only ids and codes are joined (no commas inside); an empty list is an empty text.
  list: (v) => `(${v} === null ? null : ${v} === "" ? [] : ${v}.split(","))`,
};

/**
 * Reads a row of `columns` back into an object. Compiled once per column list into one object
 * literal: a loop of keyed stores gave every row a dictionary-mode object, and the queue's Node
 * time per row grew by half reading them. The keys are the code's own (JSON-quoted all the same).
 */
export function textRowReader<R>(columns: readonly TextColumn[]): (values: readonly (string | null)[]) => R {
  const fields = columns.map(([key, , decode], i) => `${JSON.stringify(key)}: ${READERS[decode ?? "text"](`v[${i}]`)}`);
  return new Function("v", `return { ${fields.join(", ")} };`) as (values: readonly (string | null)[]) => R;
}
