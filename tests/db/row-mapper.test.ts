import * as drizzle from "drizzle-orm";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileRowMapper, type SelectedField, withCompiledMapper } from "../../src/db/row-mapper.js";
import { accounts, assignments, people, sessions } from "../../src/db/schema.js";

// Drizzle's own mapper and field lister: exported, but not in its types (internal).
const { mapResultRow, orderSelectedFields } = drizzle as unknown as {
  mapResultRow: (fields: SelectedField[], row: unknown[], joins?: Record<string, boolean>) => unknown;
  orderSelectedFields: (selection: Record<string, unknown>) => SelectedField[];
};

/** A selection as Drizzle's select lists it. */
const fieldsOf = (selection: Record<string, unknown>) => orderSelectedFields(selection);

// Nested objects, a left-joined table, SQL with a decoder (mapWith) and without, timestamps that
// Drizzle turns into dates.
const selection = {
  p: { id: people.id, name: people.name, additionalDuties: people.additionalDuties },
  a: { kind: assignments.kind, startsOn: assignments.startsOn, endsOn: assignments.endsOn },
  s: { expiresAt: sessions.expiresAt, lockedUntil: accounts.lockedUntil },
  n: sql<number>`count(*)`.mapWith(Number),
  k: sql<string>`s.k`,
  nested: { deeper: { g: sql<number>`s.g`.mapWith(Number) } },
};
const fields = fieldsOf(selection);
// `a` left-joined (nullable), the others inner.
const joins = { people: true, assignments: false, sessions: true, accounts: true };

const cell = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("2026-01-02 03:04:05+00", "12", "0"),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
);

describe("compiled row mapper", () => {
  it("maps every row exactly as Drizzle's mapResultRow, left joins included", () => {
    const mapRows = compileRowMapper(fields, joins);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: fields.length, maxLength: fields.length }), { maxLength: 4 }),
        (rows) => {
          // A decoder that refuses a value (a date column given a word) must refuse it in both.
          const outcome = (f: () => unknown) => {
            try {
              return { ok: f() };
            } catch (err) {
              return { error: (err as Error).message };
            }
          };
          expect(outcome(() => mapRows(rows))).toEqual(outcome(() => rows.map((r) => mapResultRow(fields, r, joins))));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("turns a left-joined table whose columns are all null into null, and keeps a partial one", () => {
    const mapRows = compileRowMapper(fields, joins);
    const row = (a: [unknown, unknown, unknown]) => ["id1", "Budi", [], ...a, null, null, "3", "x", "2"];
    const [empty, partial] = mapRows([row([null, null, null]), row(["teacher", null, null])]);
    expect(empty?.a).toBeNull();
    expect(partial?.a).toEqual({ kind: "teacher", startsOn: null, endsOn: null });
    expect(partial?.n).toBe(3);
    expect(partial?.nested).toEqual({ deeper: { g: 2 } });
  });

  it("is given only to a prepared select answering arrays without a mapper of its own", () => {
    const select = { fields, joinsNotNullableMap: joins, isResponseInArrayMode: () => true } as Record<string, unknown>;
    const raw = { fields: undefined, isResponseInArrayMode: () => false } as Record<string, unknown>;
    const own = () => [];
    const custom = { fields, customResultMapper: own, isResponseInArrayMode: () => true } as Record<string, unknown>;
    expect(typeof withCompiledMapper(select).customResultMapper).toBe("function");
    expect(withCompiledMapper(raw).customResultMapper).toBeUndefined();
    expect(withCompiledMapper(custom).customResultMapper).toBe(own);
  });
});
