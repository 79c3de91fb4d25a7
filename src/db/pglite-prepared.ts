import { type PGlite, parse, protocol } from "@electric-sql/pglite";
import { CUSTOM_PLAN } from "./prepared.js";

type Message = Awaited<ReturnType<PGlite["execProtocolStream"]>>[number];
type QueryOptions = Parameters<PGlite["query"]>[2];
type Statement = { name: string; types: number[]; rowDescription: Message | undefined };

const { serialize } = protocol;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * `prepareStatementsOf` (prepared.ts) for the embedded database. PGlite's `query` sends every
 * statement unnamed, as six protocol messages each crossing into WASM on the server's one thread:
 * parsed and planned again every time (a three-table join: 0.37 ms a query against 0.05 named).
 * Here a statement is parsed and described once per text, then run as Bind + Execute + Sync in one
 * call, its row description reused. Bounded: the `cap` texts used last are kept (the one used least
 * recently is closed for a new one: a text that varies with the data, an `IN` list of n values,
 * cannot crowd out the hot statements for good), at most `maxParams` parameters (the planning
 * queue has 55), never a `CUSTOM_PLAN` search. Queries inside `transaction()` use PGlite's own
 * path (its transaction object does not call this method).
 */
export function prepareStatementsOfPglite(client: PGlite, cap = 200, maxParams = 100): void {
  const unnamed = client.query.bind(client) as PGlite["query"];
  const statements = new Map<string, Statement>();
  let prepared = 0;
  const run = (message: Uint8Array) => client.execProtocolStream(message, { syncToFs: false });

  const prepare = async (text: string): Promise<Statement> => {
    const name = `k${++prepared}`;
    const parts = [serialize.parse({ name, text }), serialize.describe({ type: "S", name }), serialize.sync()];
    const [oldest, evicted] = statements.size >= cap ? (statements.entries().next().value ?? []) : [];
    if (oldest !== undefined && evicted) {
      statements.delete(oldest);
      parts.unshift(serialize.close({ type: "S", name: evicted.name }));
    }
    const described = await run(concat(parts));
    const statement = {
      name,
      types: parse.parseDescribeStatementResults(described),
      rowDescription: described.find((m) => m.name === "rowDescription"),
    };
    statements.set(text, statement);
    return statement;
  };

  const named = async (text: string, params: unknown[], options: QueryOptions) => {
    let statement = statements.get(text);
    if (statement) {
      // Most recently used last: the Map's order is the eviction order.
      statements.delete(text);
      statements.set(text, statement);
    } else {
      statement = await prepare(text);
    }
    // As PGlite's own query serialises values: by the parameter's type, else as text.
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const type = statement.types[i] as number;
      const serializer = options?.serializers?.[type] ?? client.serializers[type];
      return serializer ? serializer(value) : String(value);
    });
    const messages = await run(
      concat([serialize.bind({ statement: statement.name, values }), serialize.execute({}), serialize.sync()]),
    );
    if (statement.rowDescription) messages.unshift(statement.rowDescription);
    return parse.parseResults(messages, client.parsers, options)[0];
  };

  client.query = (async (text: string, params: unknown[] = [], options?: QueryOptions) => {
    if (typeof text !== "string" || params.length > maxParams || text.includes(CUSTOM_PLAN) || options?.blob) {
      return unnamed(text, params, options);
    }
    await client._checkReady();
    const answer = await client._runExclusiveTransaction(() =>
      client._runExclusiveQuery(async () => {
        try {
          const result = await named(text, params, options);
          await client.syncToFs();
          return { result };
        } catch (err) {
          // A table changed under a prepared statement so that its columns differ: forget it and
          // answer this once the unnamed way, outside the lock (the next call prepares it anew).
          if ((err as { code?: string }).code !== "0A000") throw err;
          const stale = statements.get(text);
          statements.delete(text);
          if (stale) await run(concat([serialize.close({ type: "S", name: stale.name }), serialize.sync()]));
          return null;
        }
      }),
    );
    return answer ? answer.result : unnamed(text, params, options);
  }) as PGlite["query"];
}
