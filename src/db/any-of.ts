import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/**
 * `column = any(array(subquery))`: the subquery runs once (an InitPlan) and its ids are looked up
 * in the column's index. `or(a = $1, column in (subquery))` would instead be a hashed SubPlan
 * tested against every row of the table — a sequential scan that no index can serve.
 */
export function inSubquery(column: AnyColumn, subquery: SQL | { getSQL(): SQL }): SQL {
  return sql`${column} = any(array(${subquery}))`;
}
