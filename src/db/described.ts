import pg from "pg";

/**
 * node-postgres runs a named statement as Bind, Describe, Execute, Sync every time: the server
 * describes the result's columns again and the driver parses that description and rebuilds each
 * column's parser for every run (6–7 % of an autosave's Node time in process, more for the wide
 * rows of the session's statement). A named statement's columns cannot change on a connection (the
 * server refuses to run it if its result type would), so `DescribedQuery` asks once per connection
 * and statement, then binds and executes only, with the columns it kept. The parsers are kept by the
 * query's type parsers object (Drizzle's differ from the driver's defaults: timestamps stay text),
 * which is the same object for each run of a statement Drizzle prepared once (`preparedOn`).
 *
 * It relies on node-postgres internals (`Query#prepare`, the Result's `_parsers`); pg is pinned to
 * the minor version and `tests/db/described.test.ts` fails if they change.
 */
type Field = { name: string; dataTypeID: number; format?: string };
type Parsed = { parsers: unknown; prebuilt: unknown };
type Shape = { fields: Field[]; parsed: WeakMap<object, Parsed> };
/** A connection's statements whose columns it has been told, by statement name. */
export type Shapes = Map<string, Shape>;

type ResultInternals = {
  fields: Field[];
  _types?: object;
  _parsers: unknown;
  _prebuiltEmptyResultObject: unknown;
  addFields(fields: Field[]): void;
};
type Connection = { describe: (msg: object) => void };
type QueryInternals = {
  name?: string;
  rows?: number;
  callback?: unknown;
  _result: ResultInternals;
  _accumulateRows: unknown;
  listeners(event: string): unknown[];
  hasBeenParsed(connection: Connection): boolean;
};

// The driver's own parsers when a query brings none.
const DEFAULT_TYPES = {};
const skipDescribe = () => {};
const BaseQuery = pg.Query as unknown as new (config: object, values?: unknown) => object;

export class DescribedQuery extends BaseQuery {
  /** This run asked for the columns (so it learns them). */
  private asked = false;
  private told = false;

  constructor(
    config: object,
    values: unknown,
    private readonly shapes: Shapes,
  ) {
    super(config, values);
  }

  prepare(this: DescribedQuery & QueryInternals, connection: Connection) {
    const shape = this.name ? this.shapes.get(this.name) : undefined;
    const base = BaseQuery.prototype as unknown as { prepare(this: unknown, c: Connection): void };
    if (!shape || this.rows || !this.hasBeenParsed(connection)) {
      this.asked = true;
      base.prepare.call(this, connection);
      return;
    }
    // Bind, Execute, Sync as the driver sends them, without the Describe (synchronous: nothing
    // else can write to the connection in between).
    const describe = connection.describe;
    connection.describe = skipDescribe;
    try {
      base.prepare.call(this, connection);
    } finally {
      connection.describe = describe;
    }
    adopt(this._result, shape);
    // What the driver's handleRowDescription decides when the description arrives.
    this._accumulateRows = this.callback || !this.listeners("row").length;
  }

  handleRowDescription(this: DescribedQuery & QueryInternals, msg: { fields: Field[] }) {
    const base = BaseQuery.prototype as unknown as { handleRowDescription(this: unknown, m: object): void };
    base.handleRowDescription.call(this, msg);
    this.told = true;
    if (this.asked && this.name) this.shapes.set(this.name, { fields: msg.fields, parsed: new WeakMap() });
  }

  handleCommandComplete(this: DescribedQuery & QueryInternals, msg: object, connection: Connection) {
    // No description came: the statement returns no rows (NoData), which is also worth keeping.
    if (this.asked && !this.told && this.name && !this.shapes.has(this.name)) {
      this.shapes.set(this.name, { fields: [], parsed: new WeakMap() });
    }
    const base = BaseQuery.prototype as unknown as { handleCommandComplete(this: unknown, m: object, c: object): void };
    base.handleCommandComplete.call(this, msg, connection);
  }

  handleError(this: DescribedQuery & QueryInternals, err: Error, connection: Connection) {
    // Describe it again next time: cheap, and nothing kept outlives a surprise.
    if (this.name) this.shapes.delete(this.name);
    const base = BaseQuery.prototype as unknown as { handleError(this: unknown, e: Error, c: object): unknown };
    return base.handleError.call(this, err, connection);
  }
}

/** The kept columns into a run's result, with parsers built once per type parsers object. */
function adopt(result: ResultInternals, shape: Shape) {
  if (shape.fields.length === 0) return;
  const key = result._types ?? DEFAULT_TYPES;
  const parsed = shape.parsed.get(key);
  if (parsed) {
    result.fields = shape.fields;
    result._parsers = parsed.parsers;
    result._prebuiltEmptyResultObject = parsed.prebuilt;
    return;
  }
  result.addFields(shape.fields);
  shape.parsed.set(key, { parsers: result._parsers, prebuilt: result._prebuiltEmptyResultObject });
}

/**
 * Runs `config` (a named statement) as a `DescribedQuery` on `query` (a client's own `query`):
 * answers to `callback` when given (the pool's way), else as a promise, as `client.query` does.
 */
export function runDescribed(
  query: (q: object) => unknown,
  config: object,
  values: unknown,
  callback: ((err: Error | null, res?: unknown) => void) | undefined,
  shapes: Shapes,
): Promise<unknown> | undefined {
  const q = new DescribedQuery(config, values, shapes) as { callback?: unknown };
  if (callback) {
    q.callback = callback;
    query(q);
    return undefined;
  }
  return new Promise((resolve, reject) => {
    q.callback = (err: Error | null, res: unknown) => (err ? reject(err) : resolve(res));
    query(q);
  });
}
