import type { Page } from "playwright-core";
import {
  checkPlanSteps,
  checkStages,
  planStepKeys,
  practiceStates,
  reviewState,
  type StageState,
} from "./a11y-states.js";
import { type Findings, hrefs, pageKind, settled, visit } from "./a11y-walk.js";

// Which pages a role's walk visits: every page of its menu, the pages that are the same for
// everyone once in the run, and the detail pages its lists link to — each plan and practice in a
// state not seen yet, and the first of every other kind.

const ID = "[0-9a-f-]{36}";
/** The same for everyone: checked once, with the first role. `/pengaturan-email` is in the account menu. */
export const SHARED = ["/perencanaan/rubrik", "/perencanaan/notifikasi", "/ganti-kata-sandi", "/pengaturan-email"];

type Detail = { pattern: RegExp; keys?: (page: Page, path: string) => Promise<string[]> };
const EDITOR = new RegExp(`^/perencanaan/${ID}$`);
const PRACTICE = new RegExp(`^/praktik/${ID}$`);
const DETAIL: Detail[] = [
  { pattern: EDITOR, keys: async (p, path) => (await planStepKeys(p, path)).map((k) => `visit ${k}`) },
  { pattern: PRACTICE, keys: async (p, path) => (await practiceStates(p, path)).map((s) => `visit ${s.key}`) },
  {
    pattern: new RegExp(`^/pegawai/perencanaan/${ID}$`),
    keys: async (p, path) => [`review|${await reviewState(p, path)}`],
  },
  { pattern: new RegExp(`^/admin/sekolah/${ID}$`) },
  { pattern: new RegExp(`^/admin/periode/${ID}$`) },
  { pattern: new RegExp(`^/survei/${ID}$`) },
];

/**
 * One walk over the run: what was checked, by state, whoever checked it. A detail page is queued
 * when one of its states is new (`visit …` keys, marked as it is queued), and each state is checked
 * once (the same keys without `visit`, marked as they are checked).
 */
export class Walk {
  private readonly seen = new Set<string>();
  constructor(private readonly f: Findings) {}

  private async unseen(page: Page, path: string): Promise<string[] | null> {
    const d = DETAIL.find((x) => x.pattern.test(path));
    if (!d) return null;
    const keys = d.keys ? await d.keys(page, path) : [pageKind(path)];
    return keys.filter((k) => !this.seen.has(k));
  }

  /** The pages from `start` on and every detail page they lead to; answers the paths visited. */
  async pages(page: Page, inFlight: () => number, user: string, start: string[]): Promise<string[]> {
    const queue = [...start];
    const visited: string[] = [];
    const judged = new Set<string>(); // links already weighed on another page of this walk
    while (queue.length > 0) {
      const path = queue.shift() as string;
      if (visited.includes(path) || (SHARED.includes(path) && this.seen.has(path))) continue;
      visited.push(path);
      this.seen.add(path);
      await visit(page, path, inFlight).catch((err: Error) => {
        throw new Error(`${user} ${path}: no level-one heading or never settled (${err.message})`);
      });
      for (const href of await hrefs(page, "main a[href^='/']")) {
        if (judged.has(href)) continue;
        judged.add(href);
        const keys = await this.unseen(page, href);
        if (keys?.length) {
          for (const k of keys) this.seen.add(k);
          queue.push(href);
        }
      }
      await this.check(page, inFlight, user, path);
    }
    return visited;
  }

  private async check(page: Page, inFlight: () => number, user: string, path: string): Promise<void> {
    const where = `${user} ${path}`;
    if (EDITOR.test(path)) return checkPlanSteps(page, inFlight, this.f, where, this.seen);
    if (PRACTICE.test(path)) {
      const stages: StageState[] = (await practiceStates(page, path)).filter((s) => !this.seen.has(s.key));
      for (const s of stages) this.seen.add(s.key);
      return checkStages(page, inFlight, this.f, where, stages);
    }
    await this.f.check(page, where, pageKind(path));
    await this.views(page, inFlight, where, pageKind(path));
  }

  /** Each other view of a segmented control on the page (a list or a calendar, open or done), once in the run. */
  private async views(page: Page, inFlight: () => number, where: string, kind: string): Promise<void> {
    const options = page.locator("main .mantine-SegmentedControl-root input[type=radio]:not(:checked)");
    for (const id of await options.evaluateAll((xs) => xs.map((x) => x.id))) {
      const label = page.locator(`label[for="${id}"]`);
      const view = `${kind} view ${await label.textContent()}`;
      if (this.seen.has(view)) continue;
      this.seen.add(view);
      await label.click();
      await settled(page, inFlight, false);
      await this.f.check(page, `${where} ${view}`, view);
    }
  }
}
