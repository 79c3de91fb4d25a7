/**
 * The weeks of a month as rows of seven ISO dates, Monday first (as Indonesian calendars are),
 * with null for the days of the neighbouring months. Pure: "2026-12" → 5 rows.
 */
export function monthGrid(yearMonth: string): (string | null)[][] {
  const [y, m] = yearMonth.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  // getUTCDay: 0 = Sunday; Monday-first offset.
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${yearMonth}-${String(d).padStart(2, "0")}`);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

/** "2026-12" + 1 → "2027-01". */
export function addMonths(yearMonth: string, n: number): string {
  const [y, m] = yearMonth.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}
