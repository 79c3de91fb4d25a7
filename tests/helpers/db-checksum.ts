import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/client.js";

/** Row count and content hash of every table: equal before and after means nothing was written. */
export async function databaseChecksum(db: Db): Promise<Record<string, string>> {
  const tables = await db.execute<{ name: string }>(
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const [row] = (
      await db.execute<{ n: number; h: string }>(
        sql.raw(`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h
                 from "${name}" t`),
      )
    ).rows;
    out[name] = `${row?.n}:${row?.h}`;
  }
  return out;
}
