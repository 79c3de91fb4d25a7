import type pg from "pg";
import { describe, expect, it } from "vitest";
import { CUSTOM_PLAN, prepareStatementsOf } from "../../src/db/prepared.js";

/** A client that records what node-postgres would be asked to run. */
function recordingClient() {
  const sent: { text: string; name?: string }[] = [];
  const client = { query: (config: { text: string; name?: string }) => sent.push(config) };
  prepareStatementsOf(client as unknown as pg.PoolClient, 2, 3);
  return { client: client as unknown as { query: (c: object) => unknown }, sent };
}

describe("named statements", () => {
  it("names a statement by its text, the same name every time", () => {
    const { client, sent } = recordingClient();
    client.query({ text: "select 1", values: [] });
    client.query({ text: "select 1", values: [] });
    expect(sent[0]?.name).toMatch(/^k/);
    expect(sent[1]?.name).toBe(sent[0]?.name);
  });

  it("leaves a search (custom plan), a long parameter list and texts beyond the cap unnamed", () => {
    const { client, sent } = recordingClient();
    client.query({ text: `select 1 where x like $1 ${CUSTOM_PLAN}`, values: ["%a%"] });
    client.query({ text: "select $1, $2, $3, $4", values: [1, 2, 3, 4] });
    client.query({ text: "select 2", values: [] });
    client.query({ text: "select 3", values: [] });
    client.query({ text: "select 4", values: [] });
    expect(sent.map((s) => s.name ?? null)).toEqual([null, null, expect.any(String), expect.any(String), null]);
  });
});
