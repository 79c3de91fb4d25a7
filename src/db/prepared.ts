import { createHash } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import type { PgDialect, PgSession } from "drizzle-orm/pg-core";
import type pg from "pg";
import { runDescribed, type Shapes } from "./described.js";
import { withCompiledMapper } from "./row-mapper.js";

/**
 * Planning a statement costs PostgreSQL more than running it: the plan view's six-table join is
 * parsed and planned in ~1–2 ms and executed in 0.2 ms. node-postgres sends every statement
 * unnamed, so the server parses and plans it again on every request. Naming a statement by the
 * hash of its text makes node-postgres prepare it once per connection and PostgreSQL reuse the
 * parse and, after a few runs, a generic plan.
 *
 * Bounded: statements whose text varies with the data (an `IN` list of n parameters, a chunk of
 * n rows) would prepare one statement per n, so only the first `cap` distinct texts of a
 * connection are named, and none with more than `maxParams` parameters. A pooler in transaction
 * mode (PgBouncer < 1.21) cannot keep named statements: `PG_PREPARE=off` (config) turns this off.
 */
/**
 * Marks a statement to be planned for its values every time (never named, so never a generic plan):
 * a search's `LIKE '%…%'` is cheapest through the trigram index for a rare term and by walking the
 * name index for a common one, and a generic plan cannot tell which (58 ms instead of 2–5 ms for a
 * period's cycles under load). Planning a search costs less than the wrong plan.
 */
export const CUSTOM_PLAN = "/* custom plan */";

/**
 * A page's LIMIT written into the statement's text, not sent as a value. A prepared statement
 * keeps its generic plan only when PostgreSQL estimates it no dearer than planning anew, and a
 * generic plan that does not know the LIMIT is costed for a tenth of the rows: the district's
 * assignments page was planned again on every request (0.23 ms of planning for 0.2 ms of running).
 * One statement per page size: the sizes are few. For Drizzle's `.limit()`, which renders an SQL
 * chunk as is (its type says number).
 */
export const limitInText = (n: number): number => sql.raw(String(Math.max(0, Math.trunc(n)))) as unknown as number;

export function prepareStatementsOf(client: pg.PoolClient, cap = 200, maxParams = 32): void {
  const names = new Map<string, string>();
  const shapes: Shapes = new Map();
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (config: unknown, ...rest: unknown[]) => {
    // A statement object, its values and a callback (the pool's call); a query object as given.
    const callback =
      typeof rest.at(-1) === "function" ? (rest.at(-1) as (e: Error | null, r?: unknown) => void) : undefined;
    const given = callback ? rest.slice(0, -1) : rest;
    if (config && typeof config === "object" && !("submit" in config) && given.length <= 1) {
      const c = config as { text?: unknown; values?: unknown[]; name?: string };
      let name = c.name;
      const values = Array.isArray(given[0]) ? given[0] : c.values;
      if (!name && typeof c.text === "string" && (values?.length ?? 0) <= maxParams && !c.text.includes(CUSTOM_PLAN)) {
        name = names.get(c.text);
        if (name === undefined && names.size < cap) {
          name = `k${createHash("sha1").update(c.text).digest("base64url").slice(0, 20)}`;
          names.set(c.text, name);
        }
      }
      // Named: described once on this connection (`DescribedQuery`).
      if (name) return runDescribed(query, name === c.name ? c : { ...c, name }, given[0], callback, shapes);
    }
    return query(config, ...rest);
  };
}

const built = new WeakMap<object, Map<string, unknown>>();

/**
 * A Drizzle query built once per database handle and kept: hot queries skip Drizzle's query
 * building (a measurable share of a request's CPU) and run as a named statement, with
 * `sql.placeholder(...)` for their parameters. `build` must always build the same SQL for a name.
 */
export function preparedOn<T>(db: object, name: string, build: () => T): T {
  let byName = built.get(db);
  if (!byName) {
    byName = new Map();
    built.set(db, byName);
  }
  let q = byName.get(name) as T | undefined;
  if (q === undefined) {
    // Its rows mapped by a mapper compiled once (`compileRowMapper`), not Drizzle's per-cell one.
    q = withCompiledMapper(build());
    byName.set(name, q);
  }
  return q;
}

/**
 * A statement written as SQL (not with the query builder), built and compiled once per name and run
 * as a named statement, like `preparedOn`'s; `sql.placeholder(...)` for its values. What `db.execute`
 * does on every call (compile the SQL, then prepare it unnamed), done once. `execute(values)` answers
 * the driver's result (`rows`).
 */
export function preparedSqlOn(db: object, name: string, build: () => SQL) {
  return preparedOn(db, name, () => {
    const { dialect, session } = db as unknown as { dialect: PgDialect; session: PgSession };
    return session.prepareQuery<{
      execute: { rows: Record<string, unknown>[] };
      all: unknown;
      values: unknown;
    }>(dialect.sqlToQuery(build()), undefined, name, false);
  });
}
