import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";

type Node = { target: unknown[]; html: string; failureSummary?: string };
type Violation = { id: string; impact: string | null; help: string; nodes: Node[] };

let source: Promise<string> | undefined;
/** axe-core's own bundle, read once per test file. */
function axeSource(): Promise<string> {
  const require = createRequire(import.meta.url);
  source ??= readFile(join(require.resolve("axe-core"), "..", "axe.min.js"), "utf8");
  return source;
}

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page as it is now. The source is evaluated
 * over the DevTools protocol rather than added as a <script>: the app's CSP forbids inline scripts.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const present = await page.evaluate(() => "axe" in window);
  if (!present) await page.evaluate(await axeSource());
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global the evaluated bundle defines
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v: Violation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 160), failureSummary: n.failureSummary })),
    }));
  });
}

/** One readable line per violation and element, for a failing assertion. */
export function describeViolations(where: string, violations: Violation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${where}: [${v.impact}] ${v.id} (${v.help}) at ${n.target.join(" ")}\n    ${n.html}\n    ${(n.failureSummary ?? "").replace(/\n/g, " ")}`,
      ),
    )
    .join("\n");
}

/** Fails with the list of violations (page, rule, element, why) when axe finds any. */
export async function expectNoViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0)
    throw new Error(`axe found ${violations.length} rule(s) broken:\n${describeViolations(where, violations)}`);
}
