/**
 * Pure checks of an `EXPLAIN (ANALYZE, FORMAT JSON)` plan: a sequential scan of a large table, or a
 * row estimate far from what the node really returned. Thresholds are arguments so tests pin them.
 */
export type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Plan Rows"?: number;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  Plans?: PlanNode[];
};

export type Thresholds = {
  /** A Seq Scan of a table with more rows than this fails (pg_class.reltuples). */
  seqScanRows: number;
  /** An estimate off by more than this factor fails… */
  misestimateFactor: number;
  /** …when the larger of estimate and actual is at least this many rows (small mistakes cost nothing). */
  misestimateMinRows: number;
};

/**
 * 10,000 rows: at 100,000 teachers every table that grows with the people (people, assignments,
 * accounts, cycles, plans, audit) holds 100,000+ rows; the 3,334 schools (58 pages) are hashed whole
 * when that is cheaper than a probe per row, which the planner rightly prefers.
 */
export const DEFAULT_THRESHOLDS: Thresholds = {
  seqScanRows: 10_000,
  misestimateFactor: 100,
  misestimateMinRows: 10_000,
};

export type Finding = { kind: "seq-scan" | "misestimate"; node: string; detail: string };

export function planFindings(
  root: PlanNode,
  tableRows: ReadonlyMap<string, number>,
  t = DEFAULT_THRESHOLDS,
): Finding[] {
  const out: Finding[] = [];
  // Below a Limit a node stops once enough rows are out: its estimate is for running to the end.
  const walk = (n: PlanNode, underLimit: boolean) => {
    const relation = n["Relation Name"];
    if (n["Node Type"] === "Seq Scan" && relation) {
      const rows = tableRows.get(relation) ?? 0;
      if (rows > t.seqScanRows)
        out.push({ kind: "seq-scan", node: relation, detail: `Seq Scan on ${relation} (${rows} rows)` });
    }
    const planned = n["Plan Rows"];
    const actual = n["Actual Rows"];
    // A node never executed (loops 0) has no actual rows to compare.
    if (!underLimit && planned !== undefined && actual !== undefined && (n["Actual Loops"] ?? 0) > 0) {
      const hi = Math.max(planned, actual);
      const lo = Math.max(1, Math.min(planned, actual));
      if (hi >= t.misestimateMinRows && hi / lo > t.misestimateFactor) {
        out.push({
          kind: "misestimate",
          node: `${n["Node Type"]}${relation ? ` on ${relation}` : ""}`,
          detail: `estimated ${planned} rows, got ${actual}`,
        });
      }
    }
    for (const c of n.Plans ?? []) walk(c, underLimit || n["Node Type"] === "Limit");
  };
  walk(root, false);
  return out;
}

/** Statements worth explaining: not transaction control or session settings. */
export function isExplainable(text: string): boolean {
  const head = text.trimStart().slice(0, 12).toLowerCase();
  return /^(select|insert|update|delete|with)\b/.test(head);
}
